"""A court rank of a monarch's consort before a name or alone after "bà" ("bà Cửu giai Tài nhân họ X", "bà Tài
Nhân Cửu Giai X Y"): the rank's words (``court_ranks.tsv``) are a title, never a person's name, so no name's run
opens with them — without this, "Cửu Giai Tài" or "Tài Nhân Cửu Giai X Y" is read as a person's name after "bà", and
a lone "Tài" as a short name. The run of :mod:`persons` starts after them."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _ranks() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r.split(" ")) for r in lexicon.words("court_ranks"))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(r[0] for r in _ranks())


@cache
def _lengths() -> tuple[int, ...]:
    """The ranks' word counts, longest first."""
    return tuple(sorted({len(r) for r in _ranks()}, reverse=True))


def court_rank_end(s: _Sent, i: int) -> int:
    """Where a court rank of adjacent words that opens with capitalised token i ends (exclusive), the longest that
    matches; 0 for none."""
    toks = s.toks
    if not toks[i].text[:1].isupper() or key(toks[i].text) not in _first_words():
        return 0
    for n in _lengths():
        if i + n <= len(toks) and all(s.adjacent(x) for x in range(i + 1, i + n)) \
                and tuple(key(t.text) for t in toks[i : i + n]) in _ranks():
            return i + n
    return 0
