"""A Khmer family name and one syllable right after an honorific ("ông Danh A", "anh Danh A"): Khmer names are
often two words, and a family name that is also the first word of a listed body, title, event or award ("Danh" of
"Danh hiệu"; ``khmer_surnames.tsv``) made the pair read as a thing's name. After an honorific, with nothing
capitalised after the syllable, the pair is a person's name. :func:`person_thing_tests._names_a_thing` uses it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _khmer_names() -> frozenset[str]:
    return lexicon.words("khmer_surnames")


def khmer_pair(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """The candidate k..e is two words after an honorific, the first a listed Khmer family name and the second one
    capitalised syllable, and no capitalised word follows: a person's name ("ông Danh A, …")."""
    if anchor != "honorific" or e - k != 2 or key(s.toks[k].text) not in _khmer_names():
        return False  # the cheap gate
    given = s.toks[k + 1]
    return given.is_cap and given.is_word and not given.is_upper and s.adjacent(k + 1) \
        and not (e < len(s.toks) and s.toks[e].is_cap and s.adjacent(e))
