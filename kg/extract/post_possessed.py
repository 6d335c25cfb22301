"""A bare title after "của" that a comma chains to a name's posts is another's (issue 8, round prec39).

    … ý kiến của đại biểu, Bộ trưởng Bộ X Lê Văn A …   → "đại biểu" is the delegates', not A's
    … trách nhiệm của Bộ trưởng, Đại biểu Lê Văn A …     → the minister is someone else

A title of ``posts.tsv`` with no body (none written, none implied) right after "của" names the office in general
or a possessor the text does not name; past a comma it is no post of the name the chain reaches. A former title
("của nguyên Đại sứ, Trưởng Phái đoàn … A") names one person and still chains; so does a title with its body.
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
    entry = lexicon.by_key("posts").get(key(text[ph[2] : ph[3]]))
    if entry is None or entry.extra and entry.extra[0]:  # an implied body ("Thủ tướng") or a lead ("nguyên")
        return False
    return _OF.search(text, max(sent_start, ph[2] - 8), ph[2]) is not None
