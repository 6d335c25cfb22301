"""Who hands an award over for the authority he acts for, when he is the subject before the delegation: "ông A thay
mặt Thủ tướng trao Bằng khen …", "ông A, Phó Chủ tịch UBND tỉnh B thừa ủy quyền Chủ tịch nước trao Huân chương …" —
the office gives (``vnr:conferredBy``), A hands it over (``vnr:presentedBy``). Only a person whose name (with its
posts, an honorific and "đã/vừa/cũng" after it) runs right up to the delegation phrase; "Theo ông A, thay mặt …"
or "ông A cho biết thay mặt …" name no hander — for :mod:`kg.extract.conferral_giver`."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.award_names import alt
from kg.extract.document import Sentence
from kg.extract.link import Entity

_GLUE = re.compile(r"[\s,\-–()]*(?:(?:đã|vừa|cũng)\s*)*", re.IGNORECASE)
# what may stand before the subject in its clause: nothing, or an opening phrase closed by "," ("Tại buổi lễ,")
_LEAD = re.compile(r"(?:[^;]*[,:]\s*)?\s*")


def delegating_subject(ctx: F._Ctx, sent: Sentence, span: tuple[int, int]) -> Entity | None:
    """The person who is the subject of the delegation phrase ending at ``span[1]`` (the clause from ``span[0]``)."""
    text = ctx.doc.text
    m = re.search(r"(?<!\w)(?:" + alt("delegate") + r")\s+$", text[span[0] : span[1]], re.IGNORECASE)
    if m is None:
        return None
    start = span[0] + m.start()
    persons = [p for p in ctx.of(sent.index, "person") if span[0] <= p.start and p.end <= start]
    if not persons or not _opens_clause(ctx, sent, span[0], persons[-1].start):
        return None
    gap = list(text[persons[-1].end : start])
    for ph in F._post_phrases(ctx, sent):  # "ông A, Phó Chủ tịch UBND tỉnh B thừa ủy quyền …": the posts are glue
        lo, hi = max(ph[2], persons[-1].end), min(ph[3], start)
        if lo < hi:
            gap[lo - persons[-1].end : hi - persons[-1].end] = " " * (hi - lo)
    return ctx.ent(persons[-1]) if _GLUE.fullmatch("".join(gap)) else None


def _opens_clause(ctx: F._Ctx, sent: Sentence, clause: int, start: int) -> bool:
    """The person at ``start`` (after his honorific) opens the clause from ``clause``: not "Theo ông A, thay mặt …"."""
    start = next((h.start for h in ctx.of(sent.index, "honorific") if ctx.doc.text[h.end : start].strip() == ""
                  and h.end <= start), start)
    return _LEAD.fullmatch(ctx.doc.text, clause, start) is not None
