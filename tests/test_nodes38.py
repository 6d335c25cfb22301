"""Round nodes38 (issue 8: one post node per post of an official): two names of one body (lexicon
``body_synonyms``) are one post when the corpus compares an official's post forms. Made-up names only."""

from __future__ import annotations

from kg.corpus.postfold import fold
from kg.corpus.postforms import form, same


def test_party_organisation_and_its_committee_are_one_post() -> None:
    a = form("post:a", "Phó Bí thư Đảng bộ xã Lạc Vân", "Phó Bí thư")
    b = form("post:b", "Phó bí thư Đảng ủy xã Lạc Vân", "Phó Bí thư")
    assert same(a, b)
    assert fold([a, b]) == {"post:b": ("post:a", False)}


def test_older_name_of_a_school_level_is_one_post() -> None:
    a = form("post:a", "Hiệu trưởng Trường cấp 2 Hòa Khê", "Hiệu trưởng")
    b = form("post:b", "Hiệu trưởng Trường trung học cơ sở Hòa Khê", "Hiệu trưởng")
    assert same(a, b)
    assert fold([a, b]) == {"post:b": ("post:a", False)}


def test_different_levels_and_units_stay_apart() -> None:
    a = form("post:a", "Hiệu trưởng Trường cấp 2 Hòa Khê", "Hiệu trưởng")
    c = form("post:c", "Hiệu trưởng Trường trung học phổ thông Hòa Khê", "Hiệu trưởng")
    d = form("post:d", "Bí thư Đảng bộ xã Lạc Vân", "Bí thư")
    e = form("post:e", "Bí thư Đảng ủy xã Lạc Sơn", "Bí thư")
    assert not same(a, c)
    assert not same(d, e)
    assert fold([a, c]) == {} and fold([d, e]) == {}
