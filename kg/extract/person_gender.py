"""The sex a name's context states, where it states one: the honorific right before a short form ("ông", "anh":
``Mr`` in ``honorifics.tsv``; "bà", "chị", "cô": ``Ms``) and the middle name of a full name ("Văn": ``male middle
name``, "Thị": ``female middle name`` in ``middle_names.tsv``). A short form never names a full name of the other
sex: "ông Lan" is not "Trần Thị Lan" (a man of another story on the same page)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

_LAST_WORD = re.compile(r"(\w+)\s+$")


@cache
def _honorifics() -> dict[str, str]:
    sexes = {"mr": "m", "ms": "f"}
    return {e.key: sexes[e.en.lower()] for e in lexicon.entries("honorifics") if e.en.lower() in sexes}


@cache
def _middles() -> dict[str, str]:
    out: dict[str, str] = {}
    for e in lexicon.entries("middle_names"):
        en = e.en.lower()
        if en.startswith(("male ", "female ")):
            out[e.key] = "f" if en.startswith("female") else "m"
    return out


def said_before(text: str, start: int) -> str:
    """"m" or "f" when the word right before offset ``start`` is an honorific of one sex, else ""."""
    m = _LAST_WORD.search(text, max(0, start - 12), start)
    return _honorifics().get(key(m.group(1)), "") if m else ""


def of_name(label: str) -> str:
    """"m" or "f" when a middle word of the full name ``label`` is a middle name of one sex, else ""."""
    words = key(label).split()
    return next((_middles()[w] for w in words[1:-1] if w in _middles()), "")
