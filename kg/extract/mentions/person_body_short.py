"""A post's body that closes with its own short form ("Chủ tịch Hội đồng ABCD", "Tổng Thư ký Hiệp hội XYZ"): an
all-capitals word the lexicon knows as no abbreviation, body head, level or place word ("THPT", "UBND", "TP" are
kinds, not names) is the body's own name, so the Latin words after it are no more of that name — a foreign name
there is the holder's ("Chủ tịch Hội đồng ABCD Ivan X"). A firm or school (a place word's head: "Công ty TNHH X Y")
still reads its type's short form and a name after it as its own name (:mod:`kg.extract.mentions.person_places`).
Read by :mod:`kg.extract.mentions.person_thing_tests`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


def own_short_form(gap: Sequence[str]) -> bool:
    """The words between a title and a name are a body's head and then its own short form, nothing else (see the
    module): not a unit's field and the body it is of ("Vụ X của ABC Paris …": the Latin words go on with a name)."""
    if len(gap) < 2 or not (last := gap[-1]).isupper() or len(last) < 2 or not last.isalpha():
        return False
    head = key(" ".join(gap[:-1]))  # the head alone, then the short form: no field, no "của" between
    return head in lexicon.by_key("bodies") and last not in lexicon.abbreviations() and key(last) not in _kinds()


@cache
def _kinds() -> frozenset[str]:
    """Short forms that name a kind of body or place, not one body: body heads, levels, place words, unit kinds."""
    out: set[str] = set()
    for name in ("bodies", "admin_levels", "place_words", "unit_kinds"):
        out |= set(lexicon.by_key(name))
    return frozenset(out | {key(a) for a in lexicon.abbreviations()})
