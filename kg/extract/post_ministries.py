"""A national ministry's field written right after a title the lexicon finds no body for, without "Bộ" ("Bộ trưởng
Thông tin và Truyền thông", "Thứ trưởng Lao động - Thương binh và Xã hội"; ``ministry_fields.tsv``): the bare walk
of :func:`kg.extract.post_ends.bare_body_end` stops at the field's lower-case syllable, its "và", dash or comma.
Read by :mod:`kg.extract.post_tails`."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names
from kg.extract.normalise import key

_TOKEN = re.compile(r"\s*([^\W\d_]+|[-–,&])")


@cache
def _fields() -> tuple[tuple[str, ...], ...]:
    """The folded words (and dashes, commas) of each field, longest first."""
    out = {tuple(_norm(t) for t in _TOKEN.findall(r[0])) for r in lexicon.rows("ministry_fields")}
    return tuple(sorted(out, key=lambda f: (-len(f), f)))


def _norm(token: str) -> str:
    """A dash, an en dash, "&" and "và" join two words of a field alike ("Tài nguyên - Môi trường")."""
    return "và" if token in ("-", "–", "&") else key(token)


def field_end(text: str, end: int, limit: int) -> int:
    """The end of a ministry's field that opens, capitalised, right after the title ending at ``end`` and is not
    the start of a longer lower-case name (punctuation, a capitalised word, or a verb, function or time word —
    ``name_stops``, verbs of saying, ``phrase_openers`` — alone or with the word after it follows); 0 when none."""
    first = _TOKEN.match(text, end, limit)
    if first is None or not first.group(1)[0].isupper():
        return 0
    fields = _fields()
    toks: list[tuple[str, int]] = []
    pos = end
    while len(toks) < len(fields[0]) and (m := _TOKEN.match(text, pos, limit)):
        toks.append((_norm(m.group(1)), m.end()))
        pos = m.end()
    seen = tuple(t for t, _ in toks)
    for f in fields:
        if seen[: len(f)] == f and f[-1] not in ("và", ","):
            out = toks[len(f) - 1][1]
            if _closed(text, out, limit):
                return out
    return 0


def _closed(text: str, pos: int, limit: int) -> bool:
    nxt = _TOKEN.match(text, pos, limit)
    if nxt is None or not nxt.group(1).isalpha() or not nxt.group(1).islower():
        return True
    two = _TOKEN.match(text, nxt.end(), limit)
    return key(nxt.group(1)) in _stops() or two is not None and key(f"{nxt.group(1)} {two.group(1)}") in _stops()


@cache
def _stops() -> frozenset[str]:
    return lexicon.words("name_stops") | names.cue_phrases("speech") | lexicon.words("phrase_openers")
