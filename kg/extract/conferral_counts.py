"""Counts of collectives and individuals told before the award, as the subject of its passive clause ("12 tập thể và
30 cá nhân được UBND tỉnh tặng Bằng khen") — for :mod:`kg.extract.conferrals`, which reads the counts after it."""

from __future__ import annotations

import re

from kg.extract.document import Mention

# from the last count to the award: "được (X) tặng", no clause break between
_PASSIVE_GAP = re.compile(r"\s*(?:(?:đã|cũng|đều|vừa|vinh dự)\s+)*được\s[^,;:.]*$", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def counts_before(text: str, counts: list[Mention], lo: int, award_start: int) -> list[Mention]:
    """The counts joined by "," or "và" that end right before "được … AWARD", in text order; none when a clause
    break, another verb or another award comes between."""
    before = [c for c in counts if lo <= c.start and c.end <= award_start]
    if not before or not _PASSIVE_GAP.match(text, before[-1].end, award_start):
        return []
    chain = [before[-1]]
    for c in reversed(before[:-1]):
        if not _JOIN.fullmatch(text, c.end, chain[-1].start):
            break
        chain.append(c)
    return chain[::-1]
