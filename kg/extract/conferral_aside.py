"""A list of prizes broken by a "trong đó" aside: "X trao 5 giải Nhì, 8 giải Ba, trong đó tác phẩm A đoạt giải Ba và
24 giải Khuyến khích" — the count after the aside ("và 24 giải …") resumes X's list, so the award takes the giver of
the list member the aside follows, not nothing; an aside that gives of its own ("trong đó Y trao …") or a clause
boundary (";") keeps it apart — for :mod:`kg.extract.conferrals`."""

from __future__ import annotations

import re

from kg.extract import awards as award_grammar
from kg.extract.link import Entity

_ASIDE = re.compile(r",\s*trong đó\s", re.IGNORECASE)
# right before the award: "," or "và", then a count (a numeral), as a member of a counted list
_RESUME = re.compile(r"(?:,|\svà)\s+\d+\s+$")

Given = tuple[int, Entity | None, Entity | None]  # where an award's name ends, its giver and hander


def resumed_giver(text: str, lo: int, award_start: int, before: list[Given]) -> Given | None:
    """The (end, giver, hander) of the list member a "trong đó" aside follows, when the award at ``award_start`` (in
    a clause from ``lo``) resumes that list after the aside; ``before``: the awards before it in the sentence."""
    if not _RESUME.search(text, max(lo, award_start - 12), award_start):
        return None
    asides = list(_ASIDE.finditer(text, lo, award_start))
    if not asides:
        return None
    aside = asides[-1]
    stretch = text[aside.end() : award_start]
    if ";" in stretch or award_grammar.GIVE.search(stretch):
        return None
    member = next((b for b in reversed(before) if b[0] <= aside.start()), None)
    if member is None or member[1] is None or text[member[0] : aside.start()].strip():
        return None
    return member
