"""A bare title's manner qualifier: "Phó Chủ tịch chuyên trách Lê Văn A", "Ủy viên kiêm nhiệm, …" — a word of
``post_qualifiers.tsv`` that names no term (full-time, concurrent) right after a title the lexicon finds no body
for belongs to the post phrase, when a capitalised word (the holder's name or a body's), punctuation or the
sentence's end follows it. Read by :mod:`kg.extract.post_tails` (issue 8: titles left unattached)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon


@cache
def _manner() -> re.Pattern[str]:
    forms = sorted({r[0] for r in lexicon.rows("post_qualifiers") if len(r) < 3 or r[2] != "term"},
                   key=lambda f: (-len(f), f))
    return re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in forms) + r")(?=\s+(?-i:[A-ZĐ])|\s*[,;:)]|\s*$)")


def manner_end(text: str, title_end: int, limit: int) -> int:
    """Past the manner qualifier right after a bare title that ends at ``title_end`` (before ``limit``), or
    ``title_end`` where there is none."""
    m = _manner().match(text, title_end, limit)
    return m.end() if m else title_end
