"""A short form of a name that fits several full names of one report ("ông Bình" after "Trương Hòa Bình" and "Bùi
Thanh Bình") names the one named last before it; with none named before it, the first full name it fits."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from kg.extract import names, person_gender
from kg.extract.document import Mention


class _Named(Protocol):
    label: str
    mentions: list[Mention]


E = TypeVar("E", bound=_Named)


def namesake(words: list[str], start: int, full: Sequence[E], sex: str = "") -> E | None:
    """The full-named entity of ``full`` that the short form ``words`` at offset ``start`` names, or None; ``sex``
    ("m"/"f", from its honorific: :mod:`kg.extract.person_gender`) rules out full names of the other sex."""
    fits = [e for e in full if len(words) < len(e.label.split()) and names.part_of_name(words, e.label.split())
            and not (sex and person_gender.of_name(e.label) not in ("", sex))]
    if len(fits) < 2:
        return fits[0] if fits else None
    last = [max((x.start for x in e.mentions if x.start < start), default=-1) for e in fits]
    return fits[last.index(max(last))]  # the first of equals: with none named before it, the first fit
