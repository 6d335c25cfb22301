"""A move to another post right after a body's name ("bổ nhiệm từ Phó Giám đốc Sở Y tế tỉnh lên làm …"): a boundary
that lets the name keep its lower-case last words."""
from __future__ import annotations

import re

from kg.extract.mentions.sentence import _Sent

# "… tỉnh lên làm POST", "… sang giữ chức POST", "… về làm POST" (not "lên làm việc": a visit)
_MOVE_ON = re.compile(r"(?:lên|sang|về)\s+(?:làm(?!\s+việc)|chức|giữ\s+chức)\s", re.IGNORECASE)


def moves_on(s: _Sent, j: int) -> bool:
    """Token j opens a move to another post ("lên làm", "sang giữ chức"): the words before it end a post's body."""
    return j < len(s.toks) and bool(_MOVE_ON.match(s.text, s.toks[j].start, s.toks[-1].end))
