"""Round nodes38b (issue 8: one post node per post of an official): "Đảng bộ huyện X" and "Huyện ủy X" (the Party
organisation of a level and its committee, lexicon ``body_synonyms``) are one post when the corpus compares an
official's post forms; the level word must match. Made-up names only."""

from __future__ import annotations

from kg.corpus.postfold import fold
from kg.corpus.postforms import form, same


def test_party_organisation_of_a_district_and_its_committee_are_one_post() -> None:
    a = form("post:a", "Bí thư Đảng bộ huyện Lạc Vân", "Bí thư")
    b = form("post:b", "Bí thư Huyện ủy Lạc Vân", "Bí thư")
    assert same(a, b)
    assert fold([a, b]) == {"post:b": ("post:a", False)}


def test_each_level_reads_as_its_own_committee() -> None:
    pairs = [("Phó Bí thư Đảng bộ tỉnh Hòa Khê", "Phó Bí thư Tỉnh ủy Hòa Khê"),
             ("Bí thư Đảng ủy thành phố Tân Mỹ", "Bí thư Thành ủy Tân Mỹ"),
             ("Bí thư Đảng bộ TP Tân Mỹ", "Bí thư Thành ủy Tân Mỹ"),
             ("Bí thư Đảng bộ quận Đông Lạc", "Bí thư Quận ủy Đông Lạc"),
             ("Bí thư Đảng bộ thị xã Bình Sa", "Bí thư Thị ủy Bình Sa")]
    for x, y in pairs:
        assert same(form("post:a", x, "Bí thư"), form("post:b", y, "Bí thư")), (x, y)


def test_another_level_or_place_stays_apart() -> None:
    a = form("post:a", "Bí thư Đảng bộ huyện Lạc Vân", "Bí thư")
    b = form("post:b", "Bí thư Tỉnh ủy Lạc Vân", "Bí thư")
    c = form("post:c", "Bí thư Đảng ủy xã Lạc Vân", "Bí thư")
    d = form("post:d", "Bí thư Huyện ủy Lạc Sơn", "Bí thư")
    e = form("post:e", "Bí thư Huyện ủy Lạc Vân", "Bí thư")
    assert not same(a, b) and not same(a, c) and not same(a, d) and not same(c, e)
    assert fold([a, b]) == {} and fold([a, c]) == {} and fold([a, d]) == {} and fold([c, e]) == {}
