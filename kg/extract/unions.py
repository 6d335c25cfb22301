"""The union ``a | b | …`` of lexicon sets, built once for the same set objects (not at every call).

A set the lexicon gives (``lexicon.words``, ``event_tokens.cls`` …) is cached, so a call site that joins two or three
of them meets the same objects call after call; :func:`union` keeps the joined set for those objects (by identity: a
lexicon read again gives new objects, and a new union), and joins them with ``|`` in the order given, as the call
sites did."""

from __future__ import annotations

from functools import reduce
from operator import or_

_MEMO: dict[tuple[int, ...], tuple[tuple[frozenset[str], ...], frozenset[str]]] = {}


def union(*sets: frozenset[str]) -> frozenset[str]:
    """``sets[0] | sets[1] | …``, the same object again for the same set objects."""
    ids = tuple(map(id, sets))
    hit = _MEMO.get(ids)
    if hit is not None and all(a is b for a, b in zip(hit[0], sets, strict=True)):
        return hit[1]
    out: frozenset[str] = reduce(or_, sets)
    if len(_MEMO) >= 256:
        _MEMO.clear()
    _MEMO[ids] = (sets, out)
    return out
