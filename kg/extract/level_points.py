"""A level word abbreviated with a point inside a body's name ("UBND Q.3", "Công an P. Tân Định", "UBND H.Đức
Hòa"): written out for the body's identity key, so that "UBND Q.3" and "UBND quận 3" are one body and their posts
one post (``admin_levels.tsv``, column 4: the abbreviation a level word is written with, a point after it). Only
after a word of the name and before a number or a capital: an initial elsewhere is left as written."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.tokens import UPPER


@cache
def _levels() -> dict[str, str]:
    """Abbreviation (as written) → the level word it stands for."""
    return {r[3]: r[0] for r in lexicon.rows("admin_levels") if len(r) > 3 and r[3]}


@cache
def _pattern() -> re.Pattern[str]:
    alt = "|".join(sorted(map(re.escape, _levels()), key=len, reverse=True))
    return re.compile(rf"(?<=\s)({alt})\.\s?(?=\d|[{UPPER}](?![{UPPER}])\w)")  # "Q.3", "P. Tân Định"; not "P.K"


def spell_levels(text: str) -> str:
    """``text`` with each level word abbreviated with a point written out ("UBND Q.3" → "UBND quận 3")."""
    if "." not in text:
        return text
    return _pattern().sub(lambda m: f"{_levels()[m.group(1)]} ", text)
