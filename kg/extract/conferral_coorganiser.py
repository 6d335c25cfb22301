"""Joint organisers and offices in a list of givers, for :mod:`kg.extract.conferrals`: "AWARD do A và B tổ chức",
"AWARD (của Hội thi C) do A phối hợp (với) B tổ chức" — every body the "do" phrase joins by ",", "và", "cùng (với)"
or "phối hợp (với)" before a verb of organising or giving gives the award (each a conferral of its own), as the
subjects of "A và B trao AWARD" do; and "Giám đốc Công an tỉnh X và UBND huyện Y thưởng …": a body of a list that
is the body of a post phrase stands for that post's office (the director gives, not his police force)."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.award_names import alt
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity

_DO = re.compile(r"(?<!\w)do\s+", re.IGNORECASE)
# what joins two organisers: a comma, "và", "cùng (với)", "phối hợp (với)", "kết hợp với"
_JOIN = re.compile(r"\s*(?:,|,?\s*và|,?\s*(?:và\s+)?(?:phối hợp|cùng|kết hợp)(?:\s+với)?)\s*", re.IGNORECASE)
# the verb that closes the list: organising or giving (after "cùng", "phối hợp", "đồng", "đã")
_VERB = re.compile(r"\s*(?:(?:đã|vừa|cùng|phối hợp|đồng)\s+)*(?:" + alt("confer") + r")(?!\w)", re.IGNORECASE)


def co_organisers(ctx: F._Ctx, sent: Sentence, name_end: int, giver: Entity | None) -> list[Entity]:
    """The bodies after the body ``giver`` in "AWARD … do GIVER và/phối hợp với B (, C) tổ chức/trao" (in the
    award's clause, after its name), in text order, once each; none unless the list is closed by such a verb."""
    if giver is None or giver.kind != "body":
        return []
    text = ctx.doc.text
    stop = text.find(";", name_end, sent.end)
    stop = sent.end if stop < 0 else stop
    do = _DO.search(text, name_end, stop)
    if do is None:
        return []
    chain: list[Mention] = []
    at = do.end()
    for m in sorted(ctx.of(sent.index, "body"), key=lambda m: (m.start, -m.end)):
        if m.start < at or m.end > stop:
            continue
        if m.start != at and not (chain and _JOIN.fullmatch(text, at, m.start)):
            break
        chain.append(m)
        at = m.end
    if len(chain) < 2 or ctx.ent(chain[0]) is not giver or not _VERB.match(text, at, stop):
        return []
    out: list[Entity] = []
    for e in (ctx.ent(m) for m in chain[1:]):
        if e is not None and e.id != giver.id and all(e.id != o.id for o in out):
            out.append(e)
    return out


def office_of(ctx: F._Ctx, sent: Sentence, m: Mention) -> Entity | None:
    """The office of the post phrase whose body is ``m`` ("Giám đốc Công an tỉnh X" for "Công an tỉnh X"), None when
    no post title stands right before the body."""
    for ph in F._post_phrases(ctx, sent):
        if ph[1] is not None and (ph[1].start, ph[1].end) == (m.start, m.end) and ph[2] < m.start and ph[3] == m.end:
            return F._post_entity(ctx, sent, ph, "office")[0]
    return None
