"""A place's name inside an award's open name: a capitalised word that is also a stop word ("cần" need) right after a
place word (``place_words``: "TP", "tỉnh", "huyện") and before another capitalised word opens the place's name —
"Giải báo chí A TP Cần Lộc lần thứ V" goes on through it — for :mod:`kg.extract.award_names`."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.normalise import key


def place_goes_on(text: str, start: int, end: int, limit: int) -> bool:
    """The capitalised word ``text[start:end]`` opens a place's name after a place word."""
    if not text[start : start + 1].isupper() or not re.match(r"\s+[^\W\d_]", text[end:limit]):
        return False
    if not text[end:limit].lstrip()[:1].isupper():
        return False
    before = text[max(0, start - 16) : start].split()
    return any(key(" ".join(before[-n:])) in lexicon.words("place_words") for n in (1, 2) if len(before) >= n)
