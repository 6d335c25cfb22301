"""Names written without a title or honorific, found by the company they keep.

    LIST = NAME (, | và | ;) NAME …   where a neighbour is already a person: a two-syllable item that opens with
                                      a family name is a person too ("…: Nguyễn Huy Tưởng, Tô Hoài, Hồ Thiện Ngôn")

Places, streets and institutions are kept out by the caller's ``blocked`` check.

    FOREIGN = a word that is no Vietnamese syllable ("Leopoldo", "Pany") or a hyphenated transliteration
              ("Pu-tin"): Vietnamese writes one syllable per word, onset + vowels + final

Pure, over tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from kg.extract.normalise import key
from kg.extract.tokens import Token

_SEPARATORS = frozenset({",", ";", "và"})
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def is_foreign(word: str) -> bool:
    """The word is no Vietnamese syllable (tone marks and vowel marks folded, đ as d), or is hyphenated."""
    if "-" in word:
        return True
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
                   if unicodedata.category(c) != "Mn")
    return _SYLLABLE.fullmatch(bare) is None


def list_neighbours(toks: Sequence[Token], persons: Sequence[tuple[int, int]], surnames: frozenset[str],
                    is_name_word: Callable[[Token], bool],
                    blocked: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """(first, last exclusive) token spans of two-syllable names that stand in a list next to a person."""
    starts = {a for a, _ in persons}
    ends = {b for _, b in persons}
    taken = {x for a, b in persons for x in range(a, b)}
    out: list[tuple[int, int]] = []
    for k in range(len(toks) - 1):
        e = k + 2
        if k in taken or (k + 1) in taken or not (is_name_word(toks[k]) and is_name_word(toks[k + 1])):
            continue
        if key(toks[k].text) not in surnames or (e < len(toks) and is_name_word(toks[e])):
            continue
        if k > 0 and is_name_word(toks[k - 1]):
            continue
        before = k > 0 and toks[k - 1].text.lower() in _SEPARATORS and (k - 1) in ends
        after = e < len(toks) and toks[e].text.lower() in _SEPARATORS and (e + 1) in starts
        if (before or after) and not blocked(k, e):
            out.append((k, e))
    return out
