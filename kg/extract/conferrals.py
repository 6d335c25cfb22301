"""Award conferral facts: one per award a sentence gives or receives, built with the grammar of
:mod:`kg.extract.awards` on the context of :mod:`kg.extract.facts` (its post phrases, posts and event)."""

from __future__ import annotations

import re

from kg.extract import award_names, lexicon
from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.award_future import only_to_come
from kg.extract.award_goes_to import goes_to
from kg.extract.award_grades import graded_name_end, grades_the_prize, with_kind
from kg.extract.award_in_body import inside_body
from kg.extract.award_unnamed import unnamed_prize
from kg.extract.conferral_address import addressed_holder
from kg.extract.conferral_aside import Given, resumed_giver
from kg.extract.conferral_chain import clause_subject
from kg.extract.conferral_contest import placing_only
from kg.extract.conferral_coorganiser import co_organisers, office_of
from kg.extract.conferral_counts import counts_before, heads_passive
from kg.extract.conferral_giver import agents_in, giver_of, organises_state_award
from kg.extract.conferral_joint import joint_givers
from kg.extract.conferral_list_gap import joins, unbracketed
from kg.extract.conferral_merge import merge as merge
from kg.extract.conferral_offices import office_co_givers
from kg.extract.conferral_owner import owner_at
from kg.extract.conferral_recipients import appositive_to, named_recipients
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity
from kg.extract.mentions.award_amount import with_sum


def awards(ctx: F._Ctx) -> set[int]:
    """One conferral per award named in a sentence that gives or receives it (grammar: :mod:`kg.extract.awards`)."""
    used: set[int] = set()
    text = ctx.doc.text
    for sent in ctx.doc.sentences:
        awards = [a for i, a in enumerate(ctx.of(sent.index, "award"))
                  if not _names_the_next(ctx, sent, i) and not grades_the_prize(ctx, sent, i)
                  and not inside_body(ctx, sent, a) and not unnamed_prize(text[a.start : a.end + 12])
                  and not only_to_come(text, (sent.start, sent.end), (a.start, a.end))]
        if not awards and _follow_up(ctx, sent):
            used.add(sent.index)
        if not awards or not (award_grammar.GIVE.search(sent.text) or award_grammar.RECEIVE.search(sent.text)
                              or any(award_names.is_cash(a.key) for a in awards)
                              or any(appositive_to(ctx, sent, a.start, sent.start) for a in awards)
                              or any(goes_to(text[a.end : sent.end]) for a in awards)):
            continue
        last: tuple[Entity | None, int, Entity | None] = (None, sent.start, None)  # the previous award's giver
        before, given = len(ctx.facts), list[Given]()
        for i, aw in enumerate(awards):
            nxt = awards[i + 1].start if i + 1 < len(awards) else sent.end
            prev = max(awards[i - 1].end, last[1]) if i else sent.start
            clause = text[max(sent.start, text.rfind(";", sent.start, aw.start)) : aw.start]
            if award_grammar.revoked(clause) or award_grammar.conditional(clause):
                continue
            name_end = graded_name_end(ctx, sent, aw, award_names.name_end(text, aw.start, aw.end, nxt))
            if award_names.generic_plural(text, aw.start, name_end, sent.end) or placing_only(
                    text, aw.start, name_end, sent.end) or (
                    award_names.is_cash(aw.key) and award_grammar.ceremony_before(text[sent.start : aw.start])):
                continue
            giver, giver_end, hander = giver_of(ctx, sent, aw, name_end, prev)
            if i and giver_end == 0 and award_grammar.coordinated(text[last[1] : aw.start]):
                giver, hander = last[0], last[2]  # "UBND tỉnh tặng Cờ thi đua … và Bằng khen …": one verb
            elif giver_end == 0:  # "X quyết định …, tặng AWARD" (a chain of one subject), "A cùng lãnh đạo X trao"
                giver, hander = clause_subject(ctx, sent, aw, prev, (giver, hander), (last[0], last[2]))
            if giver is None and i:  # "trao 5 giải Nhì, trong đó A đoạt giải Nhì và 24 giải Khuyến khích"
                giver, hander = (resumed_giver(text, sent.start, aw.start, given) or (0, None, hander))[1:]
            if giver is not None and hander is None and giver_end == 0 and organises_state_award(
                    text, prev, aw.start, name_end):  # the organiser of the ceremony of a State award
                giver = None
            names = [*award_names.split_names(text[aw.start : name_end]),
                     *(with_kind(text, aw, text[a:b])
                       for a, b in award_names.more_names(text, (aw.start, aw.end), name_end, nxt))]
            names = with_sum(aw.key, text[:nxt], name_end, names)  # "thưởng cho A, B mỗi đơn vị 5 triệu đồng"
            joint = joint_givers(ctx, sent, (max(sent.start, text.rfind(";", sent.start, aw.start)), aw.start), giver)
            for k, name in enumerate(names):
                for g in [giver, *_co_givers(ctx, sent, aw, (name_end, prev), giver), *joint]:
                    _conferral(ctx, sent, aw, (name, k, len(names)), (name_end, nxt, prev),
                               (g, giver_end if g is giver else 0, hander if g is giver else
                                (g if hander is giver and g is not None and g.kind == "person" else None)))
            last = (giver, max(name_end, giver_end), hander)
            given.append((name_end, giver, hander))
        _shared_subject(ctx, sent, [f for f in ctx.facts[before:] if f.cls == "AwardConferral"])
        used.add(sent.index)
    return used


def _shared_subject(ctx: F._Ctx, sent: Sentence, confs: list[F.Fact]) -> None:
    """"ông A được X tặng Bằng khen; được Y tặng …, đồng thời cũng được Z tặng …": a passive clause without a subject
    of its own receives as the one before it — a conferral with no recipient takes the previous one's, when the
    stretch from that award to this one holds "được" with no person or body named before it; and when both are the
    one award given by several authorities, or two awards listed side by side ("Bằng khen, giấy khen")."""
    text = ctx.doc.text
    named = [(c.spans[0][0], c.spans[0][0] + len(lab.value)) for c in confs for p, lab in c.props
             if p == "rdfs:label" and isinstance(lab, F.Lit) and lab.lang == "vi"]  # "Anh hùng Lực lượng vũ trang"
    agents = [m.start for m in ctx.of(sent.index, "person", "body")  # not inside an award's quoted name
              if text.count("“", sent.start, m.start) <= text.count("”", sent.start, m.start)
              and not any(a <= m.start < z for a, z in named)]
    for prev, f in zip(confs, confs[1:], strict=False):
        got = [v for p, v in prev.props if p == "vnr:recipient"]
        if not got or any(p == "vnr:recipient" for p, _ in f.props):
            continue
        lo, hi = prev.spans[0][0], f.spans[0][0]
        m = award_grammar.SUBJECTLESS_PASSIVE.search(text, lo, hi)
        side_by_side = award_grammar.side_by_side(text[lo:hi]) and not any(  # "A của X và B": X gives A
            lo <= a < hi and not owner_at(text, a) for a in agents)
        if lo == hi or side_by_side or (m and not any(lo <= a < m.start() for a in agents)):
            for v in got:
                f.add("vnr:recipient", v)
    for prev, f in zip(confs, confs[1:], strict=False):  # "tặng Bằng khen và thưởng nóng … cho A": A gets both
        got = [v for p, v in f.props if p == "vnr:recipient"]
        lo, hi = prev.spans[0][0], f.spans[0][0]
        if got and not any(p == "vnr:recipient" for p, _ in prev.props) and lo < hi and award_grammar.side_by_side(
                text[lo:hi]) and not any(lo <= a < hi for a in agents):
            for v in got:
                prev.add("vnr:recipient", v)


def _follow_up(ctx: F._Ctx, sent: Sentence) -> bool:
    """"Các cá nhân được khen thưởng gồm: A, B và C" right after a conferral: A, B and C are its recipients."""
    at = award_grammar.follow_up_recipients(sent.text)
    previous = [f for f in ctx.facts if f.cls == "AwardConferral" and f.sentences
                and sent.index - 2 <= f.sentences[0] < sent.index]
    if at is None or not previous:
        return False
    found = [e for p in ctx.of(sent.index, "person") if p.start >= sent.start + at for e in [ctx.ent(p)] if e]
    for e in found:
        previous[-1].add("vnr:recipient", F.Ref(e.id))
    if found:
        previous[-1].sentences.append(sent.index)
        previous[-1].spans.append((sent.start, sent.end))
    return bool(found)


def _names_the_next(ctx: F._Ctx, sent: Sentence, i: int) -> bool:
    """"trao giải danh hiệu X": a kind word right before another award is part of that award's phrase."""
    found = ctx.of(sent.index, "award")
    return i + 1 < len(found) and ctx.doc.text[found[i].end : found[i + 1].start].strip() == ""


def _conferral(ctx: F._Ctx, sent: Sentence, aw: Mention, named: tuple[str, int, int], bounds: tuple[int, int, int],
               by: tuple[Entity | None, int, Entity | None]) -> None:
    """One AwardConferral fact: kind, full name, giver (and the official who handed it over), details, recipients,
    event. ``named`` is the name, its place among the names of one phrase and their number: "Huy hiệu 50 năm và 45
    năm tuổi Đảng cho các ông A và B" gives the first to A, the second to B."""
    text = ctx.doc.text
    name, nth, names = named
    name_end, nxt, prev = bounds
    giver, giver_end, hander = by
    f = ctx.new("AwardConferral", sent, (aw.start, nxt))
    kind_entry = lexicon.by_key("awards").get(aw.key)
    f.add("vnr:awardKind", F.Ref(f"award:{aw.key}"))
    label = name[:1].upper() + name[1:]
    f.add("rdfs:label", F.vi(label))
    if kind_entry:
        f.add("rdfs:label", F.en(kind_entry.en))
    recipients, appositive = addressed_holder(ctx, sent, aw, name_end) or named_recipients(
        ctx, sent, name_end, nxt, prev, aw.start, giver)
    if names > 1 and len(recipients) == names:
        recipients = [recipients[nth]]
    if giver is not None and not (appositive and giver_end == 0):
        f.add("vnr:conferredBy", F.Ref(giver.id))
        if giver_end and giver_end > name_end and not re.match(r"\s*(?:do|mà)\s", text[name_end:giver_end], re.I):
            # "Cờ thi đua của Chính phủ": the name as written; not "giải … do X (tổ chức | trao)": a clause
            f.add("skos:altLabel", F.vi(label + text[name_end:giver_end]))
        if hander is not None:
            f.add("vnr:presentedBy", F.Ref(hander.id))
    _award_details(ctx, sent, f, aw, (prev, nxt))
    for r in recipients:
        f.add("vnr:recipient", F.Ref(r.id))
    event = F._event_ref(ctx, sent)
    if event:
        f.add("vnr:atEvent", F.Ref(event))


def _co_givers(ctx: F._Ctx, sent: Sentence, aw: Mention, bounds: tuple[int, int],
               giver: Entity | None) -> list[Entity]:
    """"được A, B và C tặng nhiều bằng khen", "nhiều bằng khen của các bộ, ngành như: A; B": each further authority
    of the list gives an award of its own."""
    name_end, prev = bounds
    organisers = co_organisers(ctx, sent, name_end, giver)  # "AWARD do A và B tổ chức"
    if organisers:
        return organisers
    span = (award_grammar.passive_giver_span(ctx.doc.text, prev, aw.start)
            or award_grammar.giver_list_span(ctx.doc.text, name_end, sent.end))
    if giver is not None and span is None and giver.kind == "body":
        return _subject_list(ctx, sent, aw.start, prev, giver, award_names.is_cash(aw.key))
    if giver is not None and span is None and giver.kind == "person":
        return _persons_before(ctx, sent, aw, prev, giver)
    if giver is not None and span is None and giver.kind == "post":  # "lãnh đạo UBND tỉnh X và Giám đốc … trao"
        return office_co_givers(ctx, sent, aw, prev, giver)
    if giver is None or span is None:
        return []
    agents = agents_in(ctx, sent, *span)
    if not agents or agents[0] is not giver:
        return []
    return [a for i, a in enumerate(agents) if a.id != giver.id and all(a.id != o.id for o in agents[:i])]


# "tại phòng CSHS X, Y trao": a venue of a few words with no comma before the body
_VENUE = re.compile(r"(?<!\w)(?:tại|ở)(?:\s+[^\s,;]+){1,3}\s+$", re.IGNORECASE)


def _subject_list(ctx: F._Ctx, sent: Sentence, start: int, prev: int, giver: Entity,
                  cash: bool = False) -> list[Entity]:
    """"A, B; C… cùng nhiều đơn vị khác đã trao AWARD", "A và B đã thưởng nóng …" (``cash``: the kind is the verb):
    the bodies listed before the body that ends the subject of the give verb give the award too (each an award of its
    own), in text order."""
    text = ctx.doc.text
    end = award_grammar.active_giver_end(text, prev, start)
    if end is None and cash:
        end = award_grammar.cash_subject_end(text, prev, start)
    bodies = unbracketed(text, [m for m in ctx.of(sent.index, "body")
                                if end is not None and prev <= m.start and m.end <= end], prev)
    if end is None or not bodies or ctx.ent(bodies[-1]) is not giver or text[bodies[-1].end : end].strip(" ,…."):
        return []
    chain = [bodies[-1]]
    for m in reversed(bodies[:-1]):
        if m.end > chain[-1].start or not joins(text, m.end, chain[-1].start) \
                or award_grammar.venue_before(text[max(prev, m.start - 24) : m.start]) \
                or _VENUE.search(text[max(prev, m.start - 30) : m.start]):  # "tại trụ sở X, Y trao"
            break
        chain.append(m)
    return _others_of(ctx, sent, chain, giver)


def _others_of(ctx: F._Ctx, sent: Sentence, chain: list[Mention], giver: Entity) -> list[Entity]:
    """The entities of a chain of mentions read back from the giver (its first), less the giver, once each,
    in text order (a body that ends a post phrase stands for the post's office)."""
    out: list[Entity] = []
    for e in (office_of(ctx, sent, m) or ctx.ent(m) for m in reversed(chain[1:])):
        if e is not None and e.id != giver.id and all(e.id != o.id for o in out):
            out.append(e)
    return out


def _persons_before(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int, giver: Entity) -> list[Entity]:
    """"ông A - Chủ tịch UBND tỉnh và Đại tá B, Giám đốc Công an tỉnh đã trao AWARD": the persons joined by "và",
    "cùng" or "," (each with only the posts, rank or honorific that describe them) before the person who ends the
    subject of the give verb give the award too (each an award of its own), in text order."""
    text = ctx.doc.text
    end = award_grammar.active_giver_end(text, prev, aw.start)
    if end is None and award_names.is_cash(aw.key):
        end = award_grammar.cash_subject_end(text, prev, aw.start)
    persons = [m for m in ctx.of(sent.index, "person") if end is not None and prev <= m.start and m.end <= end]
    if not persons or ctx.ent(persons[-1]) is not giver:
        return []
    covered = [(ph[2], ph[3]) for ph in F._post_phrases(ctx, sent)] + [
        (m.start, m.end) for m in ctx.of(sent.index, "rank", "honorific", "title", "body")]
    chain = [persons[-1]]
    for m in reversed(persons[:-1]):
        gap = list(text[m.end : chain[-1].start])
        for a, b in covered:
            for i in range(max(a, m.end), min(b, chain[-1].start)):
                gap[i - m.end] = " "
        # a caption's place in parentheses may follow a name: "A (thứ hai từ trái sang) và B trao …"
        if not re.fullmatch(r"[\s,\-–]*(?:\([^()]{1,60}\)[\s,]*)?(?:(?:và|cùng|cùng với)[\s,]*|,[\s,]*)",
                            "".join(gap).rstrip() + " "):
            break
        chain.append(m)
    return _others_of(ctx, sent, chain, giver)


def _award_details(ctx: F._Ctx, sent: Sentence, f: F.Fact, aw: Mention, bounds: tuple[int, int]) -> None:
    """Counts of collectives/individuals (after the award, else as the subject of its passive clause before it),
    field, year and reason stated after the award."""
    prev, nxt = bounds
    counts = ctx.of(sent.index, "count")
    after = [c for c in counts if aw.end <= c.start < nxt and not (  # not the subject of the next award's clause
        nxt < sent.end and heads_passive(ctx.doc.text, c.end, nxt))]
    for c in after or (counts_before(ctx.doc.text, counts, prev, aw.start) if counts else []):
        prop = {"tập thể": "vnr:collectiveCount", "cá nhân": "vnr:individualCount"}.get(c.attr("unit"))
        if prop:
            f.add(prop, F.integer(c.attr("n")))
            f.spans.append((c.start, c.end))
    for c in ctx.of(sent.index, "concept"):
        if aw.end <= c.start < nxt and c.attr("scheme") == "field":
            f.add("vnr:field", F.Ref(ctx.links.of[c]))
    for y in ctx.of(sent.index, "year"):
        if aw.end <= y.start < nxt:
            f.add("vnr:forYear", F.year(y.attr("year")))
    reason = re.search(r"(?:có thành tích|vì|do có|đã có|vì đã có)\s+(.+)$", ctx.doc.text[aw.end : nxt].rstrip(" ."))
    if reason:
        f.add("vnr:reason", F.vi(reason.group(0).strip().rstrip(".;,")))
