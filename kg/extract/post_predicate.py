"""A post phrase stacked by a comma onto the posts before a name that belongs to the clause before the comma
(issue 8, round prec40c).

    … tỷ lệ đảng viên là trưởng thôn, Bí thư Huyện ủy X Lê Văn A …        → "trưởng thôn" is not A's
    Thay mặt Chính phủ, Thủ tướng Chính phủ, Bộ trưởng Lê Văn A …         → "Thủ tướng Chính phủ" is not A's

- A predicate: a post title in lower case right after the copula "là" is what the noun before it is ("đảng viên là
  trưởng thôn"), a generic role, not the post of the name the comma goes on to.
- A body represented: after "thay mặt B," a post of the same body B ("Thủ tướng Chính phủ") is one more party the
  name acts for, not the name's own post (the name's own posts follow it).

Read by :mod:`kg.extract.facts.holdings` (the chain of posts before a name).
"""

from __future__ import annotations

import re

from kg.extract.normalise import key

_COPULA = re.compile(r"(?<!\w)là\s+$")
_ON_BEHALF = re.compile(r"(?<!\w)thay mặt\s+([^,;:()]{2,60}?)\s*,\s*$", re.IGNORECASE)


def predicate(text: str, ph: tuple, cursor: int, sent_start: int) -> bool:
    """The post phrase ``ph`` (title, body, start, end), stacked across a comma onto the chain at ``cursor``, is a
    lower-case title right after "là": a predicate of the clause before the comma."""
    return "," in text[ph[3] : cursor] and text[ph[2]].islower() \
        and _COPULA.search(text, max(sent_start, ph[2] - 4), ph[2]) is not None


def represented(text: str, ph: tuple, cursor: int, sent_start: int) -> bool:
    """The post phrase ``ph``, stacked across a comma onto the chain at ``cursor``, comes right after "thay mặt B,"
    and ends with the body B itself: a party the name acts for."""
    if "," not in text[ph[3] : cursor]:
        return False
    m = _ON_BEHALF.search(text, max(sent_start, ph[2] - 80), ph[2])
    return m is not None and key(text[ph[2] : ph[3]]).endswith(" " + key(m.group(1)))
