"""Which name a comma chain of post phrases between two names belongs to when a list writes each holder's posts
before the name ("Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy X A, Ủy viên Trung ương Đảng, Chủ tịch Hội Y B": the
posts after A open B's chain). Read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.posts import Phrase

_COMMA = re.compile(r"\s*,\s*")


def opens_next(text: str, name_end: int, after: Sequence[Phrase], then: Phrase, posts_first: bool) -> bool:
    """The post phrases ``after`` a name, each after a bare comma, go on with a bare comma to the phrase ``then``,
    a post with its body that runs into the next name, and the name's own posts stand before it (``posts_first``):
    the list writes its posts before the names, so the phrases after the name are the next name's (not after a bare
    title repeated before each name as a form of address: "ĐB A, Phó Giám đốc Sở X, ĐB B": A's)."""
    if not posts_first or not after or then[1] is None:
        return False
    ends = [name_end] + [ph[3] for ph in after]
    starts = [ph[2] for ph in after] + [then[2]]
    return all(_COMMA.fullmatch(text, e, s) is not None for e, s in zip(ends, starts, strict=True))
