"""Where a body of its own opens inside a name: an abbreviated head ("UBND") or a head of several words
("Hội đồng nhân dân") — the words of the lexicon's body heads."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _abbrev_heads, _Sent
from kg.extract.normalise import key


@cache
def _single_heads() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("bodies") if " " not in e.key)


@cache
def _multiword_heads() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("bodies") if " " in e.key)


def _opens_body(s: _Sent, j: int) -> bool:
    """Token j opens a body of its own: an abbreviated head (UBND) or a head of several words (Hội đồng nhân dân)."""
    tok = s.toks[j].text
    if tok in _abbrev_heads():
        return True
    if tok[0].isalnum() and key(tok).split(" ", 1)[0] not in _multiword_firsts():
        return False  # a word token is the first word of the key of the rest: no head opens with it
    rest = key(s.text[s.toks[j].start : s.sent.end])
    return any(rest == h or rest.startswith(h + " ") for h in _multiword_heads())


@cache
def _multiword_firsts() -> frozenset[str]:
    return frozenset(h.split(" ", 1)[0] for h in _multiword_heads())
