"""The giver told after a complement of the award's name: "giải Nhất của Hội thi A do Sở B tổ chức", "giải Nhì (môn
C) của Cuộc thi D do Hội E tổ chức", "giải Ba, do Viện F trao tặng" — the name stops before "của/tại …", a
parenthesis or a comma, and "do X" with a verb of organising or giving after it still tells who gives (the organiser
of a contest gives its prizes, as in "Giải Nhì Hội thi A do Sở B tổ chức"); "do" without such a verb ("… do có thành
tích", because) tells nothing. Not after "trong/ở (hạng) mục …": a category names a prize of its own ("giải Ba trong
mục giải thưởng phụ"), whose giver another "giải Ba" of the article must not take — for
:mod:`kg.extract.conferral_giver`."""

from __future__ import annotations

import re

from kg.extract.award_names import alt

# after the award's name: an optional parenthesis, then a complement opened by "của/tại" that runs up to "do"
# within its clause (or a comma alone), then "do X … VERB" with X short and the verb one of organising or giving
_AFTER = re.compile(r"(?:\s*\([^()]{1,80}\))?(?:\s*,?\s+(?:của|tại)\s+[^,;:.()]{2,100}?)?\s*,?\s+do\s+"
                    r"(?P<x>[^,;:.()]{2,80}?)\s+(?:(?:phối hợp|cùng|với)[^,;:.]{0,60}?\s+)?"
                    r"(?:đồng\s+)?(?:" + alt("confer") + r")(?!\w)", re.IGNORECASE)


def organiser_after(text: str, name_end: int, limit: int) -> int | None:
    """Where X starts in "AWARD (…) của/tại COMPLEMENT do X tổ chức/trao tặng" (None when the award is not
    followed so, or when "do" comes right after the name: that case is ``awards.giver_after``'s)."""
    if "do" not in text[name_end:limit]:
        return None
    m = _AFTER.match(text, name_end, limit)
    if m is None or m.group().lstrip().lower().startswith("do "):
        return None
    return m.start("x")
