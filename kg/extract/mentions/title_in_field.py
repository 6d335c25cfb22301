"""A title of the lexicon written as the last field of a unit's name is no title: "Kế toán" in "Vụ Tài chính Kế
toán" or "Phòng Tài chính - Kế toán" — the head of a unit of ``sub_units.tsv`` ("Vụ", "Phòng", "Ban") and one or two
capitalised words of its field (each maybe with one lower-case syllable; a dash may follow them; no body of
``bodies.tsv`` among them: "Văn phòng Chính phủ - Người phát ngôn") right before the title, and punctuation right
after it (the name ends there: no holder's name, no "của …" of a post phrase)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key
from kg.extract.tokens import UPPER


@cache
def _before() -> re.Pattern[str]:
    heads = "|".join(sorted((re.escape(e.vi) for e in lexicon.entries("sub_units")), key=len, reverse=True))
    word = rf"[{UPPER}][^\W\d_]*(?: (?![{UPPER}])[^\W\d_]+)?"  # "Tài chính": a capital, maybe one lower-case syllable
    return re.compile(rf"(?<![\w.])(?:{heads}) ({word}(?: {word})?)(?: [-–])? $")


_CLOSED = re.compile(r"\s*(?:[,.;:()\"”]|$)")


def in_field_name(text: str, a: int, b: int, start: int) -> bool:
    """The title at a..b closes a unit's field name: a unit's head and one or two capitalised words (no body) before
    it, punctuation after it."""
    m = _before().search(text, max(start, a - 40), a)
    if m is None or _CLOSED.match(text, b) is None:
        return False
    words = key(m.group(1)).split()
    return not any(" ".join(words[i:j]) in lexicon.by_key("bodies") for i in range(len(words))
                   for j in range(i + 1, len(words) + 1))  # "Văn phòng Chính phủ - …": a body, no field
