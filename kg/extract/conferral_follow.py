"""A sentence that details the award of the sentence before it: "Ông A đại diện UBND tỉnh X thưởng nóng cho Công an
huyện Y. Theo đó, Công an huyện Y được thưởng 100 triệu đồng" — "Theo đó" / "Cụ thể" opening the sentence links it
to the one before, so a conferral told there without its giver takes the one giver (and the one who handed it over)
of the conferrals of the same award kind (or, for a cash reward, of any cash reward) in the sentence just before;
never from further back, nor across to an award of another kind — for :mod:`kg.extract.conferral_merge`. "Trong
đó" (among them) links a sentence that breaks down a reward told before it: "Ban chỉ đạo khen thưởng 300 cá nhân.
Trong đó, 20 cá nhân được trao AWARD" — where the sentence before names no award of the kind, the one who rewards
the counted people there (the subject of "khen thưởng" + a count) gives the awards the breakdown leaves giverless."""

from __future__ import annotations

import re

from kg.extract import award_names
from kg.extract import facts as F
from kg.extract.conferral_giver import _agent_ending
from kg.extract.document import Sentence
from kg.extract.link import Entity

GIVER, PRESENTER = "vnr:conferredBy", "vnr:presentedBy"
_LINK = re.compile(r"\s*(?:Theo đó|Cụ thể|(?P<among>Trong (?:số )?đó))\s*,", re.IGNORECASE)
# "X (đã) khen thưởng (cho) 752 cá nhân": a reward of counted people that names no award
_REWARDS = re.compile(r"\s+(?:(?:đã|cũng|vừa|tổ chức)\s+)*khen thưởng\s+(?:cho\s+)?$", re.IGNORECASE)


def follow_up_givers(ctx: F._Ctx, confs: list[F.Fact]) -> None:
    """Give each giverless conferral of a sentence opened by "Theo đó," the giver of the sentence before's conferrals
    of its kind, when they have one giver."""
    for f in confs:
        if _values(f, GIVER) or not f.sentences:
            continue
        at = f.sentences[0]
        link = _LINK.match(ctx.doc.sentences[at].text) if 1 <= at < len(ctx.doc.sentences) else None
        if link is None:
            continue
        kind = [o for o in confs if o is not f and o.sentences and o.sentences[-1] == at - 1
                and _same_kind(o, f)]
        givers = {g for o in kind for g in _values(o, GIVER)}
        rewarder = _rewarder(ctx, ctx.doc.sentences[at - 1]) if link.group("among") and not kind else None
        if rewarder is not None:
            givers = {F.Ref(rewarder.id)}
        if len(givers) != 1:
            continue
        f.add(GIVER, givers.pop())
        handers = {h for o in kind for h in _values(o, PRESENTER)}
        if len(handers) == 1 and not _values(f, PRESENTER):
            f.add(PRESENTER, handers.pop())


def _rewarder(ctx: F._Ctx, sent: Sentence) -> Entity | None:
    """The one who rewards counted people in ``sent`` ("Ban chỉ đạo khen thưởng 752 cá nhân"), when it names no award
    of its own."""
    if any(m for m in ctx.of(sent.index, "award")):
        return None
    text = ctx.doc.text
    for c in ctx.of(sent.index, "count"):
        m = _REWARDS.search(text, sent.start, c.start)
        if m:
            return _agent_ending(ctx, sent, m.start())
    return None


def _same_kind(a: F.Fact, b: F.Fact) -> bool:
    ka, kb = _values(a, "vnr:awardKind"), _values(b, "vnr:awardKind")
    if ka == kb:
        return bool(ka)
    return all(_cash(k) for k in (*ka, *kb)) and bool(ka and kb)


def _cash(kind: F.Ref | F.Lit) -> bool:
    return isinstance(kind, F.Ref) and award_names.is_cash(kind.id.removeprefix("award:"))


def _values(f: F.Fact, prop: str) -> list[F.Ref | F.Lit]:
    return [v for p, v in f.props if p == prop]
