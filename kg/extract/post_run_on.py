"""A post phrase that only a space joins to the posts before a name is no post of that name (issue 8, round
prec40b).

    GS. Lò Văn Tám Ủy viên Bộ Chính trị, Chủ tịch nước Tổng Bí thư Hà Văn Chín   → only "Tổng Bí thư" is Chín's

Posts stacked before one name are joined by a comma, a dash, "kiêm" or "và"; a bare space between two post phrases
is where a run-on caption ends one person's posts (written after his name) and starts the next person's: the chain
of the name after it stops there. Read by :mod:`kg.extract.facts.holdings`.
"""

from __future__ import annotations


def bare_space(text: str, end: int, cursor: int) -> bool:
    """Only whitespace stands between a post phrase ending at ``end`` and the next post of the chain at ``cursor``."""
    return end < cursor and not text[end:cursor].strip()
