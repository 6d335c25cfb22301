"""A body's lower-case name right after a title that a verb of saying closes ("Tổ trưởng tổ công tác thẩm định tàu
cá đã cho biết", "Chi hội trưởng hội nông dân xóm cho hay"): the name's subject ends where the clause's verb of
saying opens, past up to two adverbs before a verb (``event_words.tsv`` class ``pre-verb``: "đã", "cũng"); the
verbs are the ``speech`` rows of ``person_cues.tsv``. Read by :func:`kg.extract.mentions.bodynames.lower_name_end`
(issue 8, round prec38)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.extract import lexicon, names
from kg.extract.normalise import key
from kg.extract.tokens import Token


@cache
def _pre_verbs() -> frozenset[str]:
    return frozenset(key(r[0]) for r in lexicon.rows("event_words") if r[2:3] == ["pre-verb"])


def said_at(toks: Sequence[Token], j: int) -> bool:
    """Token j opens a verb of saying, maybe after one or two lower-case adverbs before a verb."""
    for _ in range(3):
        if j >= len(toks) or not toks[j].text[:1].islower():
            return False
        if names.cue_after(toks, j, "speech"):
            return True
        if key(toks[j].text) not in _pre_verbs():
            return False
        j += 1
    return False
