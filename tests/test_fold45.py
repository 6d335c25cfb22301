"""Round fold45: one post node per post of an official (issue 8, done-when: "the same post written in different
forms is one node"). A post phrase read on into the next clause — an auxiliary, a verb of saying, the holder's
portfolio after it in lower case (post_clause_openers.tsv) — is the post written before that clause in the corpus
fold, and does not bring that label to the node it joins. Neutral made-up examples (invented places and units)."""

from __future__ import annotations

from kg.corpus.postfold import fold, glued_posts, rewrite
from kg.corpus.postforms import form
from kg.rdf.emit import entity_iri
from kg.rdf.graphio import nt_term as nt


def test_a_post_with_the_next_clause_glued_after_an_auxiliary_or_a_portfolio_is_that_post():
    clean = form("post:a", "Phó Chủ tịch UBND huyện Lâm Hòa", "Phó Chủ tịch")
    glued = form("post:b", "Phó Chủ tịch UBND huyện Lâm Hòa đã có buổi làm việc với Ban Quản lý chợ", "Phó Chủ tịch")
    assert fold([clean, glued]) == {"post:b": ("post:a", False)}
    office = form("post:c", "Trưởng Ban Tuyên giáo Trung ương", "Trưởng Ban")  # a name whose last word is lower case
    hailed = form("post:d", "Trưởng Ban Tuyên giáo Trung ương nhiệt liệt hoan nghênh", "Trưởng Ban")
    assert fold([office, hailed]) == {"post:d": ("post:c", False)}
    deputy = form("post:e", "Phó Chánh Văn phòng UBND tỉnh Hòa Sơn", "Phó Chánh Văn phòng")
    charge = form("post:f", "Phó Chánh Văn phòng UBND tỉnh Hòa Sơn phụ trách Ban Tiếp dân", "Phó Chánh Văn phòng")
    assert fold([deputy, charge]) == {"post:f": ("post:e", False)}


def test_a_body_that_goes_on_in_lower_case_is_no_next_clause():
    board = form("post:a", "Chủ nhiệm Ủy ban", "Chủ nhiệm")
    check = form("post:b", "Chủ nhiệm Ủy ban kiểm tra Huyện ủy Lâm Hòa", "Chủ nhiệm")  # "kiểm tra" names the body
    assert fold([board, check]) == {"post:a": ("post:b", True)}  # a shorter form, not a glued clause
    other = form("post:c", "Phó Chủ tịch UBND huyện Hòa Sơn đã có buổi làm việc", "Phó Chủ tịch")
    assert fold([form("post:d", "Phó Chủ tịch UBND huyện Lâm Hòa", "Phó Chủ tịch"), other]) == {}


def test_a_post_written_with_the_next_clause_does_not_bring_that_label():
    clean = form("post:a", "Phó Chủ tịch UBND huyện Lâm Hòa", "Phó Chủ tịch")
    glued = form("post:b", "Phó Chủ tịch UBND huyện Lâm Hòa đã có buổi làm việc", "Phó Chủ tịch")
    a, b = nt(entity_iri("post:a")), nt(entity_iri("post:b"))
    assert glued_posts([([glued], None)]) == {b} and glued_posts([([clean], None)]) == frozenset()
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    lines = [f'{b} {label} "Phó Chủ tịch UBND huyện Lâm Hòa đã có buổi làm việc"@vi .']
    assert rewrite(lines, {b: a}, glued_posts([([glued], None)])) == []
    assert rewrite(lines, {b: a}) == [f'{a} {label} "Phó Chủ tịch UBND huyện Lâm Hòa đã có buổi làm việc"@vi .']
