"""One node per conferral: the conferral facts of :mod:`kg.extract.conferrals` that tell the same award (headline,
lead, body; the ceremony's title and the sentence that says who handed it over) merge, and a badge named fully
takes the giver of the same badge named generally for the same recipient; a headline's conferral
joins the one body conferral whose name says it in full (:mod:`kg.extract.conferral_headline`)."""

from __future__ import annotations

import re

from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.award_editions import but_edition, edition_added
from kg.extract.award_fields import but_field, field_added
from kg.extract.conferral_follow import follow_up_givers
from kg.extract.conferral_headline import headline_pairs
from kg.extract.link import Entity
from kg.extract.normalise import key

GIVER, PRESENTER = "vnr:conferredBy", "vnr:presentedBy"
_COUNTS = ("vnr:collectiveCount", "vnr:individualCount")
_SINGLE = (GIVER, PRESENTER, *_COUNTS, "vnr:forYear", "vnr:reason")


def merge(ctx: F._Ctx) -> None:
    """Conferrals of the same award kind and name (or one of them the bare kind) merge when none of their
    single-valued properties (giver, presenter, counts, year, reason) disagree — givers that name one authority in
    two ways (a body and the post that heads it; an office and a post of the same title) agreeing when nothing tells
    the receivers apart. Before that, a conferral whose only giver is the official who handed it over ("ông A trao
    Huân chương …") takes the conferring authority of the one conferral that names it for that award ("Lễ trao Huân
    chương … của Chủ tịch nước"); A stays its presenter."""
    confs = [f for f in ctx.facts if f.cls == "AwardConferral"]
    organisers = {f.subject for f in confs if _organiser_only(ctx, f)}
    _authorise([f for f in confs if f.subject not in organisers], confs)
    merged: list[F.Fact] = []
    for f in confs:
        target = next((m for m in merged if _same_award(m, f) and not _set_apart(ctx, m, f) and (_agree(m, f) or (
            _agree(m, f, givers=False) and _same_receivers(m, f) and (
                _one_authority(ctx, m, f) or _yields(m, f, organisers))))), None)
        if target is None:
            merged.append(f)
            continue
        giverless, gives = not _values(target, GIVER), bool(_values(f, GIVER))
        _fold(target, f, _named_giver(target, f, organisers) or _fuller_giver(ctx, target, f))
        if f.subject in organisers and giverless:  # told without a giver, it takes only the organiser's
            organisers.add(target.subject)
        elif f.subject not in organisers and gives:
            organisers.discard(target.subject)
        ctx.facts.remove(f)
    for head, body in headline_pairs(ctx, merged):  # "Trao giải X" in the title, "giải X tỉnh Y lần thứ V" below
        if _agree(body, head) and _same_receivers(body, head) and not _set_apart(ctx, body, head):
            _fold(body, head)
            ctx.facts.remove(head)
    _inherit_givers(ctx)


def _set_apart(ctx: F._Ctx, a: F.Fact, b: F.Fact) -> bool:
    """"A và B được nhận AWARD. Riêng (đối với) B, X đã đến tận nhà để trao AWARD cho đồng chí": the sentence that
    opens with "Riêng" tells a conferral of its own to one receiver of the list, from a giver the other does not
    name."""
    for x, y in ((a, b), (b, a)):
        opening = ctx.doc.sentences[x.sentences[0]].text.lstrip()
        rx, ry = set(_values(x, "vnr:recipient")), set(_values(y, "vnr:recipient"))
        if re.match(r"Riêng(?:\s+(?:đối với|với))?\s", opening) and GIVER in _single(x) \
                and _single(x)[GIVER] != _single(y).get(GIVER) and rx and ry - rx:
            return True
    return False


def _one_authority(ctx: F._Ctx, a: F.Fact, b: F.Fact) -> bool:
    """Both givers name one authority: "UBND tỉnh X" and "Chủ tịch UBND tỉnh X" (the post that heads the body and
    signs for it), "chủ tịch" (an office the text names without its body) and "Chủ tịch UBND tỉnh X", an official
    and the authority he presents for; presenters, where both have one, are the same."""
    ga, gb = _values(a, GIVER), _values(b, GIVER)
    pa, pb = _values(a, PRESENTER), _values(b, PRESENTER)
    if len(ga) != 1 or len(gb) != 1 or (pa and pb and pa != pb):
        return False
    if ga[0] in pb or gb[0] in pa:  # "A trao …" and "thừa ủy quyền của Chủ tịch nước, A trao …": A presents
        return True
    x, y = (ctx.links.entities.get(g.id) if isinstance(g, F.Ref) else None for g in (ga[0], gb[0]))
    if x is None or y is None:
        return False
    return (_heads(x, y) or _heads(y, x) or _office_of(x, y) or _office_of(y, x)
            or _holds_head(ctx, x, y) or _holds_head(ctx, y, x))


def _holds_head(ctx: F._Ctx, person: Entity, other: Entity) -> bool:
    """A person who holds, in the text, the post that heads a body ("ông A, Chủ tịch UBND tỉnh X ký" beside "Bằng
    khen của UBND tỉnh X") or that post itself."""
    if person.kind != "person" or other.kind not in ("body", "post"):
        return False
    posts = [v.id for f in ctx.facts if f.cls == "PostHolding" and ("org:member", F.Ref(person.id)) in f.props
             for p, v in f.props if p == "vnr:post" and isinstance(v, F.Ref)]
    return any(p == other.id or (other.kind == "body" and p.endswith("|" + other.key)) for p in posts)


def _heads(post: Entity, body: Entity) -> bool:
    return post.kind == "post" and body.kind == "body" and post.key.endswith("|" + body.key)


def _office_of(office: Entity, post: Entity) -> bool:
    return (office.kind == post.kind == "post" and office.key.endswith("|office") and "|office" not in post.key
            and office.attrs.get("title", "") != "" and office.attrs.get("title") == post.attrs.get("title"))


def _fuller_giver(ctx: F._Ctx, a: F.Fact, b: F.Fact) -> F.Ref | None:
    """Of two givers that name one authority, the one that says most: a post with its body, then the body, then the
    office."""
    ga, gb = _values(a, GIVER), _values(b, GIVER)
    if not (ga and gb) or ga == gb:
        return None
    rank = {"post": 2, "body": 1}
    def score(g: F.Ref | F.Lit) -> int:
        e = ctx.links.entities.get(g.id) if isinstance(g, F.Ref) else None
        return 0 if e is None or e.key.endswith("|office") else rank.get(e.kind, 0)
    best = max((ga[0], gb[0]), key=score)
    return best if isinstance(best, F.Ref) else None


def _organiser_only(ctx: F._Ctx, f: F.Fact) -> bool:
    """The giver is only the one who organises the ceremony ("Đảng ủy X tổ chức lễ trao Huy hiệu Đảng, Huân chương,
    Bằng khen"): the text names no authority for the award ("của"/"do" Y) and no one who hands it over."""
    if not f.sentences or not f.spans or not _values(f, GIVER) or _values(f, PRESENTER) or any(
            p == "skos:altLabel" for p, _ in f.props):
        return False
    sent = ctx.doc.sentences[f.sentences[0]]
    return award_grammar.organiser_gives(ctx.doc.text, sent.start, f.spans[0][0])


def _yields(a: F.Fact, b: F.Fact, organisers: set[str]) -> bool:
    """One of two conferrals has only the ceremony's organiser for giver, the other a giver told elsewhere in the
    text (not in the organiser's own sentence, where the organisers listed together each keep theirs)."""
    return (a.subject in organisers) != (b.subject in organisers) and not set(a.sentences) & set(b.sentences)


def _named_giver(a: F.Fact, b: F.Fact, organisers: set[str]) -> F.Ref | None:
    """Of two conferrals of one award, the giver of the one whose giver the text names when the other's is only the
    ceremony's organiser."""
    if (a.subject in organisers) == (b.subject in organisers):
        return None
    named = _values(b if a.subject in organisers else a, GIVER)
    return named[0] if named and isinstance(named[0], F.Ref) else None


def _authorise(authorities: list[F.Fact], confs: list[F.Fact]) -> None:
    """A handed-over-only conferral takes the giver of the conferrals of a compatible award (the same or a more
    general kind, one name's words within the other's) whose giver is an authority (not only the ceremony's
    organiser: ``authorities``), when there is exactly one such authority and no count, year or reason disagrees.
    When the compatible conferrals name several authorities, only those that name one of its recipients count ("thay
    mặt Nhà nước, A gắn AWARD lên cờ của đơn vị X" does not make Nhà nước the giver of "A trao AWARD cho ông B")."""
    for f in [f for f in confs if _hander_only(f)]:
        told = [o for o in authorities if o is not f and GIVER in _single(o) and not _hander_only(o)
                and _compatible(o, f) and _agree(o, f, givers=False) and not _handed_apart(o, f)]
        several = len({_single(o)[GIVER] for o in told}) > 1  # the ceremony's awards come from several authorities
        found = {_single(o)[GIVER] for o in told
                 if _same_receivers(o, f) and not (several and not _shares_receiver(o, f))}
        if len(found) == 1:
            f.props = [(p, v) for p, v in f.props if p != GIVER]
            f.add(GIVER, found.pop())


def _handed_apart(told: F.Fact, f: F.Fact) -> bool:
    """Two handings over of one kind at a ceremony: another official handed the conferral that names its authority
    over, and no receiver is the same ("ông A trao Bằng khen của Bộ Y tế cho các tập thể. Ông B trao Bằng khen cho các
    cá nhân": B's may be another authority's; the text does not say, so B, who handed it over, stays its giver)."""
    presenter = _single(told).get(PRESENTER)
    return presenter is not None and presenter != _single(f).get(PRESENTER) and not _shares_receiver(told, f)


def _shares_receiver(a: F.Fact, b: F.Fact) -> bool:
    """Both conferrals name a recipient and one recipient is the same."""
    return bool(set(_values(a, "vnr:recipient")) & set(_values(b, "vnr:recipient")))


def _compatible(general: F.Fact, f: F.Fact) -> bool:
    """The same kind or a more general one ("Huân chương" for "Huân chương Lao động"), and one name's words within
    the other's."""
    gk, fk = _values(general, "vnr:awardKind"), _values(f, "vnr:awardKind")
    if not (gk and fk and isinstance(gk[0], F.Ref) and isinstance(fk[0], F.Ref)):
        return False
    kg_, kf = gk[0].id[6:], fk[0].id[6:]
    if not (kg_ == kf or kf.startswith(kg_ + " ") or kg_.startswith(kf + " ")):
        return False
    a, b = set(_award_name(general).split()), set(_award_name(f).split())
    return a <= b or b <= a


def _same_receivers(a: F.Fact, b: F.Fact) -> bool:
    """Nothing tells two receivers apart: counts, where both state some, are the same; named recipients, where both
    name some, overlap."""
    ca = {p: v for p, v in _single(a).items() if p in _COUNTS}
    cb = {p: v for p, v in _single(b).items() if p in _COUNTS}
    ra, rb = set(_values(a, "vnr:recipient")), set(_values(b, "vnr:recipient"))
    return not (ca and cb and ca != cb) and not (ra and rb and not ra & rb)


def _same_award(a: F.Fact, b: F.Fact) -> bool:
    kind = _values(a, "vnr:awardKind")
    if kind != _values(b, "vnr:awardKind"):
        return False
    bare = kind[0].id[6:] if kind and isinstance(kind[0], F.Ref) else ""
    name_a, name_b = _award_name(a), _award_name(b)
    return name_a == name_b or bare in (name_a, name_b) or but_field(name_a, name_b) or but_edition(name_a, name_b)


def _agree(a: F.Fact, b: F.Fact, givers: bool = True) -> bool:
    """No single-valued property that both have disagrees (the giver and presenter only when ``givers``)."""
    pa, pb = _single(a), _single(b)
    return all(pa.get(p, v) == v for p, v in pb.items() if givers or p not in (GIVER, PRESENTER))


def _hander_only(f: F.Fact) -> bool:
    """The giver the text gives is only the official who handed the award over."""
    p = _single(f)
    return GIVER in p and p.get(PRESENTER) == p[GIVER]


def _fold(target: F.Fact, f: F.Fact, giver: F.Ref | None = None) -> None:
    """``f`` into ``target``: the fuller name wins the label, ``giver`` (when given) the giver; the rest is added."""
    if giver is not None:
        target.props = [(p, v) for p, v in target.props if p != GIVER]
        target.add(GIVER, giver)
    kind = _values(target, "vnr:awardKind")
    bare = kind[0].id[6:] if kind and isinstance(kind[0], F.Ref) else ""
    named, other = _award_name(target), _award_name(f)
    if named == bare and other != bare or field_added(named, other) or edition_added(named, other):
        target.props = [(p, v) for p, v in target.props if not _vi_label(p, v)]
        target.add("rdfs:label", next(v for p, v in f.props if _vi_label(p, v)))
    for p, v in f.props:
        if p == "rdfs:label" or (p in _SINGLE and any(q == p for q, _ in target.props)):
            continue
        target.add(p, v)
    target.sentences += [s for s in f.sentences if s not in target.sentences]
    target.spans += f.spans


def _inherit_givers(ctx: F._Ctx) -> None:
    """"Thủ tướng A trao Huy hiệu Đảng cho B, C …" then "B nhận Huy hiệu 50 năm tuổi Đảng": the badge B received is
    the one A gave. A conferral without a giver takes the one giver of the conferrals of its kind named more generally
    (their words a subset of its name) that name one of its recipients, else the one giver of all conferrals of its
    kind when one of them was told in the three sentences before; no conferral keeps its giver as a recipient."""
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
                  and not _set_apart(ctx, o, f) for g in _values(o, GIVER)}
        if len(givers) == 1:
            f.add(GIVER, givers.pop())
    for f in confs:  # "Bí thư A trao Huy hiệu 70 năm … cho B. Bà C nhận Huy hiệu 60 năm …": the same hand
        if _values(f, GIVER) or not f.sentences:
            continue
        kind = [o for o in confs if o is not f and _values(o, "vnr:awardKind") == _values(f, "vnr:awardKind")]
        givers = {g for o in kind for g in _values(o, GIVER)}
        told = any(o.sentences and f.sentences[0] - 3 <= o.sentences[-1] < f.sentences[0] and _values(o, GIVER)
                   and _values(o, "vnr:atEvent") == _values(f, "vnr:atEvent") for o in kind)
        if len(givers) == 1 and told:
            f.add(GIVER, givers.pop())
    follow_up_givers(ctx, confs)  # "… thưởng nóng cho A. Theo đó, A được thưởng 100 triệu đồng"


def _single(f: F.Fact) -> dict[str, F.Ref | F.Lit]:
    return {p: v for p, v in f.props if p in _SINGLE}


def _values(f: F.Fact, prop: str) -> list[F.Ref | F.Lit]:
    return [v for p, v in f.props if p == prop]


def _vi_label(prop: str, value: F.Ref | F.Lit) -> bool:
    return prop == "rdfs:label" and isinstance(value, F.Lit) and value.lang == "vi"


def _award_name(f: F.Fact) -> str:
    """The folded full name of a conferral ("huân chương lao động hạng ba")."""
    name = next((key(v.value) for p, v in f.props if _vi_label(p, v) and isinstance(v, F.Lit)), "")
    return re.sub(r"[‘’'“”\"«»]", '"', name)  # one quoted name in any quotes ('…' in a headline, “…” in the text)
