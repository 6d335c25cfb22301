"""An award given to a work: "trao giải Nhất cho tác phẩm “X” của tác giả A" — the work's quoted title does not end
the recipients' list; the author or body after it ("của …") receives (``award_parts.tsv``, role ``work``)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import alt


@cache
def _work_title() -> re.Pattern[str]:
    return re.compile(r"(?:" + alt("work") + r")\s+[“\"]([^“”\"\n]{1,150})[”\"]\s+(?=của\s)", re.IGNORECASE)


def past_work_title(text: str, lo: int, limit: int) -> int:
    """Where the recipients' list may go on when it opens at ``lo`` with a work noun and its quoted title followed
    by "của" (the place after the title), else ``lo``."""
    m = _work_title().match(text, lo, limit)
    return m.end() if m else lo
