"""Phrases after a word of an event's name that go on with it, and a bracket that ends it.

- a *field* phrase: "trong" before a noun of a field of work (class ``field`` in ``kg/lexicon/event_words.tsv``:
  "lĩnh vực") goes on with the name, also after a year or an ordinal ("Hội nghị sơ kết thi hành Luật Alpha năm 2031
  trong lĩnh vực nông nghiệp vùng Beta"): it narrows what the event is about, no adverbial of the clause;
- a *basis* phrase: a preposition of basis (class ``basis-link``: "theo") before a capitalised document noun (class
  ``document``) and its number goes on with the name after a lower-case word of it ("Hội nghị bàn về đóng mới tàu
  cá theo Nghị định 99"): the document is what the thing named is done under;
- a bracket that holds only a month and year or a year ("(6/2031)", "(10.2031)", "(2031)") is the time of the event,
  not part of its name ("Hội nghị lần thứ 8, khóa V | (6/2031)"); a range ("(2031-2036)", a term) or a day and
  month of an anniversary ("(22/5)") stays in the name;
- "và" after a numbered name ("Đại hội VI", "lần thứ XX", "khóa 13"; no list of parties in it) before a
  determiner and a lower-case noun that is no kind, purpose, party, people, coordinate or level word joins something
  beside the event to the clause, not to the name ("Đại hội VI | và những cống hiến của …").
Locative place phrases: ``kg/extract/event_locus.py``.
"""

from __future__ import annotations

import re

from kg.extract.event_dual import dual
from kg.extract.event_fallen import fallen
from kg.extract.event_locus import locus
from kg.extract.event_named_after import named_after
from kg.extract.event_seat import seat
from kg.extract.event_site import site
from kg.extract.event_tokens import Toks, is_number, level
from kg.extract.normalise import key

_DAY_MONTH = re.compile(r"\d{1,2}[-/.]\d{1,2}")
_DATE = re.compile(r"(?:\d{1,2}[/.-])?(?:1[89]|20)\d\d")
_ROMAN = re.compile(r"[IVX]+")
_BESIDE = ("kind", "purpose", "party", "people", "document", "coordinate")


def adjunct(t: Toks, i: int, closed: bool = False) -> int:
    """Tokens at ``i`` of a place phrase (``locus``), a field phrase, a basis phrase, what the object is named
    after ("mang tên …", ``kg/extract/event_named_after.py``), a seat abroad, a topic's place ("về X tại sân bay
    Alpha", ``event_site.py``), where the fallen fell ("… liệt sĩ hy sinh tại Alpha", ``event_fallen.py``) or a
    second numbering after a dash ("năm 2031 - Phật lịch 2575", ``event_dual.py``) that go on with the name; 0 when
    none."""
    n = locus(t, i, closed) or _field(t, i) or named_after(t, i) or seat(t, i) or site(t, i)  # event_seat, event_site
    return n or fallen(t, i) or dual(t, i) or (0 if closed else _basis(t, i))  # dual: event_dual.py


def _field(t: Toks, i: int) -> int:
    n = t.match(i, "locus-link")
    if not n or i == 0 or not t.word(i - 1)[:1].isalnum():
        return 0
    m = t.match(i + n, "field")
    return n + m if m and t.word(i + n + m)[:1].islower() else 0


def _basis(t: Toks, i: int) -> int:
    n = t.match(i, "basis-link")
    if not n or i == 0 or not t.word(i - 1)[:1].islower():
        return 0
    m = t.match(i + n, "document")
    if not m or not t.word(i + n)[:1].isupper():
        return 0
    j = i + n + m + (t.word(i + n + m).lower() == "số")
    return j - i + 1 if t.word(j)[:1].isdigit() or is_number(t.word(j)) else 0


def dated(t: Toks, i: int) -> bool:
    """Whether the bracket opened at ``i`` holds only a month and year or a year: the event's time, no name part."""
    return t.word(i) == "(" and bool(_DATE.fullmatch(t.word(i + 1))) and t.word(i + 2) == ")"


def appended(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` after a numbered name opens a lower-case noun phrase beside the event (see above)."""
    before = t.word(i - 1) if i else ""
    numbered = _ROMAN.fullmatch(before) or (is_number(before) and i > 1 and t.match(i - 2, "ordinal") == 1)
    if key(t.word(i)) != "và" or not numbered or any(t.match(k, "party-link") for k in range(i)):
        return False  # "với UBND quận 2 và các sở": a unit's number, a list of parties
    d = t.match(i + 1, "determiner")
    j = i + 1 + d
    return bool(d) and t.word(j)[:1].islower() and not (any(t.match(j, c) for c in _BESIDE) or level(t, j))


def _dates(t: Toks) -> bool:
    """Whether the complement opens with numbers joined by "và" or a dash up to a day and month ("12 và 13-9")."""
    i = 0
    while is_number(t.word(i)) or key(t.word(i)) == "và" or t.word(i) in ("-", "–"):
        if _DAY_MONTH.fullmatch(t.word(i)) and i > 0:
            return True
        i += 1
    return False
