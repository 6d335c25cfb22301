"""A country's name after "người" (a nationality: "tiền vệ người Brazil X") or "của" (a possessor: "Trưởng đoàn
của Thái Lan X Y"), with a foreign word right after it: the country is the person's, never the first words of the
name, even where its first syllable spells a family name ("Thái Lan"). :mod:`persons` uses it, in
``_after_country`` and before it takes a four-word run whole."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key

_BEFORE = frozenset({"người", "của"})  # "người <country>": a nationality; "của <country>": a possessor


def nationality_end(s: _Sent, i: int, run_end: int) -> int | None:
    """Where the name starts (after the country) when the run i..run_end opens with a country's name
    (``countries.tsv``, longest first) right after "người" or "của" and a foreign word follows it; None otherwise."""
    toks = s.toks
    if i < 1 or key(toks[i - 1].text) not in _BEFORE or not s.adjacent(i):
        return None
    for n in (3, 2, 1):
        k = i + n
        if k < run_end and " ".join(key(t.text) for t in toks[i:k]) in _word_set("countries") \
                and names.is_foreign(toks[k].text):
            return k
    return None
