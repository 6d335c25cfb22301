"""A title written right after a place's name and a dash, with a body's short form for its body ("TP X - Trưởng BTC
…", "quận Y – Phó GĐ …"): the dash does not join a second part of the place's name ("Bà Rịa - Vũng Tàu"), the
title opens the holder's next post. Read by :mod:`kg.extract.mentions.places`."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def titled_short_form(s: _Sent, j: int) -> bool:
    """Token j is a word that opens a post title of ``posts.tsv`` and the token after it a short form in capitals
    (two letters or more: "Trưởng BTC", "Phó GĐ")."""
    if j + 1 >= len(s.toks) or key(s.toks[j].text) not in _title_firsts():
        return False
    nxt = s.toks[j + 1]
    return nxt.is_word and nxt.is_upper and len(nxt.text) > 1 and s.adjacent(j + 1)


@cache
def _title_firsts() -> frozenset[str]:
    """The first words of the titles of ``posts.tsv`` ("Trưởng", "Phó", "Chánh", …)."""
    return frozenset(k.split()[0] for k in lexicon.by_key("posts") if k.split())
