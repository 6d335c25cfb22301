"""The unit a bare title heads, written after it in words the walk of :mod:`kg.extract.post_ends` stops at: the kind
of a unit whose head the title holds and the unit's number ("tổ trưởng dân phố 11" heads "tổ dân phố 11"), a vessel
and its registration code ("Thuyền trưởng tàu BĐ 12345"), a body of the title's own head after a comma ("Phó Tổng
cục trưởng, Tổng cục X" is the post of "Phó Tổng cục trưởng Tổng cục X"), and a mission's seat after "tại" ("Tổng
lãnh sự Vương quốc X tại Thành phố Y"). Vocabulary: ``unit_kinds.tsv``. Read by :mod:`kg.extract.post_tails`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key

_LOWER = re.compile(r"\s+([^\W\d_A-ZĐ]\w*)")
# the unit's number, closed by punctuation, a spaced dash or the sentence's end ("dân phố 11,", "dân phố số 4.")
_NUMBER = re.compile(r"\s+(?:số\s+)?\d{1,3}(?![\w/.,]\d)(?=\s*[,.;:)]|\s+[-–]\s|\s*$)")
# a boat's registration code ("BĐ 99179", "BV-91234"; a trailing "TS" is left out: it reads as a degree, "TS A")
_CODE = r"\s+[A-ZĐ]{1,4}[ .-]?\d{3,6}(?!\w)"
_AT = re.compile(r"\s+tại\s+")


def unit_end(text: str, title_end: int, limit: int) -> int:
    """The end of the unit a bare title ending at ``title_end`` heads when the text names it with the title's head
    inside the title ("tổ trưởng dân phố 11") or as a vessel and its code ("Thuyền trưởng tàu BĐ 12345"); 0 else."""
    vessel = _vessel().match(text, title_end, limit)
    if vessel:
        return vessel.end()
    last = key(text[max(0, title_end - 24) : title_end]).split()[-2:]
    if len(last) < 2 or last[1] not in (key("trưởng"), key("phó")):
        return 0
    kinds, pos, seen = lexicon.roles("unit_kinds").get("head-kind", frozenset()), title_end, [last[0]]
    while len(seen) < 4 and (m := _LOWER.match(text, pos, limit)):
        pos = m.end()
        seen.append(key(m.group(1)))
        if " ".join(seen) in kinds and (num := _NUMBER.match(text, pos, limit)):
            return num.end()
    return 0


@cache
def _vessel() -> re.Pattern[str]:
    return re.compile(r"\s+" + lexicon.alternation("unit_kinds", 1, "vessel") + _CODE)


def own_body(title: Mention, body: Mention | None, end: int, parent: Mention) -> bool:
    """A bare title that heads a unit of ``parent``'s head ("Cục trưởng", "Phó Tổng Cục trưởng", "Trưởng phòng"),
    right before a comma and ``parent``: the body is the title's own, not a second unit listed."""
    if body is not None or end != title.end:
        return False
    words = key(title.text).split()
    words = words[1:] if words[:1] == [key("phó")] else words
    unit = words[:-1] if words[-1:] == [key("trưởng")] else words[1:] if words[:1] == [key("trưởng")] else []
    head = key(parent.attr("head") or parent.text.split()[0])
    return bool(unit) and " ".join(unit) == head and head in lexicon.by_key("bodies")


def seat_end(text: str, end: int, bodies: Sequence[Mention]) -> int:
    """A post phrase ending at ``end`` with a country's name (``countries.tsv``) goes on over "tại" and a named
    place with its level right after it: a mission's seat ("Tổng lãnh sự Vương quốc X tại Thành phố Y"); else
    ``end``."""
    at = _AT.match(text, end)
    if at is None:
        return end
    place = next((b for b in bodies if b.start == at.end() and b.kind == "place" and b.attr("level")), None)
    words = key(text[max(0, end - 40) : end]).replace("-", " ").split()
    countries = _countries()
    if place is None or not any(" ".join(words[-n:]) in countries for n in (4, 3, 2, 1) if n <= len(words)):
        return end
    return place.end


@cache
def _countries() -> frozenset[str]:
    return frozenset(k.replace("-", " ") for k in lexicon.words("countries"))
