"""A name that a place, an institution or a work bears: after "mang tên", "có tên", "đặt tên" with a word of
``place_words.tsv`` close before ("viện nghiên cứu mang tên X", "tuyến đường mang tên X", "trường được đặt tên X")
the name is that thing's, not a person of the article (a document "mang tên X" — a diploma, a passport — names a
person: no place word there).

    PLACE-WORD WORD{0,3} (mang | có | [được] đặt) tên [là] ["] NAME
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent


@cache
def _bearing() -> re.Pattern[str]:
    heads = "|".join(re.escape(f) for f in sorted(
        {e.vi for e in lexicon.entries("place_words")} | {e.vi[:1].upper() + e.vi[1:] for e in lexicon.entries(
            "place_words")}, key=lambda f: (-len(f), f)))
    return re.compile(r"(?<!\w)(?:" + heads + r")(?:\s+\w+){0,3}\s+(?:mang|có|(?:được\s+)?đặt)\s+tên(?:\s+là)?"
                      r"\s*[“\"«]?\s*$")


def named_after(s: _Sent, k: int) -> bool:
    """The name at token k is the one a place, an institution or a work bears."""
    start = s.toks[k].start
    window = s.text[max(s.sent.start, start - 60) : start]
    return "tên" in window and _bearing().search(window) is not None
