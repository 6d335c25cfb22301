"""A second member of an event name after "và" that names people (issue 8): a noun for people (roles ``noun``,
``group`` and ``trade`` of ``person_cues.tsv``: "chuyên gia", "lãnh đạo"; class ``people`` of ``event_words.tsv``:
"đoàn đại biểu", "anh hùng"), lower-case words that end nothing, and a capitalised name that a clause boundary
follows: "lễ đón Bộ trưởng A và đoàn đại biểu quân sự cấp cao Beta | đã …", "lễ an táng hài cốt liệt sĩ quân tình
nguyện và chuyên gia Beta | hy sinh …". Not when a verb of saying or directing follows the name: the people are the
subject of the next clause ("… và chuyên gia Alpha | cho biết …"). The grammar (``kg/extract/events.py``) ends the
name at that boundary."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_bounds import _agent_verbs, _ends, _proper
from kg.extract.event_tokens import Toks, classes
from kg.extract.normalise import key

MEMBER_WORDS = 7  # lower-case syllables after the noun for people, before the name
NAME_WORDS = 6  # capitalised words of the name
_CLAUSE_END = ("", ",", ".", ";", ":", "!", "?", "…")
_WHOLE = ("kind", "purpose", "word", "theme", "boundary")  # classes of words that a noun for people may not open


@cache
def _people() -> frozenset[str]:
    roles = lexicon.roles("person_cues")
    nouns = (roles.get(r, frozenset()) for r in ("noun", "group", "trade"))
    return frozenset().union(*nouns) | classes().get("people", frozenset())


def _noun(t: Toks, j: int) -> int:
    """Tokens of a lower-case noun for people at ``j`` (up to three syllables, no longer word of the grammar there:
    "người" is no "người dân"), or 0."""
    if not t.word(j)[:1].islower() or t.match(j, "determiner") or t.match(j, "numeral"):
        return 0
    n = next((m for m in (3, 2, 1) if key(" ".join(t.words[j : j + m])) in _people()), 0)
    return n if n and max(t.match(j, c) for c in _WHOLE) <= n else 0


def people_member(t: Toks, j: int) -> int:
    """Tokens of a member at ``j`` (after "và") that names people, up to the end of its name (see the module); 0
    when none."""
    n = _noun(t, j)
    if not n:
        return 0
    k = j + n
    while k < j + n + MEMBER_WORDS and t.word(k)[:1].islower() and not _ends(t, k):
        if t.match(k, "link") or t.match(k, "determiner"):
            return 0  # a phrase that goes on ("… và chuyên gia của …"): not a name's member
        k += 1
    m = k
    while m < k + NAME_WORDS and t.word(m)[:1].isupper() and _proper(t, m):
        m += 1
    if m == k or not (t.word(m) in _CLAUSE_END or _ends(t, m)) or _said(t, m):
        return 0
    return m - j


def _said(t: Toks, m: int) -> bool:
    """Whether a verb of saying or directing opens at ``m`` ("cho biết", "yêu cầu")."""
    return any(key(" ".join(t.words[m : m + k])) in _agent_verbs() for k in (3, 2, 1))
