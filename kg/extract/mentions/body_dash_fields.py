"""A ministry's second field written after a dash in sentence case ("Sở Tài Nguyên - Môi trường", "Sở Lao động
Thương Binh - Xã hội"): the field's capitalised first syllable and its lower-case second one are a field of
``ministry_fields`` (split at its "và", dashes and commas), so the name goes on past the lower-case syllable even
after two capitalised words, which elsewhere end a proper name ("… Việt Nam - Cuba khóa 4"). Read by the body
walk (:func:`kg.extract.mentions.body_continuation._continuation`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _fields() -> frozenset[str]:
    """The two-word fields of ``ministry_fields`` ("môi trường", "xã hội", "đầu tư"), folded."""
    parts = (p for r in lexicon.rows("ministry_fields") for p in re.split(r"\s+và\s+|\s*[-–,]\s*", r[0]))
    return frozenset(key(p) for p in parts if len(p.split()) == 2)


def dash_field(s: _Sent, j: int) -> bool:
    """Tokens j, j + 1 are a capitalised and a lower-case syllable that make a ministry's field ("Môi trường")."""
    toks = s.toks
    return j + 1 < len(toks) and toks[j].is_cap and not toks[j + 1].is_cap and s.adjacent(j + 1) \
        and key(f"{toks[j].text} {toks[j + 1].text}") in _fields()
