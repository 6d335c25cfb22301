"""Who gives an award: the conferring authority of "AWARD của/do X", "thừa ủy quyền của X", "được X tặng AWARD" or
the subject of "X trao AWARD", the official who handed it over, and the agents (person, post phrase, body) a stretch
of the sentence names — for :mod:`kg.extract.conferrals`."""

from __future__ import annotations

import re

from kg.extract import award_names
from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract import link as L
from kg.extract.conferral_acronym import acronym_body
from kg.extract.conferral_delegate import delegating_subject
from kg.extract.conferral_organiser import organiser_after
from kg.extract.conferral_place_giver import place_subject
from kg.extract.conferral_unit import unit_giver
from kg.extract.conferral_visit import beside_give_end, visit_subject_end
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity
from kg.extract.normalise import key


def agents_in(ctx: F._Ctx, sent: Sentence, lo: int, hi: int) -> list[Entity]:
    """Every agent (person, post phrase, body) that starts between ``lo`` and ``hi``, in text order."""
    out: list[Entity] = []
    end = lo
    starts = {m.start for m in ctx.of(sent.index, "person", "body")} | {ph[2] for ph in F._post_phrases(ctx, sent)}
    for pos in sorted(starts):
        if not end <= pos < hi:
            continue
        found, nend = _agent_at(ctx, sent, pos)
        if found is not None and nend > pos:
            out.append(found)
            end = nend
    return out


def giver_of(ctx: F._Ctx, sent: Sentence, aw: Mention, name_end: int,
           prev: int) -> tuple[Entity | None, int, Entity | None]:
    """The conferring authority, where its phrase ends, and the official who handed the award over. The authority
    is X of "AWARD của/do X", "thừa ủy quyền của X", "được X tặng AWARD"; else the subject of "X trao AWARD" or the
    last person before a give verb, who is then also the one who handed it over."""
    text = ctx.doc.text
    subject = _subject(ctx, sent, aw, prev)
    decided = re.search(r"quyết định\s+\S+(?:\s+\S+)?\s*$", text[max(sent.start, aw.start - 40) : aw.start])
    hander = subject if subject is not None and subject.kind == "person" and not decided else None
    pos = award_grammar.giver_after(text, name_end, sent.end)
    years = _MORE_YEARS.match(text, name_end, sent.end) if pos is None else None
    if years is not None:  # "Giải thưởng X 2015, 2016 do Y trao tặng"
        pos = award_grammar.giver_after(text, years.end(), sent.end)
    for k, at in enumerate((pos, organiser_after(text, name_end, sent.end))):  # "giải Nhất của Hội thi A do Sở B …"
        found = _authority_at(ctx, sent, at) if at is not None else (None, 0)
        if found[0] is not None and not _welcoming(ctx, sent, (aw, name_end, at or 0), found):
            return found[0], found[1] if k == 0 else name_end, hander  # the organiser's clause names no award
    after = _passive_after(text, name_end, sent.end)
    if after is not None:  # "AWARD (đã) được X trao tặng cho Y", "nhận AWARD từ (tay) X"
        found = _authority_at(ctx, sent, after)
        if found[0] is not None:
            return found[0], 0, found[0] if found[0].kind == "person" else hander
    listed = award_grammar.giver_list_span(text, name_end, sent.end)
    agents = agents_in(ctx, sent, *listed) if listed else []
    if agents:  # "nhiều bằng khen của các cấp, ngành như: A; B": A (and B a giver of its own)
        return agents[0], 0, hander
    clause = max(sent.start, text.rfind(";", sent.start, aw.start) + 1)  # "thay mặt X, A tặng hoa; B tặng AWARD"
    rel = award_grammar.delegate_of(text[clause : aw.start])
    if rel is not None:
        found = _authority_at(ctx, sent, clause + rel)
        if found[0] is not None:
            return found[0], 0, _acting_for(ctx, sent, (clause, clause + rel), found[0], hander)
    clause_end = text.find(";", aw.end, sent.end)
    pos = award_grammar.decided_by(text, clause, sent.end if clause_end < 0 else clause_end)
    if pos is not None:  # "Theo Quyết định số … của X, ông A được tặng AWARD"
        decider = _decider_at(ctx, sent, pos)
        if decider is not None:
            return decider, 0, hander
    pos = award_grammar.passive_giver(text, prev, aw.start)
    if pos is not None:
        found = _authority_at(ctx, sent, pos)
        if found[0] is not None:  # "được ông A, Chủ tịch … trao": A hands it over (the authority may be told apart)
            return found[0], 0, found[0] if _named_at(ctx, sent, pos) else None
    pos = _submitted_to(text, aw.end, sent.end)
    if pos is not None:  # "hồ sơ đề nghị tặng AWARD … trình Chủ tịch nước tặng giải thưởng"
        decider = _decider_at(ctx, sent, pos)
        if decider is not None:
            return decider, 0, hander
    return subject or unit_giver(ctx, sent, aw, prev), 0, hander


def _acting_for(ctx: F._Ctx, sent: Sentence, span: tuple[int, int], authority: Entity,
                hander: Entity | None) -> Entity | None:
    """"ông A thay mặt Thủ tướng B trao AWARD": A, the person named last before the delegation (which starts at
    ``span[1]``, the clause at ``span[0]``), hands the award over for B — not B, the person nearest the verb."""
    acting = delegating_subject(ctx, sent, span)  # "ông A thay mặt Thủ tướng trao …": the subject before it
    if acting is not None or hander is None or hander is not authority:
        return acting or hander
    before = [p for p in ctx.of(sent.index, "person") if span[0] <= p.start and p.end <= span[1]]
    return ctx.ent(before[-1]) if before else hander


# the further years of an award won again after the one its name ends with ("Giải thưởng X 2015, 2016", "… 2015 và
# năm 2016"): "do/của Y" after them still tells the giver
_MORE_YEARS = re.compile(r"(?:\s*(?:,|và|-|–)\s*(?:năm\s+)?\d{4}(?!\d))+")


# "… (xét) trình (lên) X (quyết định) tặng": X gives (not "chương trình", "công trình", "quá trình" …)
_SUBMIT = re.compile(r"(?<!\w)(?<!chương )(?<!công )(?<!quá )(?<!lộ )(?<!tiến )(?<!phương )(?<!giáo )(?<!hành )"
                     r"trình\s+(?:lên\s+)?(?P<x>(?:(?!trình\s)[^,;:.]){3,60}?)\s+(?:(?:xem xét|xét|ký|quyết định)\s+)*"
                     r"(?:trao tặng|tặng thưởng|khen thưởng|phong tặng|tặng)(?!\w)", re.IGNORECASE)


def _submitted_to(text: str, after: int, limit: int) -> int | None:
    """Where X starts in "AWARD … trình X tặng" after the award: the file of the award goes up to X, who confers it."""
    if "trình" not in text[after:limit]:
        return None
    m = _SUBMIT.search(text, after, limit)
    return m.start("x") if m else None


def _passive_after(text: str, name_end: int, limit: int) -> int | None:
    """Where X starts in "AWARD (đã) được X trao tặng …" (the award before its passive verb) or "nhận AWARD từ (tay) X"
    (``award_parts`` role ``hander``: X hands it over)."""
    m = re.match(r"\s+(?:(?:đã|vừa|cũng)\s+)?được\s+(?=\S)([^,;:.]{2,80}?)\s+(?:trao tặng|tặng thưởng|truy "
                 r"tặng|phong tặng|trao|tặng)(?!\w)", text[name_end:limit], re.IGNORECASE)
    if m:
        return name_end + m.start(1)
    m = re.match(r"\s*(?:" + award_names.alt("hander") + r")\s+(?=\S)", text[name_end:limit], re.IGNORECASE)
    return name_end + m.end() if m else None


def _decider_at(ctx: F._Ctx, sent: Sentence, pos: int) -> Entity | None:
    """The authority of "theo Quyết định của X": a post phrase stands for its office unless its holder is named right
    after it ("của Bộ trưởng Bộ Y, ông A được tặng …": A is the receiver, not the minister)."""
    for ph in F._post_phrases(ctx, sent):
        if ph[2] == pos and not any(p.start >= ph[3] and ctx.doc.text[ph[3] : p.start].strip() == ""
                                    for p in ctx.of(sent.index, "person")):
            return F._post_entity(ctx, sent, ph, "office")[0]
    return _authority_at(ctx, sent, pos)[0]


# bodies that receive awards and confer none of their own (companies, schools, hospitals, armed units)
_WELCOMERS = frozenset({"Enterprise", "PublicServiceUnit", "MilitaryForce", "PoliceForce"})


def _welcoming(ctx: F._Ctx, sent: Sentence, award: tuple[Mention, int, int],
               found: tuple[Entity | None, int]) -> bool:
    """"(dự) lễ đón nhận AWARD của X" with no give verb after X: X is the one who welcomes the award at its ceremony,
    not its giver, when X is a place, a body that confers no awards (a company, a school …), a person named without a
    post ("của đồng chí A"), or, for an award the State alone confers (an order, a hero's title: ``award_parts`` role
    ``state``), any body but the State; an office ("của Chủ tịch nước"), an authority ("Cờ thi đua của Chính phủ",
    "Bằng khen của Bộ Y tế") or "của X phong tặng Y" gives. ``award``: the award, where its name ends, where X
    starts."""
    aw, name_end, pos = award
    entity, end = found
    text = ctx.doc.text
    if entity is None or not award_grammar.welcomed_in_ceremony(text, sent.start, aw.start) \
            or award_grammar.gives_after(text, end, sent.end):
        return False
    bodies = [m for m in ctx.of(sent.index, "body") if m.end == end]
    if entity.kind == "place" or any(m.attr("cls") in _WELCOMERS for m in bodies):
        return True
    if entity.kind == "person":
        return not any(ph[2] == pos for ph in F._post_phrases(ctx, sent))
    return entity.kind == "body" and award_grammar.state_award(text[aw.start : name_end]) and not any(
        award_grammar.state_giver(m.attr("head")) for m in bodies)


def _subject(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int) -> Entity | None:
    """Who gives in the active voice: the subject of "X trao AWARD", else the last person before the give verb
    nearest before the award."""
    text = ctx.doc.text
    # "X đã xác nhận và trao AWARD" before "X trao AWARD"
    end = beside_give_end(text, prev, aw.start) or award_grammar.active_giver_end(text, prev, aw.start)
    if end is None and award_names.is_cash(aw.key):  # "X (đã tặng hoa và) thưởng nóng …"
        end = visit_subject_end(text, prev, aw.start) or award_grammar.cash_subject_end(text, prev, aw.start)
    receiver = award_grammar.ditransitive_span(text, prev, aw.start)
    if end is None and receiver is not None:  # "X tặng ông A Huân chương …"
        end = award_grammar.active_giver_end(text, prev, receiver[0])
    if end is not None:
        ending = _agent_ending(ctx, sent, end)
        if ending is not None:
            return ending
    gives = list(award_grammar.GIVE.finditer(text, sent.start, aw.start))
    if gives and not award_grammar.ceremony_before(text[sent.start : gives[-1].start()]):
        # the give verb nearest before the award, not one that names a ceremony ("A phát biểu tại lễ trao AWARD")
        at = gives[-1].start()
        persons = [p for p in ctx.of(sent.index, "person") if p.end <= at]
        if persons and not re.search(r"(?<!\w)được(?!\w)", text[persons[-1].end : at]) and not (
                award_grammar.object_before(text[max(sent.start, persons[-1].start - 30) : persons[-1].start])
                or award_grammar.not_the_giver(text[persons[-1].end : at])):
            return ctx.ent(persons[-1])
    return None


def _authority_at(ctx: F._Ctx, sent: Sentence, pos: int) -> tuple[Entity | None, int]:
    """The agent at ``pos``, or after a lead-in of common words ("lãnh đạo Đảng, Nhà nước" → Nhà nước) or an
    honorific ("do ông A, Chủ tịch … ký": A)."""
    text = ctx.doc.text
    found = _agent_at(ctx, sent, pos)
    honorific = next((h.end for h in ctx.of(sent.index, "honorific") if h.start == pos), pos)
    honorific += len(text[honorific : sent.end]) - len(text[honorific : sent.end].lstrip())
    for at in (award_grammar.lead_in(text, pos, sent.end), honorific):
        if at > pos and found[0] is None:
            found = _agent_at(ctx, sent, at)
    return found if found[0] is not None else acronym_body(ctx, sent, pos)  # "do IEEE trao tặng"


def _named_at(ctx: F._Ctx, sent: Sentence, pos: int) -> bool:
    """A person is named at ``pos`` (after an honorific, "ông A"), not a post phrase ("Chủ tịch UBND tỉnh")."""
    at = {pos} | {h.end + 1 for h in ctx.of(sent.index, "honorific") if h.start == pos}
    return any(p.start in at for p in ctx.of(sent.index, "person"))


def _agent_at(ctx: F._Ctx, sent: Sentence, pos: int) -> tuple[Entity | None, int]:
    """The person, post (its holder when the text names one right after it, else the office) or body at ``pos``."""
    for ph in F._post_phrases(ctx, sent):
        if ph[2] == pos:
            holder = next((p for p in ctx.of(sent.index, "person") if ctx.doc.text[ph[3] : p.start].strip() == ""
                           and p.start >= ph[3]), None)
            if holder is not None and ctx.ent(holder) is not None:
                return ctx.ent(holder), ph[3]
            body = ctx.ent(ph[1]) if ph[1] is not None else None
            return _holder_of(ctx, ph[0], body) or F._post_entity(ctx, sent, ph, "office")[0], ph[3]
    for m in ctx.of(sent.index, "person", "body", "place"):
        if m.start == pos and ctx.ent(m) is not None:
            return ctx.ent(m), m.end
    return None, 0


def _agent_ending(ctx: F._Ctx, sent: Sentence, end: int) -> Entity | None:
    """The subject that ends right before a give verb: a person, a post phrase (its holder — the person named before
    it and the posts before it — or the office), a body."""
    text = ctx.doc.text
    near = [m for m in ctx.of(sent.index, "person", "body") if m.end <= end
            and re.fullmatch(r"[\s,]*(?:\([^()]{1,60}\))?[\s,]*", text[m.end : end])]  # "TTXVN", "(Chủ tịch …)"
    persons = [m for m in near if m.kind == "person"]
    phrases = F._post_phrases(ctx, sent)
    for ph in phrases:
        if ph[3] <= end and text[ph[3] : end].strip(" ,") == "" and not persons:
            body = ctx.ent(ph[1]) if ph[1] is not None else None
            start = ph[2]  # "A, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng trao …": back over the chain of posts
            while True:
                prior = next((q for q in phrases if q[3] < start and re.fullmatch(r"\s*,\s*", text[q[3] : start])),
                             None)
                if prior is None:
                    break
                start = prior[2]
            before = [p for p in ctx.of(sent.index, "person") if re.fullmatch(r"\s*[,\-–]\s*", text[p.end : start])]
            if before:
                return ctx.ent(before[-1])
            return _holder_of(ctx, ph[0], body, implied_body=True) or F._post_entity(ctx, sent, ph, "office")[0]
    if persons:
        return ctx.ent(persons[-1])
    return ctx.ent(near[-1]) if near else place_subject(ctx, sent, end)


def _holder_of(ctx: F._Ctx, title: Mention, body: Entity | None, implied_body: bool = False) -> Entity | None:
    """The official already known to hold this title in this body (e.g. "Chủ tịch UBND tỉnh"), or the one official
    whose post of that title names the same body more fully ("Bí thư Thành ủy" → "Bí thư Thành ủy TP.HCM") or is
    that title written more fully ("Thủ tướng" → "Thủ tướng Chính phủ"); of several, the one who holds it now.
    With ``implied_body`` a title without a body stands for the body it implies (the subject "Thủ tướng trao …")."""
    entry = F._title_entry(title.text)
    implied = entry.extra[0] if implied_body and body is None and entry is not None and entry.extra else ""
    bkey, blabel = (body.key, body.label) if body is not None else (
        L.implied_body(ctx.links, ctx.doc.doc_id, implied)[0] if implied else "", implied)
    if not blabel:
        return None
    t = F._title_key(title.text)  # as holdings keys posts: abbreviations written out ("TGĐ")
    post = ctx.links.entities.get(f"post:{t}|{bkey}")
    holders = _holders(ctx, [post]) if post is not None else set()
    if not holders:
        holders = _holders(ctx, [e for e in ctx.links.entities.values() if e.kind == "post" and (
            e.attrs.get("title") == t or e.attrs.get("title", "").startswith(t + " ")) and (
            key(blabel) in key(e.label) or e.id.endswith("|" + bkey))])
    return ctx.links.entities.get(holders.pop()) if len(holders) == 1 else None


def _holders(ctx: F._Ctx, posts: list[Entity]) -> set[str]:
    """Who holds these posts; when several, only those who hold one now (no "nguyên")."""
    ids = {F.Ref(c.id) for c in posts}
    held = [f for f in ctx.facts if f.cls == "PostHolding" and any(p == "vnr:post" and v in ids for p, v in f.props)]
    holders = {v.id for f in ctx.facts if any(f.subject == c.id for c in posts)
               for p, v in f.props if p == "org:heldBy" and isinstance(v, F.Ref)}
    if len(holders) > 1:  # "Thủ tướng trao …" beside "nguyên Thủ tướng A"
        former = F.Lit("true", "xsd:boolean")
        holders &= {m.id for f in held if ("vnr:former", former) not in f.props
                    for p, m in f.props if p == "org:member" and isinstance(m, F.Ref)}
    return holders


def organises_state_award(text: str, lo: int, award_start: int, name_end: int) -> bool:
    """"X tổ chức Lễ trao tặng danh hiệu vinh dự Nhà nước …", "X tổ chức lễ trao Huân chương …": the one who organises
    the ceremony of an award the State alone confers (``award_parts`` role ``state``) is not its giver."""
    stretch = text[lo:award_start]
    return ("tổ chức" in stretch or "Tổ chức" in stretch) and award_grammar.organiser_gives(text, lo, award_start) \
        and award_grammar.state_award(text[award_start:name_end])
