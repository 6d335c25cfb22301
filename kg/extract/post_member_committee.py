"""A member's title before its committee written in lower case with the congress term after it: "Ủy viên trung
ương khóa 18" is one post (``member_committees.tsv``), not a bare "Ủy viên" whose phrase ends at the title — the
term is read after it by the post grammar (``posts.TERM``). Without a term after it the committee's words stay out
("Ủy viên, trung ương giao …"). Read by :mod:`kg.extract.post_tails` (round prec50: a post cut short)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


@cache
def _committees() -> dict[str, re.Pattern[str]]:
    by_title: dict[str, list[str]] = {}
    for r in lexicon.rows("member_committees"):
        by_title.setdefault(key(r[0]), []).append(r[1])
    return {t: re.compile(r"\s+(?-i:" + "|".join(re.escape(c) for c in sorted(cs, key=lambda c: (-len(c), c)))
                          + r")(?=\s+(?:khóa|khoá|Khóa|Khoá)\s+\w)") for t, cs in by_title.items()}


def committee_end(text: str, title_end: int, limit: int) -> int | None:
    """The end of the lower-case committee right after a bare member title that ends at ``title_end`` (before
    ``limit``), or None."""
    if not text.startswith(" ", title_end) or not text[title_end + 1 : title_end + 2].islower():
        return None  # (cheap gate: a lower-case word right after the title)
    title = " ".join(text[max(0, title_end - 12) : title_end].split()[-2:])
    pattern = _committees().get(key(title))
    m = pattern.match(text, title_end, limit) if pattern else None
    return m.end() if m else None
