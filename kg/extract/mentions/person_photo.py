"""The persons a photo shows: a credit word after the word that makes it a caption's ("Trong ảnh: Nguyễn Văn A,
Giám đốc …", ``stopnames.tsv`` role caption) names who is in the picture, not who took it, so the name after it is
no credit. Read by :mod:`kg.extract.mentions.persons`."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _captions() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "caption")


def photo_subject(s: _Sent, k: int) -> bool:
    """The credit word before token k (right before it, or before a colon) and the word before it are a caption's
    phrase of ``stopnames.tsv``."""
    toks = s.toks
    j = k - 2 if k > 1 and toks[k - 1].text == ":" else k - 1
    return j >= 1 and f"{key(toks[j - 1].text)} {key(toks[j].text)}" in _captions()
