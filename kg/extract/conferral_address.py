"""An honorary title written before its holder's name as a form of address (``awards.tsv``, ``address``: "Mẹ Việt
Nam Anh hùng X"): the person named right after the title holds it, and what a verb of giving in that clause gives is
something else ("Chủ tịch nước đến thăm, tặng quà Mẹ Việt Nam Anh hùng X": gifts, not the title)."""

from __future__ import annotations

from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity


def addressed_holder(ctx: F._Ctx, sent: Sentence, aw: Mention, name_end: int) -> tuple[list[Entity], bool] | None:
    """([the holder], True) when the award ``aw`` (its name ending at ``name_end``) is a title of address and a
    person's name follows it with nothing but a space between; else None."""
    if aw.key not in lexicon.classed("awards", 6, "address"):
        return None
    text = ctx.doc.text
    holder = next((p for p in ctx.of(sent.index, "person")
                   if p.start >= name_end and not text[name_end : p.start].strip()), None)
    found = ctx.ent(holder) if holder is not None else None
    return ([found], True) if found is not None else None
