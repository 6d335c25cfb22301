"""Several givers whose list ends in an office: "lãnh đạo UBND tỉnh X và Giám đốc Công an tỉnh X đã thưởng nóng …",
"ông A và Chủ tịch UBND tỉnh X trao AWARD". When the subject of the give verb ends in a post phrase that names no
person (the office gives), the body, person or office joined to it by "và" or "cùng" right before it gives too (an
award of its own); a comma alone joins nothing ("Theo đề xuất của Sở X, Chủ tịch UBND tỉnh tặng …")."""

from __future__ import annotations

import re

from kg.extract import award_names
from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity

_JOIN = re.compile(r"\s*,?\s*(?:và|cùng|cùng với)\s*")


def _subject_end(text: str, prev: int, aw: Mention) -> int | None:
    end = award_grammar.active_giver_end(text, prev, aw.start)
    if end is None and award_names.is_cash(aw.key):
        end = award_grammar.cash_subject_end(text, prev, aw.start)
    return end


def office_co_givers(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int, giver: Entity) -> list[Entity]:
    """The one giver joined before the office ``giver`` that ends the subject of the give verb of ``aw``, as a list."""
    text = ctx.doc.text
    end = _subject_end(text, prev, aw)
    phrases = F._post_phrases(ctx, sent)
    last = next((ph for ph in phrases if end is not None and prev <= ph[2] and ph[3] <= end
                 and not text[ph[3] : end].strip(" ,")), None)
    if giver.kind != "post" or last is None:
        return []
    before = [ph for ph in phrases if prev <= ph[2] and ph[3] <= last[2] and _JOIN.fullmatch(text[ph[3] : last[2]])]
    if before:
        persons = [p for p in ctx.of(sent.index, "person") if prev <= p.start
                   and re.fullmatch(r"\s*[,\-–]?\s*", text[p.end : before[-1][2]])]
        ent = ctx.ent(persons[-1]) if persons else F._post_entity(ctx, sent, before[-1], "office")[0]
    else:
        near = [m for m in ctx.of(sent.index, "person", "body") if prev <= m.start and m.end <= last[2]
                and _JOIN.fullmatch(text[m.end : last[2]])]
        ent = ctx.ent(near[-1]) if near else None
    return [ent] if ent is not None and ent.id != giver.id else []
