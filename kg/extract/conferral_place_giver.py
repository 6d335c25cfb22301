"""A place as the subject of a give verb: "Chiều 5/3, huyện A đã khen thưởng đột xuất …", "Tỉnh B tặng Bằng khen …"
— the text names the conferring authority by its place, which then gives (as it does in "được tỉnh B tặng …"). Only
a place that opens its sentence (after at most a short opening phrase closed by ","), so that "tại huyện A trao …",
"ông A đến nhà riêng tại phường 12, quận 5 trao …" or "cho huyện C" never give, and only a named place (not a
bare "tỉnh") — for :mod:`kg.extract.conferral_giver`."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.document import Sentence
from kg.extract.link import Entity

# what may stand before the place in its sentence: nothing, or one short opening phrase closed by "," that is no
# place, no address and no other clause ("Chiều 5/3,", "Trước đó,", "Nhân dịp này,"; not "… tại phường 12,")
_OPENS = re.compile(r"\s*(?:(?!(?:tại|ở|từ|trên|trong|thuộc)\s)[^,;:()]{1,30},\s*)?", re.IGNORECASE)


def place_subject(ctx: F._Ctx, sent: Sentence, end: int) -> Entity | None:
    """The place whose mention ends right before ``end`` (the give verb's subject end) and opens its clause."""
    text = ctx.doc.text
    for m in ctx.of(sent.index, "place"):
        if m.end <= end and text[m.end : end].strip() == "" and _OPENS.fullmatch(text, sent.start, m.start) \
                and len(m.text.split()) > 1:  # a named place, not a bare level ("tỉnh sẽ trao …")
            return ctx.ent(m)
    return None
