"""The giver written after an award with "của" ("Cờ thi đua của UBND tỉnh X và Bằng khen của Bộ Y"): the award's
owner, not a receiver of the award listed next to it — read by :mod:`kg.extract.conferrals`, whose rule for two
awards side by side ("Bằng khen, giấy khen": one verb, one receiver) would otherwise take the owner named between
them for a receiver of its own."""

from __future__ import annotations

import re

_OF = re.compile(r"(?<!\w)của\s+$", re.IGNORECASE)


def owner_at(text: str, start: int) -> bool:
    """The person or body that starts at ``start`` follows "của": it owns the award before it."""
    return bool(_OF.search(text, max(0, start - 8), start))
