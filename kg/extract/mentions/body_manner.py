"""A title, then a manner word, then a body whose head opens in lower case or whose name is written in lower case
("Phó giám đốc thường trực Sở nông nghiệp X", "Phó Chủ tịch chuyên trách Hội nông dân X"): the body is the title's,
as right after it. The manner words are the rows of ``post_qualifiers.tsv`` that name no term ("thường trực",
"chuyên trách", "kiêm nhiệm"); ``kg.extract.facts.holdings`` already takes them between a title and its body.
Read by :mod:`kg.extract.mentions.bodies` (issue 8, round prec37)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


@cache
def _manner() -> frozenset[str]:
    return frozenset(key(r[0]) for r in lexicon.rows("post_qualifiers") if r[2:3] != ["term"])


def manner_between(text: str, title_end: int, head_start: int) -> bool:
    """Only a manner word (one space either side) between a title's end and a body's head."""
    gap = text[title_end:head_start]
    return 4 <= len(gap) <= 20 and gap[0] == " " and gap[-1] == " " and key(gap.strip()) in _manner()


def manner_then_head(text: str, title_end: int, head: str) -> bool:
    """After a title that ends with a body's head ("Phó Trưởng ban"), a manner word, then that head written again
    with a capital and a name after it ("Phó Trưởng ban Thường trực Ban Tổ chức X"): the manner word is the title's
    qualifier and the body is the one after it, not "ban Thường trực Ban …" (round nodes40b; a name in lower case
    after the head, "… Ban chỉ huy phòng chống …", stays as it was)."""
    toks = text[title_end : title_end + 40].split(" ")
    n = len(head.split())
    return len(toks) > 3 + n and toks[0] == "" and key(" ".join(toks[1:3])) in _manner() \
        and toks[3][:1].isupper() and key(" ".join(toks[3 : 3 + n])) == key(head) and toks[3 + n][:1].isupper()
