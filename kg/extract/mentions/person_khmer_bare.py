"""A Khmer name whose first word is no Vietnamese syllable as the press writes it ("Chau", "Neang":
``khmer_name_words.tsv``) and one or two capitalised syllables after it ("Chau A đã …", "của Chau A"): such a name
is often written with no honorific, title or age anywhere in the article, and no Vietnamese family name, place,
street or body opens with such a word, so the words need no anchor. A withheld initial after it ("ông Chau T") is
no given name. The tests of :mod:`persons` use it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _khmer_words() -> frozenset[str]:
    return lexicon.words("khmer_name_words")


@cache
def _initials() -> frozenset[str]:
    """The capital first letters of the listed words: a test cheaper than the key of every candidate's first word."""
    return frozenset(w[:1].upper() for w in _khmer_words())


def khmer_bare(s: _Sent, k: int, e: int) -> bool:
    """The candidate k..e is two or three words, the first a listed Khmer name word, the rest capitalised
    syllables of two letters or more ("Chau A B"; not "Chau T", a withheld name, nor "Chau ABC", an abbreviation)."""
    if s.toks[k].text[:1] not in _initials() or not 2 <= e - k <= 3 or key(s.toks[k].text) not in _khmer_words():
        return False  # the cheap gates first
    return all(s.toks[x].is_cap and s.toks[x].is_word and not s.toks[x].is_upper and len(s.toks[x].text) > 1
               and s.adjacent(x) for x in range(k + 1, e))
