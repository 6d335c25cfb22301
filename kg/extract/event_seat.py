"""A seat abroad inside an event's name: "tại" and a capitalised place right after a country's mission (a body
head marked ``mission`` in ``kg/lexicon/bodies.tsv``: "Đại sứ quán", "Lãnh sự quán") or a group of people living
abroad (class ``seated`` in ``kg/lexicon/event_words.tsv``: "sinh viên", "cộng đồng", "kiều bào") and the
capitalised name of their country go on with the name: "buổi làm việc với Đại sứ quán Alpha tại Beta", "buổi giao
lưu với sinh viên Alpha tại Beta", "buổi gặp mặt cộng đồng người Alpha tại Beta". The place there says where the
body or the group is, not where the event is held. Elsewhere "tại" ends the name ("Hội nghị X | tại Hà Nội")."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

_NAME_WORDS = 4  # capitalised words of the country after the noun, at most
_PLACE_WORDS = 3  # capitalised words of the place after "tại", at most


@cache
def _missions() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("bodies") if "mission" in e.extra)


def _seated_before(t: Toks, i: int) -> bool:
    """Whether a mission head or a seated group noun, then its country's name, ends right before ``i``."""
    j = i
    while j > 0 and i - j < _NAME_WORDS and (t.word(j - 1)[:1].isupper() or key(t.word(j - 1)) == "người"):
        j -= 1
    if j == i or not t.word(i - 1)[:1].isupper():
        return False
    for n in (3, 2, 1):
        if j >= n and all(w[:1].isalnum() for w in t.words[j - n : j]):
            if key(" ".join(t.words[j - n : j])) in _missions() or t.match(j - n, "seated") == n:
                return True
    return False


def seat(t: Toks, i: int) -> int:
    """Tokens of "tại" and the capitalised place at ``i`` that go on with the name (see above); 0 when none: the
    place must be one to three capitalised words followed by punctuation, "và" or the end."""
    if key(t.word(i)) != "tại" or not _seated_before(t, i):
        return 0
    n = 1
    while n <= _PLACE_WORDS and t.word(i + n)[:1].isupper() and t.word(i + n)[:1].isalpha():
        n += 1
    nxt = t.word(i + n)
    return n if n > 1 and (not nxt[:1].isalnum() or key(nxt) == "và") else 0
