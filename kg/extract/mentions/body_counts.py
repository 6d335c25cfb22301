"""A count after a body's name: a number word (``quantifiers.tsv`` ``numeral``) and then a noun of measure or
count (``event_words.tsv`` ``measure``: "năm", "tháng"; ``count_units.tsv``: "người", "hộ") open a quantity of the
clause ("… nguyên Trưởng phòng Tổ chức cán bộ | hai năm tù"), never a word of the name. Read by
:mod:`kg.extract.mentions.body_continuation` and :mod:`kg.extract.mentions.body_objects`."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def count_at(s: _Sent, j: int) -> bool:
    """Token j is a lower-case number word and the token after it a noun of measure or count (see the module)."""
    toks = s.toks
    if j + 1 >= len(toks) or toks[j].is_cap or key(toks[j].text) not in _numerals() or not s.adjacent(j + 1):
        return False
    nxt = key(toks[j + 1].text)
    two = f"{nxt} {key(toks[j + 2].text)}" if j + 2 < len(toks) else ""
    return nxt in _units() or two in _units()


@cache
def _numerals() -> frozenset[str]:
    return lexicon.classed("quantifiers", 2, "numeral")


@cache
def _units() -> frozenset[str]:
    return lexicon.classed("event_words", 2, "measure") | lexicon.classed("count_units", 2, "count")
