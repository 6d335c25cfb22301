"""A rank's word written alone before a name ("Tướng Somchai Pattanakorn", "và Tướng Lê Văn A", "tướng X Y"): the
press calls a general "Tướng" with no grade; right before the name, it anchors the name as a rank does
(``person_cues.tsv``, role bare-rank). Capitalised, it follows no capitalised word (so it is not the end of a title
or a full rank: "Thủ Tướng X", "Đại Tướng X"); in lower case, it ends no title, rank or body of the lexicon with the
word before it ("thủ tướng X", "đại tướng X" are a post and a full rank). The anchors of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _phrases, _Sent
from kg.extract.normalise import key


def bare_rank_before(s: _Sent, k: int) -> bool:
    """Token k-1 is a bare rank word right before token k, and ends no title or full rank: the name from token k is
    a person's."""
    if k < 1 or not s.adjacent(k):
        return False
    rank = s.toks[k - 1]
    if key(rank.text) not in names.cue_phrases("bare-rank"):
        return False
    if k == 1:
        return rank.text[:1].isupper()  # the sentence's first word
    prev = s.toks[k - 2]
    if rank.text[:1].isupper():
        return not prev.text[:1].isupper()  # after punctuation or a lower-case word
    return not prev.text[:1].isupper() and f"{key(prev.text)} {key(rank.text)}" not in _phrases()  # not "thủ tướng"


def bare_rank_opens(s: _Sent, i: int) -> bool:
    """Token i is a capitalised bare rank word anchoring the name right after it ("… và Tướng X Y gây dựng"): it
    opens no name's run (the run starts after it)."""
    return s.toks[i].text[:1].isupper() and i + 1 < len(s.toks) and s.toks[i + 1].is_cap \
        and bare_rank_before(s, i + 1)
