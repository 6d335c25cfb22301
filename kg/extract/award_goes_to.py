"""A prize grade that "goes to" its winner, the result of a prize round told without a give verb: "hai giải Nhất
thuộc về loạt bài …", "Giải Nhất thể loại truyền hình thuộc về tác phẩm …" (round givers46)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import alt


@cache
def _goes_to() -> re.Pattern[str]:
    grade = alt("grade-value") + "|" + alt("prize-grade")
    return re.compile(r"\s+(?:" + grade + r")(?!\w)[^.,;:()“”\"]{0,40}?\s+thuộc\s+về(?!\w)", re.IGNORECASE)


def goes_to(text_after: str) -> bool:
    """The text right after "giải" is a grade and, within a short stretch of the same clause, "thuộc về"."""
    return bool(_goes_to().match(text_after))
