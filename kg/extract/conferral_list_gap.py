"""What may stand between two givers of a list besides "," or "và", for the body-list walk of
:mod:`kg.extract.conferrals` ("A, B và C trao AWARD": each body gives): a gloss in brackets after a body ("Cục A (Bộ
B) và UBND tỉnh C đã trao tặng …" — the bodies inside the brackets only place the one before them, they give
nothing) and a level word the next body's mention leaves out ("T.Ư Hội A, T.Ư Hội B tổ chức lễ trao …"; lexicon
``list_level_words.tsv``)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention


@cache
def _gap() -> re.Pattern[str]:
    words = sorted((r[0] for r in lexicon.rows("list_level_words")), key=lambda f: (-len(f), f))
    levels = "|".join(re.escape(f) for f in words) or "(?!)"
    return re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:[,;]|,?\s*và)\s*(?:(?-i:" + levels + r")\s+)?", re.IGNORECASE)


def joins(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` joins two givers of a list: "," / ";" / "và", after a gloss in brackets and before a
    level word."""
    return _gap().fullmatch(text, a, b) is not None


def unbracketed(text: str, mentions: list[Mention], lo: int) -> list[Mention]:
    """The mentions of ``mentions`` not inside brackets opened after ``lo`` (also the recipients of
    :mod:`kg.extract.conferral_recipients`: "cho bà B (vợ ông A)": B)."""
    return [m for m in mentions if text.count("(", lo, m.start) <= text.count(")", lo, m.start)]
