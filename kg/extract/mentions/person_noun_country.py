"""A person noun, then a country, then a foreign name (round names42b, issue 8 item 4): "tỷ phú Trung Quốc Wang
Dalin", "ca sĩ người Mỹ John Tamura". The country is the person's nationality, not part of the name, and the noun
before it (``person_cues.tsv``, role ``noun``) anchors the name as a title would."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key

_NATIONALITY = "người"  # "ca sĩ người Mỹ …": the word that turns a country into a nationality


def noun_before_country(s: _Sent, i: int, k: int, e: int) -> bool:
    """The country i..k, right after a person noun (maybe through "người"), is followed by two or more Latin words
    k..e of a person's name shape (:func:`_latin_name`)."""
    words = [t.text for t in s.toks[k:e]]
    if e - k < 2 or i < 1 or not s.adjacent(i) or not _latin_name(words):
        return False
    before = [key(t.text) for t in s.toks[max(0, i - 4) : i]]
    if before and before[-1] == _NATIONALITY:
        before = before[:-1]
    return names.cue_before(before, "noun")


def _latin_name(words: list[str]) -> bool:
    """Unmarked Latin words, the last no Vietnamese syllable ("Lu Zhenhao": "Lu" spells one), none of an
    organisation's, work's or place's name and no capital inside a word (:func:`kg.extract.names.person_like`)."""
    return all(w.isascii() and w.isalpha() for w in words) and names.is_foreign(words[-1]) and names.person_like(words)
