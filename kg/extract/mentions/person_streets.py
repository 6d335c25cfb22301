"""Streets named like persons that the street tests of :mod:`kg.extract.mentions.person_places` leave (issue 8, round
falsep46): a name right after a junction word of ``street_points.tsv`` or after one street and a dash there ("nút
A", "điểm giao A - B", "góc đường A – B"); an item of a list of streets that a route noun opens a few words before
"gồm", "như" or "là" ("các tuyến đường ra vào cảng X (quận 2) gồm A, B", "các tuyến đường A, 30/4, B"); a name
after "số nhà N," (a house number and a comma). Read by :func:`kg.extract.mentions.person_thing_tests._names_a_thing`.

    JUNCTION [đường | phố] [STREET (- | –)] NAME
    ROUTE [WORD{1,10} (gồm | như | là) [:]] ITEM (, | và | - ITEM)* , NAME        (no comma nor stop in the WORDs)
    số nhà NUMBER , NAME
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key
from kg.extract.tokens import UPPER

_CAP = r"[" + UPPER + r"][\w-]*"


@cache
def _junction() -> re.Pattern[str]:
    heads = lexicon.alternation("street_points", 2, "junction")
    return re.compile(r"(?<![\w-])" + heads + r"(?:\s+(?:đường|phố))?\s+(?:(?:" + _CAP + r"\s+)*" + _CAP
                      + r"\s*[-–]\s*)?$")


@cache
def _route_list() -> re.Pattern[str]:
    heads = lexicon.alternation("street_points", 2, "route", capitalised=True)
    roads = lexicon.alternation("street_points", 2, "road")
    item = r"(?:" + roads + r"\s+)?(?:" + _CAP + r"|\d+(?:/\d+)*)(?:\s+(?:" + _CAP + r"|\d+))*(?:\s*\([^()]*\))?"
    return re.compile(r"(?<!\w)" + heads + r"(?:(?:\s+[^\s,.;:!?“”\"]+){1,10}\s+(?:gồm|như|là)\s*:?)?\s+(?:"
                      + item + r"\s*(?:,|và|[-–])\s*)*$")


def _house_number(s: _Sent, k: int) -> bool:
    """Tokens before k are "số nhà", a number and a comma ("số nhà 12, X")."""
    toks = s.toks
    return k >= 4 and toks[k - 1].text == "," and toks[k - 2].is_number and \
        key(toks[k - 4].text) == "số" and key(toks[k - 3].text) == "nhà"


def names_a_street(s: _Sent, k: int) -> bool:
    """The name that starts at token k names a street: after a junction word, in a list a route noun opens, after
    "số nhà N,"."""
    start = s.toks[k].start
    near = s.text[max(s.sent.start, start - 100) : start]
    if _junction().search(near) or _house_number(s, k):
        return True
    return bool(_route_list().search(s.text[max(s.sent.start, start - 400) : start]))
