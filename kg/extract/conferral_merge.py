"""One node per conferral: the conferral facts of :mod:`kg.extract.conferrals` that tell the same award (headline,
lead, body; the ceremony's title and the sentence that says who handed it over) merge, and a badge named fully
takes the giver of the same badge named generally for the same recipient."""

from __future__ import annotations

from kg.extract import facts as F
from kg.extract.normalise import key

GIVER, PRESENTER = "vnr:conferredBy", "vnr:presentedBy"
_SINGLE = (GIVER, PRESENTER, "vnr:collectiveCount", "vnr:individualCount", "vnr:forYear", "vnr:reason")


def merge(ctx: F._Ctx) -> None:
    """Conferrals of the same award kind and name (or one of them the bare kind) merge when none of their
    single-valued properties (giver, presenter, counts, year, reason) disagree — except that a conferral whose only
    giver is the official who handed it over ("ông A trao Huân chương …") joins the one conferral of that award
    whose giver is a conferring authority ("Lễ trao Huân chương … của Chủ tịch nước"): the authority stays its
    giver, the official its presenter."""
    confs = [f for f in ctx.facts if f.cls == "AwardConferral"]
    merged: list[F.Fact] = []
    for f in confs:
        target = next((m for m in merged if _same_award(m, f) and _agree(m, f, confs)), None)
        if target is None:
            merged.append(f)
            continue
        _fold(target, f)
        ctx.facts.remove(f)
    _inherit_givers(ctx)


def _same_award(a: F.Fact, b: F.Fact) -> bool:
    kind = _values(a, "vnr:awardKind")
    if kind != _values(b, "vnr:awardKind"):
        return False
    bare = kind[0].id[6:] if kind and isinstance(kind[0], F.Ref) else ""
    return _award_name(a) == _award_name(b) or bare in (_award_name(a), _award_name(b))


def _agree(a: F.Fact, b: F.Fact, confs: list[F.Fact]) -> bool:
    """No single-valued property disagrees; a handed-over-only giver yields to the one authority of that award."""
    pa, pb = _single(a), _single(b)
    others = all(pa.get(p, v) == v for p, v in pb.items() if p not in (GIVER, PRESENTER))
    if not others:
        return False
    if pa.get(GIVER, pb.get(GIVER)) == pb.get(GIVER, pa.get(GIVER)):
        return pa.get(PRESENTER, pb.get(PRESENTER)) == pb.get(PRESENTER, pa.get(PRESENTER))
    for hand, auth in ((a, b), (b, a)):
        ph, pt = _single(hand), _single(auth)
        if _hander_only(hand) and pt.get(PRESENTER, ph[GIVER]) == ph[GIVER]:
            authorities = {_single(o)[GIVER] for o in confs if GIVER in _single(o) and not _hander_only(o)
                           and _same_award(o, hand)}
            return authorities == {pt[GIVER]}
    return False


def _hander_only(f: F.Fact) -> bool:
    """The giver the text gives is only the official who handed the award over."""
    p = _single(f)
    return GIVER in p and p.get(PRESENTER) == p[GIVER]


def _fold(target: F.Fact, f: F.Fact) -> None:
    """``f`` into ``target``: the fuller name wins the label, an authority the giver; the rest is added."""
    kind = _values(target, "vnr:awardKind")
    bare = kind[0].id[6:] if kind and isinstance(kind[0], F.Ref) else ""
    if _award_name(target) == bare and _award_name(f) != bare:
        target.props = [(p, v) for p, v in target.props if not _vi_label(p, v)]
        target.add("rdfs:label", next(v for p, v in f.props if _vi_label(p, v)))
    if _hander_only(target) and GIVER in _single(f) and not _hander_only(f):
        target.props = [(p, v) for p, v in target.props if p != GIVER]
    for p, v in f.props:
        if p == "rdfs:label" or (p in _SINGLE and any(q == p for q, _ in target.props)):
            continue
        target.add(p, v)
    target.sentences += [s for s in f.sentences if s not in target.sentences]
    target.spans += f.spans


def _inherit_givers(ctx: F._Ctx) -> None:
    """"Thủ tướng A trao Huy hiệu Đảng cho B, C …" then "B nhận Huy hiệu 50 năm tuổi Đảng": the badge B received is
    the one A gave. A conferral without a giver takes the one giver of the conferrals of its kind named more generally
    (their words a subset of its name) that name one of its recipients; no conferral keeps its giver as a recipient."""
    confs = [f for f in ctx.facts if f.cls == "AwardConferral"]
    for f in confs:
        giver = _values(f, GIVER)
        if giver:
            f.props = [(p, v) for p, v in f.props if not (p == "vnr:recipient" and v in giver)]
    for f in confs:
        recipients, words = set(_values(f, "vnr:recipient")), set(_award_name(f).split())
        if _values(f, GIVER) or not recipients:
            continue
        givers = {g for o in confs if o is not f and _values(o, "vnr:awardKind") == _values(f, "vnr:awardKind")
                  and set(_award_name(o).split()) <= words and recipients & set(_values(o, "vnr:recipient"))
                  for g in _values(o, GIVER)}
        if len(givers) == 1:
            f.add(GIVER, givers.pop())


def _single(f: F.Fact) -> dict[str, F.Ref | F.Lit]:
    return {p: v for p, v in f.props if p in _SINGLE}


def _values(f: F.Fact, prop: str) -> list[F.Ref | F.Lit]:
    return [v for p, v in f.props if p == prop]


def _vi_label(prop: str, value: F.Ref | F.Lit) -> bool:
    return prop == "rdfs:label" and isinstance(value, F.Lit) and value.lang == "vi"


def _award_name(f: F.Fact) -> str:
    """The folded full name of a conferral ("huân chương lao động hạng ba")."""
    return next((key(v.value) for p, v in f.props if _vi_label(p, v) and isinstance(v, F.Lit)), "")
