"""A caption run on into the text after a place's name: "… Chủ tịch UBND xã Hà Lâm Ông Quế cho biết" (the caption
"Ông A, Chủ tịch UBND xã Hà Lâm" with no full stop before "Ông Quế cho biết"). A form of address written with a
capital (``honorifics.tsv`` role ``address``: "Ông", "Bà") after two or more words of the name and before a
capitalised word opens a person's mention, no part of the place's name; one name word before it stays a name
("Hai Bà Trưng", "Cầu Ông Lãnh"). Read by :func:`kg.extract.mentions.places._name_end` (issue 8, round prec38)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _address() -> frozenset[str]:
    return frozenset(key(r[0]) for r in lexicon.rows("honorifics") if r[2:3] == ["address"])


def address_opens(s: _Sent, end: int, start: int) -> bool:
    """Token ``end`` is a capitalised form of address after two or more name words from ``start``, before a
    capitalised word."""
    toks = s.toks
    return end - start >= 2 and end + 1 < len(toks) and toks[end].text[:1].isupper() and key(toks[end].text) in \
        _address() and toks[end + 1].is_cap and toks[end + 1].is_word and s.adjacent(end + 1)
