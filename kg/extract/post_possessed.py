"""A bare title after "của" that a comma chains to a name's posts is the group's (issue 8, round prec39).

    … ý kiến của đại biểu, Bộ trưởng Bộ X Lê Văn A …   → "đại biểu" is the delegates', not A's

A title of the lexicon's ``generic_titles`` (a title that also names a body's members as a group: "đại biểu",
"ĐB") with no body right after "của" names the group; past a comma it is no post of the name the chain reaches.
Any other title there is the name's own stacked post ("bài của Đại sứ, Trưởng Phái đoàn … A"; "chia sẻ của Thứ
trưởng, Tổng Giám đốc … A": the whole-corpus diff of the round judged the wider rule — every bare title — wrong
on such stacked posts).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.normalise import key

_OF = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)


def possessed(text: str, ph: tuple, cursor: int, sent_start: int) -> bool:
    """The post phrase ``ph`` (title, body, start, end), chained across a comma to the name at ``cursor``, is a bare
    title that "của" opens."""
    if ph[1] is not None or "," not in text[ph[3] : cursor] or text[ph[0].end : ph[3]].strip():
        return False
    if key(text[ph[2] : ph[3]]) not in lexicon.words("generic_titles"):
        return False
    return _OF.search(text, max(sent_start, ph[2] - 8), ph[2]) is not None
