"""A foreign name in Latin letters, some of whose words happen to spell a Vietnamese syllable ("Da", "Than"): the
press writes a foreign official's name without tone marks, so words unmarked, at least two of them no Vietnamese
syllable and the first one none, spell one foreign name ("Aurelio Bento Da Mota"), as do words none of which is a
Vietnamese syllable (:func:`kg.extract.names.foreign_name`). After a person noun (``person_cues.tsv``, ``noun``:
"tỷ phú", "tác giả") two or three unmarked Latin words whose last is no Vietnamese syllable spell a foreign name too,
its given name a syllable or not ("Tom Miller", "Liu Zhongtian"; names52)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract import names


def foreign_words(words: Sequence[str]) -> bool:
    """The words spell a foreign name: :func:`kg.extract.names.foreign_name`, or three or more unmarked Latin words,
    the first and at least one more no Vietnamese syllable ("Kyaw Zaw Khin Than")."""
    if names.foreign_name(words):
        return True
    return len(words) >= 3 and all(w.isascii() and w.isalpha() for w in words) \
        and names.is_foreign(words[0]) and sum(names.is_foreign(w) for w in words) >= 2


def noun_latin_name(words: Sequence[str]) -> bool:
    """Two or three capitalised unmarked Latin words, the last no Vietnamese syllable and no hyphenated word among
    them ("Tom Miller", "Liu Zhongtian"): the foreign name a person noun before it anchors (the caller checks the
    noun and :func:`kg.extract.names.person_like`)."""
    return 2 <= len(words) <= 3 and all(w.isascii() and w.isalpha() and w[0].isupper() for w in words) \
        and names.is_foreign(words[-1])
