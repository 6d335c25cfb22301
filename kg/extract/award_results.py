"""Graded prizes listed by their counts: after a give, receive or win verb, with or without their counts, the
ordinal grades ("trao 1 giải nhất, 2 giải nhì, 3 giải ba và 5 giải khuyến khích") and the prizes of the national
press kind graded by a capital letter (A, B, C: "trao 7 giải A, 24 giải B và 25 giải Khuyến khích"); and a result's
count of winners split by grade ("95 tác phẩm đạt giải, trong đó có 7 giải A, 24 giải B …") lists the prizes given,
each of them an award. A contest's rules without a verb ("Cơ cấu giải gồm 6 giải Nhất") stay out."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import alt


@cache
def _listed() -> re.Pattern[str]:
    grade = r"(?:" + alt("grade-value") + "|" + alt("prize-grade") + r"|(?-i:[ABC]))(?!\w)"
    item = r"(?:\d+\s+)?giải\s+" + grade
    sep = r"(?:\s*,|\s+và)\s*"
    verb = r"(?<!\w)(?:trao|tặng|nhận|đoạt|đạt|giành)\s+" + item + r"(?:" + sep + item + r")*" + sep
    result = r"(?<!\w)đạt\s+giải\s*,?\s+(?:trong\s+đó\s+)?(?:có|gồm)\s*:?\s+(?:" + item + sep + r")*"
    return re.compile(r"(?:" + verb + "|" + result + r")(?:\d+\s+)?$", re.IGNORECASE)


def listed_grade(view_before: str) -> bool:
    """The prize word continues (or, after a result, opens) a list of graded prizes by counts."""
    return _listed().search(view_before) is not None
