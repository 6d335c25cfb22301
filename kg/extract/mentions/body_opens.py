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


def opens_named_single(s: _Sent, j: int) -> bool:
    """Token j, right after "và" inside a body's name, opens a second body: a capitalised head of one word
    (``bodies.tsv``: "Sở", "Bộ", "Phòng", "Báo", "Hội" …) with a capitalised word or an abbreviation right after it
    ("Sở Y tế và Sở Nội vụ tỉnh X", "Tổng cục X và Phòng Cảnh sát Y"): two bodies joined, not one name. A name's
    own fields after "và" open with no head ("Bộ Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ")."""
    toks = s.toks
    if j + 1 >= len(toks) or not toks[j].is_cap or key(toks[j].text) not in _single_heads():
        return False
    nxt = toks[j + 1]
    return s.adjacent(j + 1) and nxt.is_word and (nxt.is_cap or nxt.is_upper)
