"""Which person already linked a person mention names: a shorter form of a longer name, the same name spelt with
"i" or "y", or an epithet (``epithets.tsv``: "Bác Hồ") of a person the article names in full ("Chủ tịch Hồ Chí Minh";
the annotators merge the two; where the full name is no person of the article the epithet stays one of its own)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract import lexicon, person_gender
from kg.extract.document import Mention
from kg.extract.normalise import iy_fold, key
from kg.extract.person_namesakes import namesake

if TYPE_CHECKING:
    from kg.extract.link import Entity


def same_person(m: Mention, full: Sequence[Entity], person_key: str, text: str = "") -> Entity | None:
    """The entity of ``full`` (longer names first) that mention ``m`` (whose own identity key is ``person_key``)
    names: its last words or a part of a foreign name (of several, the one named last before it:
    :mod:`kg.extract.person_namesakes`; never one of the other sex than its honorific in ``text``), its "i"/"y"
    spelling, or the full name of its epithet."""
    words = m.text.split()
    match = namesake(words, m.start, full, person_gender.said_before(text, m.start)) or next(
        (e for e in full if e.key != person_key and iy_fold(e.key) == iy_fold(person_key)), None)  # "Sỹ"
    if match is not None or m.attr("anchor") != "epithet":
        return match
    entry = lexicon.by_key("epithets").get(key(m.text))
    whole = key(entry.extra[0]) if entry is not None and entry.extra and entry.extra[0] else ""
    return next((e for e in full if whole and key(e.label) == whole), None)
