"""Round nodes40b: one post node per post of an official, three more forms of one post (issue 8, done-when).

- a body's two coordinated parts in either order ("Sở Văn hóa - Du lịch" / "Sở Du lịch và Văn hóa");
- a final "k" and "c" of a place's name of a minority language ("Ea Lôk" / "Ea Lôc");
- "Phó Trưởng ban Thường trực Ban X": the manner word is the title's, the body "Ban X" (one node with
  "Phó Trưởng ban Ban X"), not "ban Thường trực Ban X".
Neutral made-up examples."""
from helpers import run

from kg.corpus.postfold import fold
from kg.corpus.postforms import form, same, within


def _id(text: str) -> set[str]:
    return {e.id for e in run(text).links.entities.values() if e.id.startswith("post:")}


def test_two_coordinated_parts_in_either_order_are_one_body():
    a = form("post:a", "Giám đốc Sở Văn hóa - Du lịch tỉnh Tây Lô", "Giám đốc")
    b = form("post:b", "Giám đốc Sở Du lịch và Văn hóa tỉnh Tây Lô", "Giám đốc")
    assert same(a, b) and same(b, a)
    c = form("post:c", "Chủ nhiệm Ủy ban Thủy lợi – Giao thông", "Chủ nhiệm")
    d = form("post:d", "Chủ nhiệm Ủy ban Giao thông và Thủy lợi Hội đồng Tây Lô", "Chủ nhiệm")
    assert within(c, d)
    assert fold([c, d]) == {"post:c": ("post:d", True)}


def test_other_parts_or_a_next_title_are_no_other_order():
    a = form("post:a", "Giám đốc Sở Văn hóa - Du lịch tỉnh Tây Lô", "Giám đốc")
    assert not same(a, form("post:b", "Giám đốc Sở Du lịch và Thể thao tỉnh Tây Lô", "Giám đốc"))
    e = form("post:e", "Bí thư Tỉnh ủy Tây Lô - Chủ tịch HĐND tỉnh", "Bí thư")
    assert e.orders == ()


def test_a_final_k_and_c_of_a_place_name_are_one():
    a = form("post:a", "Chủ tịch UBND xã Ea Lôk", "Chủ tịch")
    b = form("post:b", "Chủ tịch UBND xã Ea Lôc", "Chủ tịch")
    assert same(a, b)
    assert not same(a, form("post:c", "Chủ tịch UBND xã Ea Lôn", "Chủ tịch"))


def test_a_manner_word_between_a_title_ending_with_a_head_and_that_head_again_is_the_title_s():
    standing = _id("T\n\nPhó Trưởng ban Thường trực Ban Kinh tế tỉnh Tây Lô Lò Văn Tám dự họp.")
    plain = _id("T\n\nPhó Trưởng ban Ban Kinh tế tỉnh Tây Lô Lò Văn Tám dự họp.")
    assert standing == plain and len(plain) == 1
    text = "T\n\nÔng Lò Văn Tám, Phó Trưởng ban thường trực Ban Dân vận Tỉnh ủy Tây Lô, dự họp."
    bodies = {e.label for e in run(text).links.entities.values() if e.id.startswith("body:")}
    assert "Ban Dân vận Tỉnh ủy Tây Lô" in bodies and not any("thường trực" in b.lower() for b in bodies)


def test_the_forms_with_and_without_the_title_s_manner_word_before_the_head_again_are_one_post():
    a = form("post:a", "Phó Trưởng ban Thường trực Ban Kinh tế Tỉnh ủy Tây Lô", "Phó Trưởng ban")
    b = form("post:b", "Phó Trưởng ban Kinh tế Tỉnh ủy Tây Lô", "Phó Trưởng ban")
    assert a.body == b.body
    c = form("post:c", "Phó Giám đốc thường trực Sở Thủy lợi Tây Lô", "Phó Giám đốc")  # no head again: as it was
    assert c.body[:2] == ("thường", "trực")
