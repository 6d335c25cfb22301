"""A post named first whose body's name goes on in lower case before "là" and its holder: "Chủ tịch Hội đồng bồi
thường là ông A", "Giám đốc công trình là bà B" — one to three lower-case words, then "là" and an honorific: the
words are the rest of the post, its holder is the name after them. None of the words may be a verb or function
word (``name_stops``, ``directives``, ``personnel_verbs``), a time word or a post's lead (``time_adverbs``,
``post_leads``), a word of degree (``degree_words``: "Đại biểu lớn tuổi nhất là ông A" describes a person) or a
word that refers back (``reference_words``: "Giám đốc công ty trên là ông A": the company is named before).
Read by :mod:`kg.extract.facts.holdings` (posts named first).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

_REST = re.compile(r"((?:\s+(?-i:[^\W\d_A-ZĐ]+)){1,3})\s+là\s+(?:"
                   + lexicon.alternation("honorifics", 2, "address", "comrade") + r")\s+", re.IGNORECASE)
_NOT_REST = ("name_stops", "directives", "personnel_verbs", "time_adverbs", "post_leads", "degree_words",
             "reference_words")


@cache
def _not_rest() -> frozenset[str]:
    return frozenset().union(*(lexicon.words(f) for f in _NOT_REST))


def rest_end(text: str, end: int, name: int) -> int | None:
    """Where the post phrase ending at ``end`` ends when its lower-case rest runs to "là" and an honorific right
    before the name at ``name``; None when the words between are not such a rest."""
    m = _REST.fullmatch(text, end, name)
    if m is None:
        return None
    words = m.group(1).split()
    stops = _not_rest()
    pairs = (f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    if any(key(w) in stops for w in words) or any(key(p) in stops for p in pairs):
        return None
    return m.end(1)
