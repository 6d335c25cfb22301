"""A rank's word written alone before a name ("Tướng Somchai Pattanakorn", "và Tướng Lê Văn A"): the press calls a
general "Tướng" with no grade; capitalised, right before the name and after no capitalised word (so not the end of a
title or a full rank: "Thủ Tướng X", "Đại Tướng X"), it anchors the name as a rank does (``person_cues.tsv``, role
bare-rank). The anchors of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def bare_rank_before(s: _Sent, k: int) -> bool:
    """Token k-1 is a capitalised bare rank word right before token k, and token k-2 (if any) is no capitalised
    word: the name from token k is a person's."""
    if k < 1 or not s.adjacent(k):
        return False
    rank = s.toks[k - 1]
    if not rank.text[:1].isupper() or key(rank.text) not in names.cue_phrases("bare-rank"):
        return False
    return k == 1 or not s.toks[k - 2].text[:1].isupper()  # the sentence's first word, after punctuation or a
    # lower-case word
