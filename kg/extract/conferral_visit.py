"""The giver of a cash reward told after a visit: "A (cùng các cơ quan …) (đã) đến trụ sở X để thăm, động viên và
thưởng đột xuất …", "A đã đến thăm, động viên và khen thưởng đột xuất …" (A visits and rewards; the verbs told beside
the reward are ``award_parts`` role ``beside``)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.award_names import alt
from kg.extract.awards import QUANTITY


@cache
def _visit() -> re.Pattern[str]:
    """The stretch from the subject's end to the award: companions ("cùng các …"), "đến/tới (PLACE để)", the verbs
    told beside the reward, each closed by "," or "và", and a "khen" that opens "khen thưởng"."""
    return re.compile(r"(?:\s*,?\s+cùng(?:\s+với)?\s+(?:các|những|đoàn)\s[^,;.:]{1,60}?)?"
                      r"(?:\s+(?:đã|cũng|vừa|trực tiếp))*\s+(?:đến|tới)(?:\s+[^,;.:]{1,60}?\s+để)?"
                      r"(?:\s+(?:" + alt("beside") + r")(?:\s+(?-i:[^\W\d_A-ZĐ]+)){0,2}?(?:\s*,|\s+và))+"
                      r"(?:\s+khen)?\s+$", re.IGNORECASE)


def visit_subject_end(text: str, lo: int, award_start: int) -> int | None:
    """End offset of the subject A of "A … đến (PLACE để) thăm, động viên và thưởng nóng …" between ``lo`` and the
    award's start, else None."""
    m = _visit().search(text, lo, award_start)
    return m.start() if m and m.start() > lo else None


@cache
def _beside_give() -> re.Pattern[str]:
    """The stretch from the subject's end to the award: the verbs told beside the giving (``award_parts`` role
    ``beside``), each closed by "," or "và", then a give verb."""
    return re.compile(r"(?:\s+(?:đã|cũng|vừa|trực tiếp|đến))*"
                      r"(?:\s+(?:" + alt("beside") + r")(?:\s+(?-i:[^\W\d_A-ZĐ]+)){0,2}?(?:\s*,|\s+và))+"
                      r"\s+(?:trao tặng|tặng thưởng|trao|tặng)\s+" + QUANTITY + "$", re.IGNORECASE)


def beside_give_end(text: str, lo: int, award_start: int) -> int | None:
    """End offset of the subject X of "X (đã) xác nhận và trao AWARD", "X đến thăm, chúc mừng và tặng AWARD" between
    ``lo`` and the award's start, else None."""
    m = _beside_give().search(text, lo, award_start)
    return m.start() if m and m.start() > lo else None
