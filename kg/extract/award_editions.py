"""A prize named with its edition and year and named again with less of them: "Giải X lần thứ XI năm 2016", "Giải X
lần thứ XI" and "Giải X" in one report tell one prize, so their conferral facts merge
(:mod:`kg.extract.conferral_merge`) and the name that tells most of the edition wins the label; so do a name with
its year alone and without it ("Giải thưởng toàn quốc về X năm 2030", "Giải thưởng toàn quốc về X"). Two different
editions ("lần thứ X", "lần thứ XI") or years stay apart."""

from __future__ import annotations

import re

# folded names (:func:`kg.extract.normalise.key`): the edition, then its year or its round's years
_TAIL = re.compile(r"(?:\s+lần\s+thứ\s+(?:[ivxlc]+|\d{1,3}))?(?:\s+-\s+\d{4}(?:\s+-\s+\d{4})?|\s+năm\s+\d{4}"
                   r"(?:\s+-\s+\d{4})?)?$")


def _split(name: str) -> tuple[str, str]:
    """The name without its edition and year, and the edition and year (folded, quotes left out)."""
    name = name.replace('"', "").strip()
    m = _TAIL.search(name)
    return (name[: m.start()], name[m.start() :].strip()) if m else (name, "")


def edition_added(short: str, full: str) -> bool:
    """``full`` is ``short`` with more of its edition and year after it: "giải x lần thứ xi" → "giải x lần thứ xi năm
    2016", "giải x" → "giải x lần thứ xi" (a name of more than its kind)."""
    base_s, tail_s = _split(short)
    base_f, tail_f = _split(full)
    if base_s != base_f or " " not in base_s or len(tail_f) <= len(tail_s):
        return False
    return not tail_s or tail_f.startswith(tail_s + " ")


def but_edition(a: str, b: str) -> bool:
    """The same prize, one name with more of its edition and year than the other."""
    return edition_added(a, b) or edition_added(b, a)
