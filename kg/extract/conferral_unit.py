"""A bare level word as the giver: "được phường thưởng nóng …", "được xã tặng giấy khen" — the people's committee of
that level the article names last before the award ("UBND phường X", "Ủy ban nhân dân xã Y")."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity
from kg.extract.normalise import key


@cache
def _bare_level() -> re.Pattern[str]:
    """"được LEVEL (trao tặng|tặng|…)" at the end of the stretch before the award (``admin_levels``)."""
    levels = sorted(lexicon.words("admin_levels"), key=len, reverse=True)
    return re.compile(r"(?<!\w)được\s+(" + "|".join(re.escape(w) for w in levels) + r")"
                      r"(?:\s+(?:trao tặng|tặng thưởng|khen thưởng|tặng|trao))?\s*$", re.IGNORECASE)


def unit_giver(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int) -> Entity | None:
    """The committee of the level named bare after "được" right before the award, or None."""
    m = _bare_level().search(ctx.doc.text, prev, aw.start)
    if m is None:
        return None
    heads = tuple(key(f"{h} {m.group(1)}") for h in ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"))
    for index in range(sent.index, -1, -1):
        for body in reversed(ctx.of(index, "body")):
            if body.start < m.start() and key(body.text).startswith(heads) and ctx.ent(body) is not None:
                return ctx.ent(body)
    return None
