"""A photo caption's position after a name: "Lê Hùng (bìa phải) trao quà …", "… (thứ hai từ trái sang)".

    NAME ( POSITION )             POSITION: the whole bracket is a phrase of ``person_cues.tsv``, role
                                  ``photo-place`` ("bìa phải", "đứng giữa", "trái")
    NAME ( thứ ORDINAL [,] POSITION )   "thứ hai từ trái sang", "thứ 3, từ phải sang"

Only people stand in a photo at a place a caption names, so the name before such a bracket is a person's.
Pure, over tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract import lexicon
from kg.extract.normalise import key
from kg.extract.tokens import Token

_LONGEST = 8  # tokens inside the bracket at most


def _positions() -> frozenset[str]:
    return lexicon.roles("person_cues").get("photo-place", frozenset())


def caption_after(toks: Sequence[Token], e: int) -> bool:
    """A bracket right after token e-1 holds nothing but a photo position ("(bìa phải)", "(thứ hai từ trái
    sang)")."""
    if e >= len(toks) or toks[e].text != "(":
        return False
    close = next((x for x in range(e + 1, min(len(toks), e + _LONGEST + 2)) if toks[x].text == ")"), -1)
    words = [key(t.text) for t in toks[e + 1 : close]] if close > e + 1 else []
    if len(words) > 2 and words[0] == "thứ":
        words = words[3:] if toks[e + 3].text == "," else words[2:]  # the ordinal after "thứ", maybe a comma
    return " ".join(words) in _positions()
