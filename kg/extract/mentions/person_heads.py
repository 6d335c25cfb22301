"""A body's one-word head right after a profession or a rank ("các bác sĩ Khoa Nhi", "bác sĩ Khoa Hồi sức",
"Đại úy Đội Cảnh sát …"): the capitalised run names the body the people work in (a hospital department, a faculty,
a team), not a person, when its first word is such a head (``bodies.tsv``: "Khoa", "Phòng", "Viện" …) and no listed
family name, and the run spells no foreign name. After "ông" or "bà" such a word may open a pen name ("ông Trường
Chinh"), so only a profession (``honorifics.tsv`` classes profession, academic) or a rank before the run counts."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _one_word_heads() -> frozenset[str]:
    """Folded one-word heads of ``bodies.tsv`` that are no family name of ``surnames.tsv``."""
    heads = {key(r[0]) for r in lexicon.rows("bodies") if r and " " not in r[0].strip()}
    return frozenset(heads - lexicon.words("surnames"))


@cache
def _professions() -> frozenset[str]:
    return lexicon.classed("honorifics", 2, "profession") | lexicon.classed("honorifics", 2, "academic")


def department_after_profession(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """Tokens k..e open with a body's one-word head and no family name right after a profession or a rank."""
    words = [t.text for t in s.toks[k:e]]
    if not words or key(words[0]) not in _one_word_heads() or names.foreign_name(words):
        return False
    before = [key(t.text) for t in s.toks[max(0, k - 3) : k]]
    return anchor == "rank" or any(" ".join(before[-n:]) in _professions() for n in (1, 2, 3))
