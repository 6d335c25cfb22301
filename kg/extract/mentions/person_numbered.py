"""A numbered place: capitalised words followed right away by a small number and then a list's comma, the sentence's
end or the next capitalised word ("các xã Alpha 1, Beta 1, Gamma Delta 2", "thôn Alpha Beta 2", "Trường
bán trú Gamma 1"). Villages, hamlets, communes and schools of one name are numbered; a person's name never is
(an age or a birth year follows a comma or a bracket, or comes with its word: "… 35 tuổi"). Only for a name that
nothing anchors (no honorific, rank, title or cue). Read by :mod:`kg.extract.mentions.person_thing_tests`."""

from __future__ import annotations

from kg.extract.mentions.sentence import _Sent

_ENDS = frozenset({",", ";", ".", ")", "-", "–", "…"})


def numbered_place(s: _Sent, e: int) -> bool:
    """Token e is a number of one or two digits right after the name, and what follows it ends an item."""
    toks = s.toks
    if e >= len(toks) or not s.adjacent(e) or not toks[e].text.isdigit() or len(toks[e].text) > 2:
        return False
    return e + 1 == len(toks) or toks[e + 1].text in _ENDS or toks[e + 1].is_cap
