"""A bare "giải" followed by a word of its level or rank in general (``unnamed_prize_words.tsv``: "đạt giải cao",
"45 giải cấp tỉnh") names no prize: no conferral of its own."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


@cache
def _words() -> frozenset[str]:
    return lexicon.words("unnamed_prize_words")


def unnamed_prize(name: str) -> bool:
    """The award's words as written (its mention and a few characters after it) are "giải" and a level or rank word
    in general, written in lower case ("giải cao", "giải cấp tỉnh"; not "Giải Cao Văn A", a prize named for a
    person whose family name is "Cao")."""
    words = re.findall(r"\w+", name)
    return len(words) >= 2 and key(words[0]) == "giải" and words[1].islower() and key(words[1]) in _words()
