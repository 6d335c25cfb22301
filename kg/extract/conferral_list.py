"""The bodies listed together after "cho" that all receive one award: "khen thưởng cho Trung tâm A và Bệnh viện B"
(grammar of the list: bodies joined by "," or "và", each written with its capital; called from
:mod:`kg.extract.conferral_recipients`)."""

from __future__ import annotations

import re

from kg.extract.document import Mention

_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def listed(text: str, first: Mention, bodies: list[Mention], hi: int) -> list[Mention]:
    """``first`` and the bodies of ``bodies`` (before ``hi``) that follow it one after another, each parted from the
    one before by "," or "và" alone and written with its capital ("Trung tâm Y tế huyện A và Bệnh viện Đa khoa
    tỉnh B"); the list ends at the first other word ("của", a verb, a count)."""
    out = [first]
    for b in sorted(bodies, key=lambda m: (m.start, -m.end)):
        if b.start < out[-1].end or b.start >= hi:
            continue
        if not text[b.start].isupper() or not _JOIN.fullmatch(text, out[-1].end, b.start):
            break
        out.append(b)
    return out
