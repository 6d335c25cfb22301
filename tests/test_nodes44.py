"""Round nodes44: one post node per post of an official — a trade name the text defines (issue 8, done-when: "the
same post written in different forms is one node"). A company's trade name written as one word with a capital,
of two syllables or more and without diacritics ("Hoalawaco"), defined in brackets after the company's full name,
is a short form like one in capitals: "Phó Tổng Giám đốc Hoalawaco" and "Phó Tổng Giám đốc Công ty cổ phần Cấp
nước Hòa Lâm" are one post in the corpus fold. And a title read short of a longer title of the lexicon that names
its unit ("Chủ tịch" + "QH") is that title ("Chủ tịch Quốc hội"). Neutral made-up examples (invented companies,
places and persons)."""

from __future__ import annotations

from kg.corpus.postfold import fold
from kg.corpus.postforms import form
from kg.corpus.short_forms import harvest, is_short, table

FULL = "Công ty cổ phần Cấp nước Hòa Lâm"


def test_a_trade_name_in_brackets_after_its_company_is_harvested():
    text = (f"Ông Nguyễn Văn An, Phó Tổng Giám đốc {FULL} (Hoalawaco) cho biết nước sạch đủ dùng. "
            "Tổng công ty Cơ khí Đồi Thông (Doithomex) vừa báo lãi.")
    assert harvest(text) == (("Hoalawaco", FULL), ("Doithomex", "Tổng công ty Cơ khí Đồi Thông"))


def test_a_word_of_one_syllable_a_country_or_a_vietnamese_word_is_no_trade_name():
    assert not is_short("Vinh") and not is_short("Nguyen") and not is_short("Italia") and not is_short("Hòa")
    assert not is_short("Hoàlam") and not is_short("Abc")  # diacritics; too short
    text = (f"{FULL} (Lâm) vừa họp. Tập đoàn Gỗ Đồi Thông (Italia) ký hợp đồng. "
            f"Công ty Gốm Sông Mây (Hòa Lâm) báo lãi.")
    assert harvest(text) == ()


def test_a_defined_trade_name_joins_the_post_in_the_fold():
    shorts = table(harvest(f"Ông Nguyễn Văn An, Phó Tổng Giám đốc {FULL} (Hoalawaco) cho biết."))
    a = form("post:a", "Phó Tổng Giám đốc Hoalawaco", "Phó Tổng Giám đốc")
    b = form("post:b", "Phó Tổng Giám đốc Cty CP Cấp nước Hòa Lâm", "Phó Tổng Giám đốc")
    assert fold([a, b]) == {}
    assert fold([a, b], shorts) == {"post:a": ("post:b", False)}
    other = form("post:c", "Phó Tổng Giám đốc Công ty cổ phần Cấp nước Sông Mây", "Phó Tổng Giám đốc")
    assert fold([a, other], shorts) == {}  # another company of the same kind stays another post


def test_a_title_read_short_of_a_title_that_names_its_unit_is_that_title():
    short = form("post:a", "Chủ tịch QH", "Chủ tịch")
    full = form("post:b", "nguyên Chủ tịch Quốc hội", "Chủ tịch Quốc hội")
    assert short.head == full.head == ("chủ", "tịch", "quốc", "hội") and short.body == ()
    assert fold([short, full]) == {"post:a": ("post:b", False)} or fold([short, full]) == {"post:b": ("post:a", False)}
    member = form("post:c", "Ủy viên T.Ư Đảng", "Ủy viên")
    assert member.head == ("ủy", "viên", "trung", "ương", "đảng")
    head = form("post:d", "Trưởng đoàn ĐBQH tỉnh Lâm Hòa", "Trưởng đoàn")
    assert head.body == ("tỉnh", "lâm", "hòa") and len(fold([head, form(
        "post:e", "Trưởng đoàn Đại biểu Quốc hội tỉnh Lâm Hòa", "Trưởng đoàn Đại biểu Quốc hội")])) == 1


def test_a_title_that_names_no_unit_is_not_read_longer():
    chair = form("post:a", "Chủ tịch QH Hòa Lâm", "Chủ tịch")  # a foreign assembly: its country stays the body
    assert chair.head == ("chủ", "tịch", "quốc", "hội") and chair.body == ("hòa", "lâm")
    assert form("post:c", "Chủ tịch Hội đồng nhân dân xã Lâm Hòa", "Chủ tịch").head == ("chủ", "tịch")
    member = form("post:b", "Ủy viên Ban Thường vụ Tỉnh ủy Lâm Hòa", "Ủy viên")  # the lexicon's title names no unit
    assert member.head == ("ủy", "viên")


def test_a_trade_name_leaves_the_capitals_short_form_of_its_company_standing():
    full = "Tập đoàn Lúa gạo Tây Lô Việt Nam"
    pairs = [("RCX", full), ("Ricelo", full)]
    assert table(pairs) == {"RCX": full, "Ricelo": full}
    assert table([*pairs, ("RCV", full)]) == {"Ricelo": full}  # two in capitals for one name: neither


def test_a_shorter_title_is_a_shorter_form_of_the_longer_title_that_names_its_unit():
    # the longer title as the extractor read it (a title read short, "Trưởng đoàn" + "ĐBQH …", is read longer by
    # form already: test_a_title_read_short_of_a_title_that_names_its_unit_is_that_title); before the rule "Trưởng
    # đoàn" and "Trưởng đoàn tỉnh X" had another head and joined each other, not it
    full = form("post:a", "Trưởng đoàn Đại biểu Quốc hội tỉnh Lâm Hòa", "Trưởng đoàn Đại biểu Quốc hội")
    bare = form("post:b", "Trưởng đoàn", "Trưởng đoàn", bare=True)
    placed = form("post:c", "Trưởng đoàn tỉnh Lâm Hòa", "Trưởng đoàn")
    assert fold([full, bare, placed]) == {"post:b": ("post:a", True), "post:c": ("post:a", True)}
    other = form("post:d", "Trưởng đoàn Đại biểu Quốc hội tỉnh Hòa Sơn", "Trưởng đoàn Đại biểu Quốc hội")
    assert fold([full, other, placed]) == {"post:c": ("post:a", True)}  # a placed one finds its own post
    assert fold([full, other, bare]) == {}  # a bare title of two posts stays
