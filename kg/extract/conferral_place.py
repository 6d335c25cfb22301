"""A receiver written as a bare place name, the whole subject of the passive verb: "Thái Bình (đã vinh dự) được …
tặng AWARD" is the place the report names with its level ("tỉnh Thái Bình"), the one it names most if several
levels share the name (first named on a tie). Only where the award is conferred on it ("được"): what wins a prize
("Hà Lâm đoạt giải …") is a team named for the place."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.link import Entity

# what may open the clause before its subject: a phrase of time closed by ","
_OPENING = re.compile(r"\s*(?:(?:năm|ngày|tháng|trước đó|sau đó|hiện nay|đến nay)(?!\w)[^,;:]{0,24},\s*)?",
                      re.IGNORECASE)


# the passive verb after the subject: "(đã vinh dự) được"
_CONFERRED_ON = re.compile(r"(?:(?:đã|cũng|vừa|vinh dự|hai lần|nhiều lần)\s+)*được(?!\w)", re.IGNORECASE)


def bare_place(ctx: F._Ctx, stretch: str, verb: str) -> list[Entity]:
    """The place named with a level elsewhere in the report whose name is the whole ``stretch`` (after an opening
    phrase of time), one to four capitalised words, when ``verb`` (the text from the passive verb on) is "được";
    else none."""
    if not _CONFERRED_ON.match(verb):
        return []
    opening = _OPENING.match(stretch)
    words = stretch[opening.end() if opening else 0 :].split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() and w.isalpha() for w in words):
        return []
    name = " ".join(words)
    same = [e for e in ctx.links.entities.values() if e.kind == "place" and e.attrs.get("name") == name
            and e.attrs.get("level")]
    return [max(same, key=lambda e: (len(e.mentions), -min(m.start for m in e.mentions)))] if same else []
