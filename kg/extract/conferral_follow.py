"""A sentence that details the award of the sentence before it: "Ông A đại diện UBND tỉnh X thưởng nóng cho Công an
huyện Y. Theo đó, Công an huyện Y được thưởng 100 triệu đồng" — "Theo đó" / "Cụ thể" opening the sentence links it
to the one before, so a conferral told there without its giver takes the one giver (and the one who handed it over)
of the conferrals of the same award kind (or, for a cash reward, of any cash reward) in the sentence just before;
never from further back, nor across to an award of another kind — for :mod:`kg.extract.conferral_merge`."""

from __future__ import annotations

import re

from kg.extract import award_names
from kg.extract import facts as F

GIVER, PRESENTER = "vnr:conferredBy", "vnr:presentedBy"
_LINK = re.compile(r"\s*(?:Theo đó|Cụ thể)\s*,", re.IGNORECASE)


def follow_up_givers(ctx: F._Ctx, confs: list[F.Fact]) -> None:
    """Give each giverless conferral of a sentence opened by "Theo đó," the giver of the sentence before's conferrals
    of its kind, when they have one giver."""
    for f in confs:
        if _values(f, GIVER) or not f.sentences:
            continue
        at = f.sentences[0]
        if at < 1 or at >= len(ctx.doc.sentences) or not _LINK.match(ctx.doc.sentences[at].text):
            continue
        kind = [o for o in confs if o is not f and o.sentences and o.sentences[-1] == at - 1
                and _same_kind(o, f)]
        givers = {g for o in kind for g in _values(o, GIVER)}
        if len(givers) != 1:
            continue
        f.add(GIVER, givers.pop())
        handers = {h for o in kind for h in _values(o, PRESENTER)}
        if len(handers) == 1 and not _values(f, PRESENTER):
            f.add(PRESENTER, handers.pop())


def _same_kind(a: F.Fact, b: F.Fact) -> bool:
    ka, kb = _values(a, "vnr:awardKind"), _values(b, "vnr:awardKind")
    if ka == kb:
        return bool(ka)
    return all(_cash(k) for k in (*ka, *kb)) and bool(ka and kb)


def _cash(kind: F.Ref | F.Lit) -> bool:
    return isinstance(kind, F.Ref) and award_names.is_cash(kind.id.removeprefix("award:"))


def _values(f: F.Fact, prop: str) -> list[F.Ref | F.Lit]:
    return [v for p, v in f.props if p == prop]
