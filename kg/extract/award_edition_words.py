"""A prize's edition written as a word ("Giải X lần thứ hai năm 2031"): the ordinal word (a numeral of
``event_words.tsv``) goes on the prize's name when the edition's year follows it; without a year "lần thứ hai" may
tell the second time an award is received ("Huân chương X lần thứ hai"), which is no part of the name."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.event_key import _numerals


@cache
def _rx() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in _numerals()), key=len, reverse=True))
    return re.compile(r"\s+lần\s+thứ\s+(?:mười\s+)?(?:" + words + r")(?!\w)(?=\s+năm\s+\d{4}(?!\d))", re.IGNORECASE)


def word_edition_end(text: str, pos: int, limit: int) -> int:
    """Where an edition written as a word right after ``pos`` ends, its year following ("… | lần thứ hai | năm
    2031"); ``pos`` when there is none."""
    if not text[pos : pos + 6].lstrip().startswith("lần"):  # (cheap gate)
        return pos
    m = _rx().match(text, pos, limit)
    return m.end() if m else pos
