"""An award named inside a body's name is no conferral of its own: "Hội đồng Giải X", "Ban Tổ chức Giải thưởng Y"
name the council or the committee of the prize, not the prize conferred (the body, when it gives, is the giver of the
award the clause names after it)."""

from __future__ import annotations

from kg.extract import facts as F
from kg.extract.document import Mention, Sentence


def inside_body(ctx: F._Ctx, sent: Sentence, aw: Mention) -> bool:
    """The award mention lies inside a body mention that starts before it."""
    return any(m.start < aw.start and aw.end <= m.end for m in ctx.of(sent.index, "body"))
