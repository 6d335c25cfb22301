"""Round prec52: one post node per post of an official (issue 8). A shorter form that is part of two of an
official's posts ("Bí thư" beside "Bí thư Thành ủy X" and "Bí thư Đảng ủy Y") joins the one whose body its
holding's sentence names, when only one is named (kg.corpus.postfold._named_body); with none, or both, named it
stays.
Neutral made-up examples (invented places and units)."""

from __future__ import annotations

from dataclasses import replace

from helpers import run

from kg.corpus.postfold import ambiguous, fold
from kg.corpus.postforms import form, forms_of


def _posts() -> list:
    city = form("post:a", "Bí thư Thành ủy Hòa Sơn", "Bí thư")
    company = form("post:b", "Bí thư Đảng ủy Tổng công ty Lâm Hòa", "Bí thư")
    return [city, company]


def test_a_bare_title_joins_the_post_whose_body_its_article_names():
    bare = replace(form("post:c|x", "Bí thư", "Bí thư", True), bodies=("Sở Y tế", "Thành ủy Hòa Sơn"))
    assert fold([*_posts(), bare]) == {"post:c|x": ("post:a", True)}
    assert ambiguous([*_posts(), bare]) == []


def test_a_bare_title_stays_when_its_article_names_no_body_or_both():
    plain = form("post:c|x", "Bí thư", "Bí thư", True)
    assert fold([*_posts(), plain]) == {} and ambiguous([*_posts(), plain]) == ["post:c|x"]
    both = replace(plain, bodies=("Thành ủy Hòa Sơn", "Đảng ủy Tổng công ty Lâm Hòa"))
    assert fold([*_posts(), both]) == {} and ambiguous([*_posts(), both]) == ["post:c|x"]


def test_a_form_carries_the_bodies_its_holding_s_sentence_names():
    res = run("T\n\nBí thư Lò Văn Tám làm việc với đoàn công tác Thành ủy Hòa Sơn về kế hoạch năm tới. Sở Y tế"
              " Lâm Hòa cũng báo cáo.")
    forms = [f for fs in forms_of(res.links, res.facts, res.doc.mentions).values() for f in fs]
    assert forms and all("Thành ủy Hòa Sơn" in f.bodies and not any("Sở Y tế" in b for b in f.bodies)
                         for f in forms)
