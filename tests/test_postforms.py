"""One official's post written in several forms across articles is one post node (issue 8; kg.corpus.postforms).

Every name, place and body here is made up ("tỉnh Hòa Lâm", "tỉnh Tây Lĩnh"); the vocabulary is the lexicon's.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDFS, SKOS

from kg.corpus.build import Person, build_corpus, nt, person_mapping
from kg.corpus.postfold import ambiguous, article_moves, fold, glued_posts, rewrite
from kg.corpus.postforms import Form, extends, form, rekeyed, same, within, words
from kg.corpus.resolve import Evidence
from kg.extract import lexicon
from kg.rdf.emit import entity_iri
from kg.rdf.namespace import SCHEMA, VNR


def _f(label: str, title: str, post: str = "", bare: bool = False) -> Form:
    return form(post or f"post:{label}", label, title, bare)


# ---------------------------------------------------------------- the words of a form


def test_abbreviations_are_spelt_out_and_case_and_tone_marks_folded() -> None:
    assert words("Sở TN&MT tỉnh Hòa Lâm") == words("sở Tài nguyên và Môi trường tỉnh Hoà Lâm")
    assert words("UBND TP Tây Lĩnh") == ("ủy", "ban", "nhân", "dân", "thành", "phố", "tây", "lĩnh")
    assert words("Bí thư T.Ư Đảng") == words("Bí thư TW Đảng") == words("Bí thư Trung ương Đảng")
    # an abbreviation the lexicon lacks: the abbreviations it begins with, then one initial per letter
    assert words("UBTW") == ("ủy", "ban", "trung", "ương")  # the lexicon has UBTW (events19)
    assert words("XBTW") == ("x.", "b.", "trung", "ương")
    assert words("Sở XDMT") == ("sở", "x.", "d.", "m.", "t.")  # (TNMT is in the lexicon since junk32)


def test_the_head_is_the_title_and_a_leading_former_marker_goes() -> None:
    f = _f("nguyên Phó Giám đốc Sở Xây dựng tỉnh Hòa Lâm", "Phó Giám đốc")
    assert f.head == ("phó", "giám", "đốc")
    assert f.body == ("sở", "xây", "dựng", "tỉnh", "hòa", "lâm")


# ---------------------------------------------------------------- same post, shorter form


@pytest.mark.parametrize(("a", "b", "title"), [
    ("Giám đốc Sở TN&MT tỉnh Hòa Lâm", "Giám đốc Sở Tài nguyên và Môi trường Hòa Lâm", "Giám đốc"),  # a level word
    ("Giám đốc Sở TNMT Hòa Lâm", "Giám đốc Sở Tài nguyên - Môi trường tỉnh Hòa Lâm", "Giám đốc"),  # initials
    ("Phó Giám đốc Sở VHTT Hòa Lâm", "Phó Giám đốc Sở Văn hóa và Thể thao Hòa Lâm", "Phó Giám đốc"),
    ("Chủ tịch UBND TP Tây Lĩnh", "Chủ tịch Ủy ban nhân dân thành phố Tây Lĩnh", "Chủ tịch"),
    ("Phó Chủ tịch UBND H.Tây Lĩnh", "Phó Chủ tịch UBND huyện Tây Lĩnh", "Phó Chủ tịch"),  # a capital and a dot
    ("Chủ tịch Ủy ban MTTQ tỉnh Hòa Lâm khóa IX", "Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Hòa Lâm", "Chủ tịch"),
])
def test_same_post(a: str, b: str, title: str) -> None:
    assert same(_f(a, title), _f(b, title)) and same(_f(b, title), _f(a, title))


@pytest.mark.parametrize(("a", "b", "title"), [
    ("Chủ tịch UBND phường 3", "Chủ tịch UBND quận 3", "Chủ tịch"),  # a numbered unit keeps its level word
    ("Chủ tịch UBND tỉnh Hòa Lâm", "Chủ tịch HĐND tỉnh Hòa Lâm", "Chủ tịch"),
    ("Giám đốc Sở Y tế tỉnh Hòa Lâm", "Giám đốc Sở Y tế tỉnh Tây Lĩnh", "Giám đốc"),
    ("Phó Chủ tịch UBND H.Tây Lĩnh", "Phó Chủ tịch UBND quận Tây Lĩnh", "Phó Chủ tịch"),
])
def test_different_posts(a: str, b: str, title: str) -> None:
    assert not same(_f(a, title), _f(b, title))
    assert not within(_f(a, title), _f(b, title)) and not within(_f(b, title), _f(a, title))
    assert not same(_f("Phó Giám đốc Sở Y tế", "Phó Giám đốc"), _f("Giám đốc Sở Y tế", "Giám đốc"))  # the head


def test_shorter_forms_of_a_post() -> None:
    full = _f("Chủ tịch UBND thành phố Tây Lĩnh", "Chủ tịch")
    for short in ("Chủ tịch", "Chủ tịch UBND TP", "Chủ tịch Tây Lĩnh", "Chủ tịch TP Tây Lĩnh"):
        assert within(_f(short, "Chủ tịch"), full), short
    assert not within(full, _f("Chủ tịch UBND TP", "Chủ tịch"))
    # words of the next clause glued after a post are no fuller form of it; a place after it is
    assert not within(_f("Giám đốc Sở Y tế", "Giám đốc"), _f("Giám đốc Sở Y tế cho biết thêm", "Giám đốc"))
    assert within(_f("Giám đốc Sở Y tế", "Giám đốc"), _f("Giám đốc Sở Y tế tỉnh Hòa Lâm", "Giám đốc"))


def test_a_level_abbreviation_joined_by_a_dash_is_read_as_letters() -> None:
    # "TT" alone is "thị trấn"; in "TT-Hòa" or "Sở VH-TT" it is two initials
    assert same(_f("Chủ tịch UBND tỉnh TT-Hòa Lâm", "Chủ tịch"),
                _f("Chủ tịch UBND tỉnh Thạch Thủy - Hòa Lâm", "Chủ tịch"))
    assert same(_f("Phó Giám đốc Sở VH-TT Tây Lĩnh", "Phó Giám đốc"),
                _f("Phó Giám đốc Sở Văn hóa - Thể thao Tây Lĩnh", "Phó Giám đốc"))
    assert same(_f("Giám đốc Sở VH-TT-DL Tây Lĩnh", "Giám đốc"), _f("Giám đốc Sở VH-TT&DL Tây Lĩnh", "Giám đốc"))
    assert words("UBND TT Hòa Lâm")[4:6] == ("thị", "trấn")  # on its own it stays the level word


def test_an_abbreviation_restated_in_brackets_is_left_out() -> None:
    assert words("Chi cục Bảo vệ thực vật (BVTV) tỉnh Hòa Lâm") == words("Chi cục Bảo vệ thực vật tỉnh Hòa Lâm")
    assert same(_f("Phó Giám đốc Sở Văn hóa - Thể thao (VH-TT) Tây Lĩnh", "Phó Giám đốc"),
                _f("Phó Giám đốc Sở VH-TT Tây Lĩnh", "Phó Giám đốc"))
    assert "hòa" in words("Công ty Thành Đạt (Hòa Lâm)")  # a place in brackets stays
    # an abbreviation of another language restates nothing the words before it spell: it stays, and is a form
    assert words("Chủ tịch Hội đồng Hữu nghị thế giới (WFC)")[-3:] == ("w.", "f.", "c.")
    assert within(_f("Chủ tịch WFC", "Chủ tịch"), _f("Chủ tịch Hội đồng Hữu nghị thế giới (WFC)", "Chủ tịch"))


def test_a_lexicon_abbreviation_its_letters_spell_is_read_as_initials_inside_a_longer_one() -> None:
    # "QH" is "Quốc hội" in the lexicon; inside "QHXD" its letters may stand for "quy hoạch" too
    assert words("Sở QHXD") == ("sở", "q.", "h.", "x.", "d.")
    assert same(_f("Giám đốc Sở QHXD Tây Lĩnh", "Giám đốc"), _f("Giám đốc Sở Quy hoạch Xây dựng TL", "Giám đốc"))
    assert words("UBTW")[2:] == ("trung", "ương")  # "TW" spells no "trung ương": still written out


def test_a_body_ending_with_a_level_word_is_part_of_one_naming_that_unit() -> None:
    short = _f("Giám đốc Sở Tài chính thành phố", "Giám đốc")
    assert within(short, _f("Giám đốc Sở Tài chính Tây Lĩnh", "Giám đốc"))
    assert within(short, _f("Giám đốc Sở Tài chính thành phố Tây Lĩnh", "Giám đốc"))
    # not another level's unit, nor the next clause's words, nor a province of another level
    assert not within(short, _f("Giám đốc Sở Tài chính tỉnh Tây Lĩnh", "Giám đốc"))
    assert not within(short, _f("Giám đốc Sở Tài chính cho biết", "Giám đốc"))
    province, level = next((r[0], r[2]) for r in lexicon.rows("provinces") if r[2] == "tỉnh")
    assert not within(_f("Chủ tịch UBND huyện", "Chủ tịch"), _f(f"Chủ tịch UBND {province}", "Chủ tịch"))
    assert within(_f(f"Chủ tịch UBND {level}", "Chủ tịch"), _f(f"Chủ tịch UBND {province}", "Chủ tịch"))
    assert not within(_f("Chủ tịch UBND tỉnh", "Chủ tịch"), _f("Chủ tịch UBND Tây Lĩnh", "Chủ tịch"))  # no province


def test_one_country_written_in_two_names_is_one_post() -> None:
    # the lexicon's names of one country ("Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ"; "Cu-ba", "Cuba") are one body
    assert same(_f("Đại sứ Mỹ tại Tây Lĩnh", "Đại sứ"), _f("Đại sứ Hoa Kỳ tại Tây Lĩnh", "Đại sứ"))
    assert same(_f("Tổng thống Hợp chủng quốc Hoa Kỳ", "Tổng thống"), _f("Tổng thống Mỹ", "Tổng thống"))
    assert same(_f("Đại sứ Cu-ba tại Tây Lĩnh", "Đại sứ"), _f("Đại sứ Cuba tại Tây Lĩnh", "Đại sứ"))
    # two countries stay two; a country's name inside a longer name ("Mỹ Tây", "Lâm Đức") is no country
    assert not same(_f("Đại sứ Mỹ tại Tây Lĩnh", "Đại sứ"), _f("Đại sứ Nga tại Tây Lĩnh", "Đại sứ"))
    assert words("UBND xã Mỹ Tây") == words("ủy ban nhân dân xã mỹ tây")
    assert not same(_f("Chủ tịch UBND xã Mỹ Tây", "Chủ tịch"), _f("Chủ tịch UBND xã Hoa Kỳ Tây", "Chủ tịch"))
    assert not same(_f("Giám đốc Bệnh viện Lâm Đức", "Giám đốc"), _f("Giám đốc Bệnh viện Lâm CHLB Đức", "Giám đốc"))


def test_tcty_is_tong_cong_ty() -> None:
    t = "Phó Tổng Giám đốc"
    tcty = _f("Phó Tổng Giám đốc TCty Đường sắt Tây Lĩnh", t)
    assert tcty.body == words("Tổng công ty Đường sắt Tây Lĩnh")
    assert same(tcty, _f("Phó Tổng giám đốc Tổng công ty Đường sắt TL", t))
    assert not same(tcty, _f("Phó Tổng Giám đốc Cty Đường sắt Tây Lĩnh", t))


def test_a_common_misspelling_of_ubnd_is_the_same_body() -> None:
    # the lexicon spells out "UBDN" and "UNBD" (letters of "UBND" swapped) as "Ủy ban nhân dân"
    for typo in ("UBDN", "UNBD"):
        assert same(_f(f"Chủ tịch {typo} xã Tây Lĩnh", "Chủ tịch"), _f("Chủ tịch UBND xã Tây Lĩnh", "Chủ tịch"))
    assert not same(_f("Chủ tịch UBDN xã Tây Lĩnh", "Chủ tịch"), _f("Chủ tịch HĐND xã Tây Lĩnh", "Chủ tịch"))


def test_cuu_and_tan_lead_a_post_as_nguyen_does() -> None:
    assert _f("cựu Chủ tịch xã", "Chủ tịch").body == ("xã",)
    assert _f("tân Chi cục trưởng Chi cục Kiểm lâm", "Chi cục trưởng").body == ("chi", "cục", "kiểm", "lâm")


def test_a_body_cut_before_a_name_is_a_shorter_form() -> None:
    # the longer body goes on with a capitalised word: the shorter one was cut before it
    for short, full in (("Phó Cục trưởng Cục", "Phó Cục trưởng Cục Quản lý thị trường"),
                        ("Chánh thanh tra Bộ", "Chánh thanh tra Bộ Nội vụ"),
                        ("Vụ trưởng Vụ Tổ chức cán bộ", "Vụ trưởng Vụ Tổ chức cán bộ Ban Dân vận")):
        title = {"Phó": "Phó Cục trưởng", "Chánh": "Chánh Thanh tra", "Vụ": "Vụ trưởng"}[short.split()[0]]
        assert within(_f(short, title), _f(full, title)), short
    # not before lower-case words of the next clause, nor a different body of the same head
    assert not within(_f("Phó Cục trưởng Cục", "Phó Cục trưởng"), _f("Phó Cục trưởng Cục cho biết", "Phó Cục trưởng"))
    assert not within(_f("Chánh thanh tra Bộ Nội vụ", "Chánh Thanh tra"),
                      _f("Chánh thanh tra Bộ Tư pháp", "Chánh Thanh tra"))
    # the name must begin a word as written: not the rest of an abbreviation ("Tỉnh ủy" is no cut "… UBND tỉnh")
    assert not within(_f("Bí thư Tỉnh ủy", "Bí thư"), _f("Bí thư Ban cán sự đảng UBND tỉnh", "Bí thư"))


def test_words_of_the_next_clause_glued_after_a_named_body_make_no_other_post() -> None:
    t = "Trưởng Ban"
    named = _f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh", t)
    assert within(named, _f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh thay", t))
    assert within(named, _f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh-trả", t))
    # a body that ends with no name, or is its head alone, may go on with a lower-case name of another body
    assert not within(_f("Giám đốc Trung tâm Y tế", "Giám đốc"), _f("Giám đốc Trung tâm Y tế dự phòng", "Giám đốc"))
    assert not within(_f("Bí thư Đảng", "Bí thư"), _f("Bí thư Đảng đoàn", "Bí thư"))


def test_a_longer_form_ending_with_a_sector_name_written_in_lower_case_ends_with_a_name() -> None:
    t = "Giám đốc"
    short = _f("Giám đốc Trung tâm Lưu trữ dữ liệu", t)
    assert within(short, _f("Giám đốc Trung tâm Lưu trữ dữ liệu thuộc Sở Thông tin và Truyền thông", t))
    assert within(short, _f("Giám đốc Trung tâm Lưu trữ dữ liệu thuộc Sở Tài nguyên và Môi trường", t))
    # words of a next clause, or a body head with no name, still end no name
    assert not within(short, _f("Giám đốc Trung tâm Lưu trữ dữ liệu thuộc sở cho biết", t))
    assert not within(short, _f("Giám đốc Trung tâm Lưu trữ dữ liệu thuộc Mặt trận Tổ quốc", t))


def test_forms_with_words_of_the_next_clause_glued_join_the_named_one_whatever_the_counts() -> None:
    t = "Trưởng Ban"
    forms = [_f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh thay", t, "post:glued"),
             _f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh thay", t, "post:glued"),
             _f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh", t, "post:named"),
             _f("Trưởng ban Tuyên giáo", t, "post:short")]
    assert extends(forms[2], forms[0]) and not extends(forms[0], forms[2])
    assert fold(forms) == {"post:glued": ("post:named", False), "post:short": ("post:named", True)}
    forms.append(_f("Trưởng ban Tuyên giáo Thành ủy Tây Lĩnh cho biết", t, "post:glued2"))
    assert fold(forms)["post:glued2"] == ("post:named", False) and ambiguous(forms) == []
    # a body that ends with no name goes on with a lower-case name of another body: no glue
    assert not extends(_f("Giám đốc Trung tâm Y tế", "Giám đốc"), _f("Giám đốc Trung tâm Y tế dự phòng", "Giám đốc"))


def test_the_first_words_of_a_next_title_glued_after_a_dash_are_no_part_of_the_post() -> None:
    t = "Phó Chủ tịch"
    glued = _f("Phó Chủ tịch UBND TP. Tây Lĩnh - Trưởng", t)
    assert glued.glued and glued.body == words("UBND thành phố Tây Lĩnh")
    assert same(glued, _f("Phó Chủ tịch UBND TP Tây Lĩnh", t))
    assert _f("Phó Chủ tịch UBND TP Tây Lĩnh - Phó Chủ tịch", t).glued
    # a body's name that goes on after a dash stays whole: a place, a body, a field
    for label in ("Phó Chủ tịch UBND tỉnh Hòa Lâm - Vân Sơn", "Phó Chủ tịch Hội Hữu nghị Tây Lĩnh - Thanh tra",
                  "Phó Chủ tịch Ủy ban Tài chính - Ngân sách", "Phó Chủ tịch UBND TP Tây Lĩnh - trưởng"):
        assert not _f(label, t).glued, label


def test_a_node_written_with_a_next_title_glued_joins_the_clean_one_whatever_the_counts() -> None:
    t = "Phó Chủ tịch"
    forms = [_f("Phó Chủ tịch UBND TP. Tây Lĩnh - Trưởng", t, "post:glued"),  # named by three articles
             _f("Phó Chủ tịch UBND TP. Tây Lĩnh - Trưởng", t, "post:glued"),
             _f("Phó Chủ tịch UBND TP Tây Lĩnh - Trưởng", t, "post:glued"),
             _f("Phó Chủ tịch UBND TP Tây Lĩnh", t, "post:clean")]
    assert fold(forms) == {"post:glued": ("post:clean", False)}
    # the clean node is held by other vice-chairs of the article too: it stays, and the glued one moves to it
    decision = fold(forms)
    assert article_moves([(["post:glued"], decision)]) == {"post:glued": "post:clean"}
    assert article_moves([(["post:clean"], decision), (["post:clean"], None)]) == {}


# ---------------------------------------------------------------- the fold of one official's posts


def _official() -> list[Form]:
    return [
        _f("Giám đốc Sở TN&MT tỉnh Hòa Lâm", "Giám đốc", "post:gd|tnmt tỉnh hòa lâm"),
        _f("Giám đốc Sở Tài nguyên và Môi trường tỉnh Hòa Lâm", "Giám đốc", "post:gd|tnmt tỉnh hòa lâm"),
        _f("Giám đốc Sở Tài nguyên và Môi trường Hòa Lâm", "Giám đốc", "post:gd|tnmt hòa lâm"),
        _f("Giám đốc Sở TN&MT", "Giám đốc", "post:gd|tnmt"),
        _f("Giám đốc", "Giám đốc", "post:giám đốc|trần văn bình", bare=True),
        _f("Phó Chủ tịch UBND tỉnh Hòa Lâm", "Phó Chủ tịch", "post:pct|ubnd"),
    ]


def test_fold_one_node_per_post_the_most_named_full_form_stands() -> None:
    decision = fold(_official())
    assert decision == {
        "post:gd|tnmt hòa lâm": ("post:gd|tnmt tỉnh hòa lâm", False),  # the same post
        "post:gd|tnmt": ("post:gd|tnmt tỉnh hòa lâm", True),  # a shorter form
        "post:giám đốc|trần văn bình": ("post:gd|tnmt tỉnh hòa lâm", True),  # the bare title
    }  # the other post (Phó Chủ tịch) stays


def test_fold_does_not_depend_on_the_order_of_the_articles() -> None:
    forms = _official()
    expected = fold(forms)
    for seed in range(5):
        random.Random(seed).shuffle(forms)
        assert fold(forms) == expected


def test_a_shorter_form_part_of_two_posts_stays() -> None:
    forms = [_f("Phó Chủ tịch UBND tỉnh Tây Lĩnh", "Phó Chủ tịch", "post:ubnd"),
             _f("Phó Chủ tịch HĐND tỉnh Tây Lĩnh", "Phó Chủ tịch", "post:hdnd"),
             _f("Phó Chủ tịch", "Phó Chủ tịch", "post:phó chủ tịch|lê thị hoa", bare=True)]
    assert fold(forms) == {}
    assert ambiguous(forms) == ["post:phó chủ tịch|lê thị hoa"]


def test_a_post_keyed_by_its_holder_follows_a_new_key() -> None:
    forms = [_f("Giám đốc", "Giám đốc", "post:giám đốc|trần văn bình", bare=True),
             _f("Giám đốc Sở Y tế", "Giám đốc", "post:giám đốc|sở y tế")]
    moved = rekeyed(forms, "trần văn bình", "trần văn bình|a9")
    assert [f.post for f in moved] == ["post:giám đốc|trần văn bình|a9", "post:giám đốc|sở y tế"]
    p = Person("<x>", Evidence("trần văn bình"), ["chủ tịch hội cựu chiến binh"])  # a post keyed by a longer label
    mapping = person_mapping(p, "a9", "trần văn bình|a9")
    assert mapping[nt(entity_iri("post:chủ tịch hội cựu chiến binh|trần văn bình"))] == nt(
        entity_iri("post:chủ tịch hội cựu chiến binh|trần văn bình|a9"))


def test_article_moves_where_the_holders_agree() -> None:
    same_post = {"post:b": ("post:a", False)}
    shorter = {"post:b": ("post:a", True)}
    assert article_moves([(["post:b"], same_post), (["post:b"], None)]) == {"post:b": "post:a"}
    # a shorter form shared with an official whose fold does not move it stays
    assert article_moves([(["post:b"], shorter), (["post:b"], None)]) == {}
    assert article_moves([(["post:b"], shorter), (["post:b"], shorter)]) == {"post:b": "post:a"}
    # two officials who send a node to two different posts: it stays
    assert article_moves([(["post:b"], same_post), (["post:b"], {"post:b": ("post:c", False)})]) == {}
    # a node another joins stays itself
    assert article_moves([(["post:b", "post:c"], {"post:b": ("post:c", False), "post:c": ("post:d", False)})]) == {
        "post:b": "post:c"}


def test_a_node_that_joins_another_brings_its_holders_sources_and_form_not_its_body() -> None:
    p, t = "<https://x.test/post/p>", "<https://x.test/post/t>"
    lines = [f"{p} <{RDFS.label}> \"Giám đốc Sở TNMT\"@vi", f"{p} <{RDFS.label}> \"Director\"@en",
             f"{p} <{ORG.postIn}> <https://x.test/body/b>", f"{p} <{VNR.postTitle}> <https://x.test/title/gd>",
             f"{p} <{PROV.wasDerivedFrom}> <https://x.test/report/a#char=0,9>", f"{p} <{ORG.heldBy}> <https://x.test/a>",
             f"<https://x.test/a> <{ORG.holds}> {p}", f"<https://x.test/h> <{VNR.post}> {p}"]
    assert rewrite(lines, {p: t}) == sorted([
        f"{t} <{RDFS.label}> \"Giám đốc Sở TNMT\"@vi", f"{t} <{PROV.wasDerivedFrom}> <https://x.test/report/a#char=0,9>",
        f"{t} <{ORG.heldBy}> <https://x.test/a>", f"<https://x.test/a> <{ORG.holds}> {t}",
        f"<https://x.test/h> <{VNR.post}> {t}"])
    assert rewrite(lines, {}) == lines
    # a node written with a next title's words glued brings its holders and sources, not that label
    assert rewrite(lines, {p: t}, frozenset({p})) == sorted([
        f"{t} <{PROV.wasDerivedFrom}> <https://x.test/report/a#char=0,9>",
        f"{t} <{ORG.heldBy}> <https://x.test/a>", f"<https://x.test/a> <{ORG.holds}> {t}",
        f"<https://x.test/h> <{VNR.post}> {t}"])
    glued = _f("Giám đốc Sở Y tế tỉnh Hòa Lâm - Phó", "Giám đốc", "post:gd|sở y tế tỉnh hòa lâm - phó")
    assert glued_posts([([glued, _f("Giám đốc Sở Y tế", "Giám đốc")], None)]) == {nt(entity_iri(glued.post))}


# ---------------------------------------------------------------- the corpus build


ARTICLES = [
    ("a1", "Hòa Lâm tổng kết công tác môi trường",
     "Sáng 3/4, ông Trần Văn Bình, Giám đốc Sở TN&MT tỉnh Hòa Lâm, chủ trì hội nghị tổng kết công tác năm."),
    ("a2", "Kiểm tra bãi rác ở Hòa Lâm",
     "Ông Trần Văn Bình, Giám đốc Sở Tài nguyên và Môi trường Hòa Lâm cho biết sẽ xử lý dứt điểm."),
    ("a3", "Người dân phản ánh về ô nhiễm", "Giám đốc Trần Văn Bình hứa sẽ kiểm tra ngay trong tuần."),
    ("a4", "Tây Lĩnh họp bàn về giao thông", "Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Tây Lĩnh, chủ trì cuộc họp."),
    ("a5", "Kỳ họp thường lệ ở Tây Lĩnh",
     "Bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh Tây Lĩnh, điều hành phiên thảo luận."),
    ("a6", "Trao quà cho hộ nghèo", "Phó Chủ tịch Lê Thị Hoa đã trao 50 suất quà cho các hộ nghèo."),
]


def write_corpus(path: Path, articles: list[tuple[str, str, str]] = ARTICLES) -> Path:
    path.write_text("".join(json.dumps({"id": i, "title": t, "text": x}, ensure_ascii=False) + "\n"
                            for i, t, x in articles), encoding="utf-8")
    return path


def _posts(ds: Dataset, name: str) -> dict[str, set[str]]:
    """Post node → the articles of its source sentences, for the official named ``name``."""
    [person] = {s for s, _, _, _ in ds.quads((None, SCHEMA.name, Literal(name, lang="vi"), None))}
    return {str(post): {str(o).rsplit("/", 1)[1].split("#")[0]
                        for _, _, o, _ in ds.quads((post, PROV.wasDerivedFrom, None, None))}
            for _, _, post, _ in ds.quads((person, ORG.holds, None, None))}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dataset]:
    tmp = tmp_path_factory.mktemp("posts")
    out = tmp / "out.nq"
    summary = build_corpus(write_corpus(tmp / "in.jsonl"), out, jobs=1)
    assert summary.post_forms == 2 and "post forms joined: 2" in "\n".join(summary.lines())
    ds = Dataset()
    ds.parse(str(out), format="nquads")
    return out, ds


def test_one_node_for_the_post_of_an_official_with_every_source_sentence(built) -> None:
    _, ds = built
    posts = _posts(ds, "Trần Văn Bình")
    assert list(posts.values()) == [{"a1", "a2", "a3"}]
    [post] = posts
    labels = {str(o) for p in (RDFS.label, SKOS.altLabel) for _, _, o, _ in ds.quads((URIRef(post), p, None, None))}
    assert {"Giám đốc Sở TN&MT tỉnh Hòa Lâm", "Giám đốc Sở Tài nguyên và Môi trường Hòa Lâm", "Giám đốc"} <= labels
    # the node keeps its own body and title concept, not those of the nodes that joined it
    assert len(list(ds.quads((URIRef(post), ORG.postIn, None, None)))) == 1
    assert len(list(ds.quads((URIRef(post), VNR.postTitle, None, None)))) == 1
    # every holding keeps its article and points at the one node
    holdings = {(str(h), str(o)) for h, _, _, _ in ds.quads((None, VNR.post, URIRef(post), None))
                for _, _, o, _ in ds.quads((h, VNR.inReport, None, None))}
    assert {o.rsplit("/", 1)[1] for _, o in holdings} == {"a1", "a2", "a3"}


def test_a_bare_title_of_an_official_with_two_posts_of_that_title_stays(built) -> None:
    _, ds = built
    posts = _posts(ds, "Lê Thị Hoa")
    assert sorted(map(sorted, posts.values())) == [["a4"], ["a5"], ["a6"]]


def test_the_output_is_the_same_whatever_the_workers(built, tmp_path: Path) -> None:
    out, _ = built
    again = tmp_path / "j2.nq"
    build_corpus(write_corpus(tmp_path / "in.jsonl"), again, jobs=2)
    assert again.read_bytes() == out.read_bytes()
