"""A person's full name after the lower-case word for a case ("vụ Nguyễn Văn A", the case of A; ``case_words.tsv``):
the word is no body's head there (the capitalised "Vụ" of ``bodies.tsv`` is a ministry's department, and a
lower-case "vụ" before a capitalised run made the run a unit's name). Only a run that opens with a listed family
name and holds three or more syllables is a name: "vụ Đồng Tâm" (a commune's affair) stays a place's."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


@cache
def _case_words() -> frozenset[str]:
    """The words of ``case_words.tsv`` as written (lower case)."""
    return frozenset(r[0] for r in lexicon.rows("case_words"))


def case_before(s: _Sent, k: int, e: int) -> bool:
    """Token k-1 is a lower-case word for a case (or that word opening the sentence), right before the run k..e of
    three or more syllables that opens with a listed family name: the run names the person the case is about."""
    if k < 1 or e - k < 3 or not s.adjacent(k):
        return False
    word = s.toks[k - 1].text
    if word not in _case_words() and not (k == 1 and word.lower() in _case_words()):
        return False  # lower case, or capitalised only where it opens the sentence ("Vụ Nguyễn Văn A: …")
    return key(s.toks[k].text) in _word_set("surnames")
