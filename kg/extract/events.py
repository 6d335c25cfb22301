"""Event names: a head ("Hội nghị", "Lễ", "buổi làm việc") and its complement, only when the complement is a
whole name.

    NAME = HEAD COMPLEMENT   COMPLEMENT runs to a clause boundary: sentence punctuation, a spaced dash before a
                             capital, a verb or time word (``event_stops.tsv``), or a comma followed by a capital
                             or by a word that opens a clause; at most 30 words.

A complement that runs on past 30 words, or that opens with a comma, is no name: the event is then a reference
("Hội nghị" alone) rather than a node named by the rest of a clause.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

MAX_WORDS = 30


@cache
def _stops() -> tuple[frozenset[str], frozenset[str]]:
    """(words that end a name anywhere, words that end it right after a comma)."""
    anywhere: set[str] = set()
    comma: set[str] = set()
    for e in lexicon.entries("event_stops"):
        (comma if e.extra[:1] == ("comma",) else anywhere).add(e.key)
    return frozenset(anywhere), frozenset(comma | anywhere)


@cache
def _heads() -> re.Pattern[str]:
    forms = sorted({e.vi for e in lexicon.entries("events")} | {"cuộc", "buổi"}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


def _next_event(text: str, pos: int, limit: int) -> bool:
    return bool(_heads().match(text, pos, limit))


_WORD = re.compile(r"\s*(\w+(?:[.&/'’-]\w+)*|\S)")


def complement_end(text: str, start: int, limit: int) -> int | None:
    """Where the complement that starts at ``start`` ends; None when it is no name (a comma first, or too long)."""
    anywhere, after_comma = _stops()
    if re.match(r"\s*[,;:.!?…-]", text[start:limit]):
        return None
    depth, pos, words, last = 0, start, 0, start
    toks = list(_WORD.finditer(text, start, limit))
    for n, m in enumerate(toks):
        w = m.group(1)
        if w in "(“\"«":
            depth += 1 if w != '"' or depth == 0 else -1
        elif w in ")”»":
            depth = max(0, depth - 1)
        if depth == 0:
            one = key(w)
            two = one + " " + key(toks[n + 1].group(1)) if n + 1 < len(toks) else ""
            if w in ";:.!?…" or (w in "-–" and m.start(1) > m.start() and n + 1 < len(toks)
                                   and toks[n + 1].group(1)[:1].isupper()):
                return last
            if one == "và" and _next_event(text, m.end(), limit):
                return last  # "Đại hội … và Cuộc bầu cử …": two events
            if w == ",":
                nxt = toks[n + 1].group(1) if n + 1 < len(toks) else ""
                nk = key(nxt)
                nxt_two = nk + " " + key(toks[n + 2].group(1)) if n + 2 < len(toks) else ""
                if not nxt or nxt[:1].isupper() or nk in after_comma or nxt_two in after_comma:
                    return last
            elif w[:1].islower() and (one in anywhere or two in anywhere) or (w[:1].isupper() and one in anywhere
                                                                              and words > 0):
                return last
        words += 1 if w[:1].isalnum() else 0
        if words > MAX_WORDS:
            return None
        pos = m.end()
        if w[:1].isalnum() or w in ")”»\"":
            last = pos
    return last
