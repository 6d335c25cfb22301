"""A prize grade that "goes to" its winner, the result of a prize round told without a give verb: "hai giải Nhất
thuộc về loạt bài …", "Giải Nhất thể loại truyền hình thuộc về tác phẩm …" (round givers46). The winner opens the
words after "thuộc về": a name or a quoted title within the first few words, before any "của" ("thuộc về tác phẩm
“X” của …", "thuộc về nhóm tác giả A"); "giải Nhất thuộc về thẩm quyền của Hội đồng" names who decides, no winner."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import alt


@cache
def _goes_to() -> re.Pattern[str]:
    grade = alt("grade-value") + "|" + alt("prize-grade")
    return re.compile(r"\s+(?:" + grade + r")(?!\w)[^.,;:()“”\"]{0,40}?\s+thuộc\s+về(?!\w)", re.IGNORECASE)


_WINNER_END = re.compile(r"[.,;:!?()]|(?<!\w)của(?!\w)", re.IGNORECASE)


def goes_to(text_after: str) -> bool:
    """The text right after "giải" is a grade and, within a short stretch of the same clause, "thuộc về" and its
    winner (a capitalised word or a quoted title among the next four words, before "của" or a stop)."""
    m = _goes_to().match(text_after)
    if not m:
        return False
    rest = text_after[m.end() : m.end() + 80]
    stop = _WINNER_END.search(rest)
    return any(w[:1].isupper() or w[:1] in "“\"" for w in rest[: stop.start() if stop else None].split()[:4])
