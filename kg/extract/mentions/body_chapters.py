"""A national body's local chapter: "Ủy ban MTTQ Việt Nam tỉnh X", "Hội Nông dân Việt Nam huyện Y", "MTTQ Việt Nam
TP X", "MTTQ Việt Nam TP.X". A body whose name ends with the country's name runs on over an administrative level (in
lower case or as its short form) and the unit's name right after it."""

from __future__ import annotations

import re

from kg.extract.mentions.places import _name_end
from kg.extract.mentions.sentence import _levels, _Sent
from kg.extract.normalise import key

_COUNTRY = ("việt nam",)  # the home country: its national bodies have a chapter in each province and district
_GLUED = re.compile(r"([^\W\d_]+)\.(?-i:[A-ZĐ])")  # a level's short form glued to the name by a dot: "TP.X"


def chapter_end(s: _Sent, end: int, person_starts: set[int]) -> int:
    """End (exclusive token index) of the body whose name ends before token ``end``, with the level and the name
    of the unit whose chapter it is when they follow "Việt Nam" right after it; ``end`` otherwise."""
    toks, levels = s.toks, _levels()
    if end < 2 or end >= len(toks) or key(toks[end - 2].text + " " + toks[end - 1].text) not in _COUNTRY:
        return end
    if (glued := _GLUED.match(toks[end].text)) and key(glued.group(1)) in levels and toks[end].is_cap \
            and s.adjacent(end) and end not in person_starts:
        return _name_end(s, end, person_starts)  # "MTTQ Việt Nam TP.X": one token of the level and the name
    for n in (2, 1):  # "thành phố X", "tỉnh X", "TP X"
        j = end + n
        if j < len(toks) and key(" ".join(t.text for t in toks[end:j])) in levels \
                and (not toks[end].is_cap or toks[end].is_upper) \
                and all(s.adjacent(x) for x in range(end, j + 1)) and toks[j].is_cap and toks[j].is_word \
                and j not in person_starts and end not in person_starts:
            return _name_end(s, j, person_starts)
    return end
