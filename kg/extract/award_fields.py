"""A prize named with its field and named again without it: "Giải thưởng Nhà nước về văn học, nghệ thuật năm 2017"
and "Giải thưởng Nhà nước" in one report tell one prize (the field phrases are ``award_parts`` role ``phrase`` that
open with "về"), so their conferral facts merge (:mod:`kg.extract.conferral_merge`) and the name with the field wins
the label."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import parts
from kg.extract.normalise import key


@cache
def _field_end() -> re.Pattern[str]:
    fields = sorted((key(p) for p in parts("phrase") if key(p).startswith("về ")), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in fields) + r")(?:\s+năm\s+\d{4})?$")


def _bare(name: str) -> str:
    return name.replace('"', "").strip()


def field_added(short: str, full: str) -> bool:
    """``full`` is ``short`` with a field phrase (and maybe a year) after it (folded names, quotes left out)."""
    short, full = _bare(short), _bare(full)
    m = _field_end().search(full)
    return m is not None and not _field_end().search(short) and full[: m.start()] == short


def but_field(a: str, b: str) -> bool:
    """The same prize, one name with its field after it and the other without it."""
    return field_added(a, b) or field_added(b, a)
