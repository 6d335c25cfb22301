"""A contest's placing that confers nothing: a bare "giải" won ("các công trình đạt giải": those that won, no award
named), and a grade prize in the prize structure of a contest ("các đội đoạt giải Nhì sẽ được nhận …")."""

from __future__ import annotations

import re

from kg.extract.award_names import alt
from kg.extract.awards import ceremony_before


def placing_only(text: str, start: int, name_end: int, clause_end: int) -> bool:
    """True when the award named at ``start``..``name_end`` is a bare "giải" (no name, no grade) after a verb of winning
    (``award_parts`` role ``win``: "đạt giải"; not "Ban Tổ chức trao giải", which tells the giver of the contest's
    prizes) or naming a ceremony ("dự lễ trao giải"), or a bare grade prize ("giải Nhì") after such a verb with "sẽ"
    (role ``future``) later in its clause: a rule of the contest, no conferral told."""
    name = text[start:name_end].strip()
    grade = r"(?:" + alt("grade-value") + r"|khuyến khích)"
    before = re.search(r"(?<!\w)(?:" + alt("win") + r")(?:\s+được)?\s+(?:giải\s+" + grade + r"\s*(?:,|và)\s*)*$",
                       text[max(0, start - 80) : start], re.IGNORECASE)
    if name.casefold() == "giải":
        return before is not None or ceremony_before(text[max(0, start - 40) : start])
    if not re.fullmatch(r"giải\s+" + grade, name, re.IGNORECASE):
        return False
    rest = re.split(r"[,;:.]", text[name_end:clause_end], maxsplit=1)[0]
    return before is not None and re.search(r"(?<!\w)(?:" + alt("future") + r")(?!\w)", rest, re.IGNORECASE) is not None
