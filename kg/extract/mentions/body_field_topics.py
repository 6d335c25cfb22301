"""Bodies named by the field of crime they fight: "Phòng Cảnh sát điều tra tội phạm về ma túy", "Đội CSĐT tội phạm
về kinh tế và chức vụ". After a noun of role ``noun`` in ``field_topics.tsv`` ("tội phạm"), "về" and one field of
that file (two joined by "và") are part of the name; any other word after "về" is not (it opens what is said)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def _role(role: str) -> frozenset[str]:
    return lexicon.classed("field_topics", 2, role)


@cache
def _longest(role: str) -> int:
    """Words of the longest phrase of ``role``."""
    return max((len(p.split(" ")) for p in _role(role)), default=0)


def _phrase_at(s: _Sent, j: int, role: str, stop_at: set[int]) -> int:
    """Words (longest first) of a phrase of ``role`` that opens at token j, all lower-case words written adjacent;
    0 when none."""
    toks = s.toks
    for n in range(_longest(role), 0, -1):
        span = toks[j : j + n]
        if len(span) == n and all(t.is_word and not t.is_cap and s.adjacent(j + k) and (j + k) not in stop_at
                                  for k, t in enumerate(span)) and key(" ".join(t.text for t in span)) in _role(role):
            return n
    return 0


def field_topic(s: _Sent, j: int, stop_at: set[int]) -> int:
    """Tokens of "về <field> [và <field>]" at token j, right after a ``noun`` of ``field_topics`` that ends the
    name so far; 0 when token j is not "về" there or no listed field follows."""
    toks = s.toks
    if j < 1 or j >= len(toks) or key(toks[j].text) != "về" or not s.adjacent(j):
        return 0
    if not any(n <= j and key(" ".join(t.text for t in toks[j - n : j])) in _role("noun")
               for n in range(1, _longest("noun") + 1)):
        return 0
    n = _phrase_at(s, j + 1, "field", stop_at)
    if not n:
        return 0
    k = j + 1 + n
    if k < len(toks) and key(toks[k].text) == "và" and s.adjacent(k) and (m := _phrase_at(s, k + 1, "field", stop_at)):
        k += 1 + m
    return k - j
