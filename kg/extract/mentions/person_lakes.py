"""Lakes named like persons: "Hồ" is a family name and the lake noun ("hồ Núi Cốc"). A name kept only for its shape
(anchor ``name``, no title, honorific or cue anywhere in the document) that opens with such a word names a lake
when the document writes it after the lower-case noun ("đập chính Hồ Núi Cốc" beside "hồ Núi Cốc"), or, unless a
middle name follows the family name ("Hồ Văn A" is a person's shape), when the document speaks of lakes: a phrase
of ``person_cues.tsv`` (role ``water``: "hồ chứa", "lòng hồ") or the noun before another capitalised name ("các
hồ Khuôn Tát, …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from kg.extract import names
from kg.extract.mentions.sentence import _word_set
from kg.extract.normalise import key
from kg.extract.tokens import UPPER


@cache
def _lake_words() -> frozenset[str]:
    """Family names that are also place nouns of ``place_words.tsv`` ("hồ")."""
    return _word_set("surnames") & _word_set("place_words")


def lakes_named(text: str, cands: Iterable[str]) -> set[str]:
    """The candidate names (shape-only person names) that the document writes as a lake's name."""
    out: set[str] = set()
    lakes = _lake_words()
    for name in cands:
        words = name.split()
        if len(words) < 2 or key(words[0]) not in lakes:
            continue  # the gate: only a name that opens with "Hồ" reads on
        noun = words[0].lower()
        if re.search(r"(?<!\w)" + re.escape(" ".join([noun, *words[1:]])) + r"(?!\w)", text):
            out.add(name)  # "hồ Núi Cốc" elsewhere: the lake
        elif key(words[1]) not in _word_set("middle_names") and _speaks_of_lakes(text, noun):
            out.add(name)
    return out


def _speaks_of_lakes(text: str, noun: str) -> bool:
    """The document holds a lake's phrase ("hồ chứa", "lòng hồ") or the lower-case noun before a capitalised name."""
    if re.search(r"(?<!\w)" + re.escape(noun) + r"\s+[" + UPPER + "]", text):
        return True
    folded = key(text)
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", folded) for p in names.cue_phrases("water"))
