"""Kin words around a post phrase: a relative's name after them ("con trai ông A là …": the son holds the post,
not A), read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re

from kg.extract import lexicon

_KIN_HONORED = lexicon.alternation("honorifics", 2, "address", "familiar")
# the kin words and their modifiers ("con trai", "anh họ"; kin_words.tsv)
_KIN_WORD, _MODIFIER, _CLOSE = (lexicon.alternation("kin_words", 2, c) for c in ("kin", "modifier", "close"))
KIN = re.compile(r"^\s*,?\s*" + _KIN_WORD + r"(?:\s+" + _CLOSE + r")?(?:\s+của)?\s+$")
# a kin word that makes the name after it a relative's ("con trai ông A là …": the son holds it, not A) — with a
# modifier, "của" or an honorific, as "anh"/"chị"/"cháu" alone are honorifics themselves
_KIN_OF = (r"(?<!\w)" + _KIN_WORD + r"(?:(?:\s+" + _MODIFIER + r")(?:\s+của)?(?:\s+" + _KIN_HONORED + r")?"
           r"|(?:\s+của)(?:\s+" + _KIN_HONORED + r")?|\s+" + _KIN_HONORED + r")\s+$")
KIN_OF = re.compile(_KIN_OF, re.IGNORECASE)
KIN_APPOSITION = re.compile(r"\s*,\s*" + _KIN_OF)  # "ông A, em trai bà B, hiện là …": between A and B
# "ông A - chồng của bà B nắm … và làm …": after a dash, "của" makes B a possessor inside A's apposition
KIN_DASH_OF = re.compile(r"\s*[-–—]\s*" + _KIN_WORD + r"(?:\s+" + _MODIFIER + r")?\s+của(?:\s+" + _KIN_HONORED
                         + r")?\s+$", re.IGNORECASE)


def apposed(text: str, end: int, start: int, rel_end: int) -> bool:
    """The relative's name at start..rel_end closes an apposition to the name that ends at ``end``: ", em trai bà B,"
    (a comma after B) or "- chồng của bà B" (a dash and "của": the clause after B goes on with the first name)."""
    gap = text[end:start]
    return bool(KIN_APPOSITION.fullmatch(gap) and re.match(r"\s*,", text[rel_end:]) or KIN_DASH_OF.fullmatch(gap))
