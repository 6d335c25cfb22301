"""A unit's staff member after a name: "cán bộ" + the unit is the name's post (issue 8, round posts48b).

    Nguyễn Văn An (cán bộ Phòng Y tế huyện X)       → An holds "cán bộ Phòng Y tế huyện X"
    Trần Thị Bình, cán bộ UBND xã Y, cho biết …     → Bình holds "cán bộ UBND xã Y"

A title of the lexicon's ``staff_titles`` is a common noun almost everywhere ("cán bộ chủ chốt", "các cán bộ Sở X
đang …"); it is read as a title only where a capitalised word and a comma, a dash or an opening bracket come right
before it and a capitalised word right after it (:func:`in_context`, a cheap textual test in the sentence's title
spans), and it heads a post only with the unit's body right after it (:func:`keeps`, in the post phrases).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key

# "… An (", "… An, ", "… An - ": the last word of a name, then the separator (not a bracket's closing one)
_AFTER_NAME = re.compile(r"(?<![\w.])(\w)[\w’']*\s*(?:,|\(|\s[-–])\s*$")
_NEXT = re.compile(r"\s+(\w)")
_SEPARATOR = re.compile(r"\s*(?:,|\(|\s[-–])\s*")  # between the name and the title (as in _AFTER_NAME)


@cache
def _staff() -> frozenset[str]:
    return lexicon.words("staff_titles")


@cache
def _openings() -> frozenset[str]:
    return frozenset(w[:2] for w in _staff())


def is_staff(title: str) -> bool:
    """Whether ``title`` (as written) is a staff title of the lexicon (its first two letters tested first: cheap)."""
    return title[:2].casefold() in _openings() and key(title) in _staff()


def in_context(text: str, a: int, b: int, sent_start: int) -> bool:
    """Whether the staff title at text[a:b] follows a capitalised word across a separator and precedes a capital."""
    if text[a].isupper() or not ((nxt := _NEXT.match(text, b)) and nxt.group(1).isupper()):
        return False
    before = _AFTER_NAME.search(text, max(sent_start, a - 30), a)
    return before is not None and before.group(1).isupper()


def keeps(text: str, title: Mention, body: Mention | None, people: list[Mention]) -> bool:
    """Whether a staff title heads a post: a person's name and the separator come right before it (not a body's:
    "ông A, Giám đốc Sở X, cán bộ Phòng Y" lists another person), its unit's body starts right after it ("cán bộ Sở
    X", not "cán bộ") and ends with a name's capitalised word ("cán bộ Trung tâm nộp lại …": a body run into its
    clause is none)."""
    if body is None or body.start <= title.end or text[title.end : body.start].strip():
        return False
    if not any(p.end < title.start and _SEPARATOR.fullmatch(text, p.end, title.start) for p in people):
        return False
    last = body.text.split()[-1] if body.text.split() else ""
    return last[:1].isupper()
