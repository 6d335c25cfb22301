"""Places named after a person, read as a title's holder: "Chủ tịch UBND phường X" (the place's name after the
level word, its head left unnamed) where the same document also writes "phường X" with no title before it ("tại
phường X, thành phố Y"). There X is a place, and so after the title too, unless an honorific, a rank or a cue makes
X a person somewhere in the document."""

from __future__ import annotations

import re

from kg.extract.document import Mention
from kg.extract.mentions.sentence import _levels, _Sent
from kg.extract.normalise import key

_VOUCHING = frozenset({"honorific", "rank", "noun", "speech", "subject", "age"})


def _level_right_before(text: str, start: int) -> bool:
    """One or two words right before ``start`` (on the same line) are a level word ("phường", "thị xã")."""
    words = text[max(0, start - 20) : start].split("\n")[-1].split()
    return any(len(words) >= n and key(" ".join(words[-n:])) in _levels() for n in (1, 2))


def _held_before(text: str, start: int, person_ends: set[int]) -> bool:
    """A person's name ends right before offset ``start``, a comma or a spaced dash between."""
    m = re.search(r"(?:,|\s[-–])\s*$", text[max(0, start - 4) : start])
    return m is not None and max(0, start - 4) + m.start() in person_ends


def level_places(text: str, found: list[Mention]) -> set[tuple[int, int]]:
    """(start, end) of the person mentions, anchored by a title, that stand right after a level word, when the
    document writes that name after a level word elsewhere as no person's and with no title close before it (but
    the title of a person named right before it: "bà A, Bí thư phường X")."""
    vouched = {m.text for m in found if m.kind == "person" and m.attr("anchor") in _VOUCHING}
    persons = {m.start for m in found if m.kind == "person"}
    person_ends = {m.end for m in found if m.kind == "person"}
    # titles whose holder is named right before them ("bà A, Bí thư phường X"): after one, X is no person either
    title_ends = sorted({m.end for m in found if m.kind == "title" and not _held_before(text, m.start, person_ends)})
    out: set[tuple[int, int]] = set()
    for m in found:
        if m.kind != "person" or m.attr("anchor") != "title" or m.text in vouched or len(m.text.split()) < 3 \
                or not _level_right_before(text, m.start):
            continue
        for q in re.finditer(r"(?<!\w)" + re.escape(m.text) + r"(?!\w)", text):
            a = q.start()
            if a not in persons and _level_right_before(text, a) and not any(a - 60 <= t <= a for t in title_ends):
                out.add((m.start, m.end))
                break
    return out


def ends_with_level(s: _Sent, a: int, b: int) -> bool:
    """A name kept for its shape only (tokens a..b-1) whose last word is a level word written capitalised, after
    two words at least ("… nông nghiệp Hà Ninh Xã được hỗ trợ": a unit's name and the first word of a sentence whose
    full stop is lost): no person's name."""
    return b - a >= 3 and key(s.toks[b - 1].text) in _levels()
