"""A title the lexicon finds across a name's last syllable and the first word of the next title (issue 8, round
prec40c).

    Ông Lò Văn Chính Ủy viên Ban Thường vụ …   → no "Chính ủy": "Lò Văn Chính" + "Ủy viên Ban Thường vụ"

A caption glues a name and its title with no separator. When a title found there ends inside a longer title that
opens at one of its inner words, that inner word is capitalised, and a capitalised word runs into the found title
from before (the name's syllables), the found title's first word is the name's last syllable: the title is the
longer one from the inner word on. Read by :func:`kg.extract.mentions.sentence._title_spans`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NAME_BEFORE = re.compile(r"(\w+) $")
_INNER = re.compile(r"(?<=\s)\w")


def inner_start(text: str, a: int, b: int, find: Callable[[int], tuple[int, int] | None]) -> int | None:
    """The start of the longer title that opens inside the title ``a``..``b`` and runs past ``b`` when a name runs
    into it from before (``find(pos)``: the lexicon's first title from ``pos``, or None); None otherwise."""
    before = _NAME_BEFORE.search(text, max(0, a - 12), a)
    if before is None or not before.group(1)[0].isupper():
        return None
    for m in _INNER.finditer(text, a, b):
        x = m.start()
        if text[x].isupper() and text[x - 1] == " " and text[x - 2].islower() \
                and (found := find(x)) is not None and found[0] == x and found[1] > b:
            return x
    return None
