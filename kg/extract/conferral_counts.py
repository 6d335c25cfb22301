"""Counts of collectives and individuals told before the award, as the subject of its passive clause ("12 tập thể và
30 cá nhân được UBND tỉnh tặng Bằng khen") — for :mod:`kg.extract.conferrals`, which reads the counts after it."""

from __future__ import annotations

import re

from kg.extract.document import Mention

# from a count to the award: a short relative clause (``_MAX_RELATIVE`` words), then "(đã) được (X) tặng", no clause
# break between
_PASSIVE_GAP = re.compile(r"([^,;:.()“”\"]*?)(?<!\w)(?:(?:đã|cũng|đều|vừa|vinh dự)\s+)*được\s[^,;:.]*",
                          re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_MAX_RELATIVE = 8


def heads_passive(text: str, end: int, award_start: int) -> bool:
    """The count ending at ``end`` is the subject of the passive clause of the award at ``award_start``: "được (X)
    tặng AWARD" follows it, after at most a short relative clause of lower-case words and numbers ("74 cá nhân hiến
    máu tình nguyện 40 lần được trao Kỷ niệm chương …"), with no clause break."""
    m = _PASSIVE_GAP.fullmatch(text, end, award_start)
    words = m.group(1).split() if m else []
    return m is not None and len(words) <= _MAX_RELATIVE and all(w.islower() or w.isdigit() for w in words)


def counts_before(text: str, counts: list[Mention], lo: int, award_start: int) -> list[Mention]:
    """The counts joined by "," or "và" that end right before "được … AWARD" (a short relative clause between
    allowed), in text order; none when a clause break, another verb or another award comes between."""
    before = [c for c in counts if lo <= c.start and c.end <= award_start]
    if not before or not heads_passive(text, before[-1].end, award_start):
        return []
    chain = [before[-1]]
    for c in reversed(before[:-1]):
        if not _JOIN.fullmatch(text, c.end, chain[-1].start):
            break
        chain.append(c)
    return chain[::-1]
