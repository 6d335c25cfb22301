"""An open list at a comma (events39c): an event name read up to a comma after the object of a link or of a purpose
that needs one, where the comma goes on with a lower-case noun that a second comma or "và" closes within a few
words ("Lễ cầu mưa thuận | , gió hòa, mùa màng …", "Buổi làm việc về quy hoạch đô thị | , quản lý đầu tư, …"), is
a list of objects the grammar could not close: the name read is a fragment (kg/extract/event_open.py).

A member is plain lower-case words: none that ends a name (``_ends``: a boundary, a time adverbial), a determiner,
a numeral, a form of address, a relative-clause verb or an event head — any of them makes the words after the comma
the next clause's subject or predicate (", lãnh đạo huyện cho biết …", ", ông A …", ", các đại biểu …"), and the
name stands; so does a link inside the member (", xứng đáng với …": a predicate and its object). A name that holds a
number or a Roman numeral ("Đại hội lần thứ XII của Đảng") is an institution's event named whole: a list after it
is the sentence's ("Nghị quyết Đại hội XII của Đảng và bổ sung, …"), and the name stands.

So is "và" after a capitalised party, after a link that opens a list of parties (class ``party-link``: "với",
"giữa"), before such a member that ends the clause ("Buổi làm việc với Trường Alpha | và cơ quan chức năng."): the
grammar reads a capitalised member whole and stops at "và", so the name read lacks the last party.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_bounds import _ends
from kg.extract.event_tokens import Toks, is_number
from kg.extract.normalise import key

MEMBER_WORDS = 6  # the most words of one member of the list


@cache
def _stops() -> frozenset[str]:
    """Forms of address (``honorifics.tsv``) and event heads (``events.tsv``), in lower case."""
    return frozenset(lexicon.words("honorifics")) | frozenset(e.key for e in lexicon.entries("events"))


def _plain(t: Toks, j: int, first: bool) -> bool:
    """Whether the word at ``j`` may be a word of a member of a list of lower-case nouns (``first``: its first)."""
    w = t.word(j)
    if not w[:1].isalpha() or not w[:1].islower() or _ends(t, j):
        return False
    if any(t.match(j, c) for c in ("rel-verb", "copula", "link")):
        return False
    if first and any(t.match(j, c) for c in ("determiner", "numeral", "generic")):
        return False  # ", các đại biểu …", ", hai bên …": a subject; inside a word "đầu tư" is no numeral
    return not any(key(" ".join(t.words[j : j + n])) in _stops() for n in (1, 2, 3, 4))


def _numbered(t: Toks, i: int) -> bool:
    """Whether a word before ``i`` is a number or a Roman numeral."""
    return any(is_number(w) for w in t.words[:i])  # "2017", "XII"


def comma_list(t: Toks, i: int) -> bool:
    """Whether the comma at ``i`` opens a member of a list of lower-case nouns that a comma or "và" closes."""
    if _numbered(t, i):
        return False
    for j in range(i + 1, min(len(t.words), i + 2 + MEMBER_WORDS)):
        w = t.word(j)
        if j > i + 1 and (w == "," or key(w) == "và"):
            return True
        if not _plain(t, j, j == i + 1):
            return False
    return False


def va_party(t: Toks, i: int) -> bool:
    """Whether "và" at ``i``, after a capitalised party, adds a lower-case party that ends the clause."""
    if not t.word(i - 1)[:1].isupper() or not any(t.match(k, "party-link") for k in range(i)) or _numbered(t, i):
        return False
    for j in range(i + 1, min(len(t.words), i + 2 + MEMBER_WORDS) + 1):
        w = t.word(j)
        if j > i + 1 and w in ("", ",", ".", ";"):
            return True
        if not _plain(t, j, j == i + 1):
            return False
    return False
