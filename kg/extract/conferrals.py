"""Award conferral facts: one per award a sentence gives or receives, built with the grammar of
:mod:`kg.extract.awards` on the context of :mod:`kg.extract.facts` (its post phrases, posts and event)."""

from __future__ import annotations

import re

from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity
from kg.extract.normalise import key


def awards(ctx: F._Ctx) -> set[int]:
    """One conferral per award named in a sentence that gives or receives it (grammar: :mod:`kg.extract.awards`)."""
    used: set[int] = set()
    text = ctx.doc.text
    for sent in ctx.doc.sentences:
        awards = ctx.of(sent.index, "award")
        if not awards or not (award_grammar.GIVE.search(sent.text) or award_grammar.RECEIVE.search(sent.text)):
            continue
        for i, aw in enumerate(awards):
            nxt = awards[i + 1].start if i + 1 < len(awards) else sent.end
            prev = awards[i - 1].end if i else sent.start
            name_end = award_grammar.name_end(text, aw.start, aw.end, nxt)
            giver, giver_end = _giver(ctx, sent, aw, name_end, prev)
            for g in [giver, *_co_givers(ctx, sent, aw, prev, giver)]:
                _conferral(ctx, sent, aw, (name_end, nxt, prev), g, giver_end if g is giver else 0)
        used.add(sent.index)
    return used


def _conferral(ctx: F._Ctx, sent: Sentence, aw: Mention, bounds: tuple[int, int, int], giver: Entity | None,
               giver_end: int) -> None:
    """One AwardConferral fact: kind, full name, giver, details, recipients, event."""
    text = ctx.doc.text
    name_end, nxt, prev = bounds
    f = ctx.new("AwardConferral", sent, (aw.start, nxt))
    kind_entry = lexicon.by_key("awards").get(aw.key)
    f.add("vnr:awardKind", F.Ref(f"award:{aw.key}"))
    label = text[aw.start : name_end]
    label = label[:1].upper() + label[1:]
    f.add("rdfs:label", F.vi(label))
    if kind_entry:
        f.add("rdfs:label", F.en(kind_entry.en))
    if giver is not None:
        f.add("vnr:conferredBy", F.Ref(giver.id))
        if giver_end and giver_end > name_end:  # "Cờ thi đua của Chính phủ": the name as written
            f.add("skos:altLabel", F.vi(label + text[name_end:giver_end]))
    _award_details(ctx, sent, f, aw, nxt)
    for r in _recipients(ctx, sent, name_end, nxt, prev, aw.start, giver):
        f.add("vnr:recipient", F.Ref(r.id))
    event = F._event_ref(ctx, sent)
    if event:
        f.add("vnr:atEvent", F.Ref(event))


def _co_givers(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int, giver: Entity | None) -> list[Entity]:
    """"được A, B và C tặng nhiều bằng khen": each further authority of the list gives an award of its own."""
    span = award_grammar.passive_giver_span(ctx.doc.text, prev, aw.start)
    if giver is None or span is None or _agent_at(ctx, sent, span[0])[0] is not giver:
        return []
    out: list[Entity] = []
    end = span[0]
    starts = {m.start for m in ctx.of(sent.index, "person", "body")} | {ph[2] for ph in F._post_phrases(ctx, sent)}
    for pos in sorted(starts):
        if not end <= pos < span[1]:
            continue
        found, nend = _agent_at(ctx, sent, pos)
        if found is not None and nend > pos:
            if found.id != giver.id and all(found.id != o.id for o in out):
                out.append(found)
            end = nend
    return out


def _award_details(ctx: F._Ctx, sent: Sentence, f: F.Fact, aw: Mention, nxt: int) -> None:
    """Counts of collectives/individuals, field, year and reason stated after the award."""
    for c in ctx.of(sent.index, "count"):
        if aw.end <= c.start < nxt:
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


def _recipients(ctx: F._Ctx, sent: Sentence, name_end: int, nxt: int, prev: int, start: int,
                giver: Entity | None) -> list[Entity]:
    """Named persons (or, without any, the first body) after "cho"/"tặng", else before "được … AWARD"."""
    text = ctx.doc.text
    out: list[Entity] = []
    for span in (award_grammar.recipients_span(text, name_end, sent.end),
                 award_grammar.passive_subject_span(text, prev, start)):
        if span is None:
            continue
        lo, hi = span
        if span[0] >= name_end:
            hi = min(hi, max(nxt, name_end) if nxt > lo else hi)
        found = [ctx.ent(p) for p in ctx.of(sent.index, "person") if lo <= p.start < hi]
        if not found:
            found = [ctx.ent(b) for b in ctx.of(sent.index, "body") if lo <= b.start < hi][:1]
        out = [e for e in found if e is not None and (giver is None or e.id != giver.id)]
        if out:
            break
    return out


_SINGLE = ("vnr:conferredBy", "vnr:collectiveCount", "vnr:individualCount", "vnr:forYear", "vnr:reason")


def merge(ctx: F._Ctx) -> None:
    """One conferral told several times (headline, lead, body) is one node: conferrals of the same award kind
    merge when none of their single-valued properties (giver, counts, year, reason) disagree."""
    merged: list[F.Fact] = []
    for f in [f for f in ctx.facts if f.cls == "AwardConferral"]:
        props = dict((p, v) for p, v in f.props if p in _SINGLE)
        kind_value = next(v for p, v in f.props if p == "vnr:awardKind")
        assert isinstance(kind_value, F.Ref), "an award kind is a concept"
        kind = kind_value
        name = _award_name(f)
        target = None
        for m in merged:
            mprops = dict((p, v) for p, v in m.props if p in _SINGLE)
            other = _award_name(m)
            if next(v for p, v in m.props if p == "vnr:awardKind") == kind and all(
                    mprops.get(p, v) == v for p, v in props.items()) and (
                    name == other or name == kind.id[6:] or other == kind.id[6:]):
                target = m
                break
        if target is None:
            merged.append(f)
            continue
        if _award_name(target) == kind.id[6:] and name != kind.id[6:]:  # the fuller name wins the label
            target.props = [(p, v) for p, v in target.props if not _vi_label(p, v)]
            target.add("rdfs:label", next(v for p, v in f.props if _vi_label(p, v)))
        for p, v in f.props:
            if p == "rdfs:label" or (p in _SINGLE and any(q == p for q, _ in target.props)):
                continue
            target.add(p, v)
        target.sentences += [s for s in f.sentences if s not in target.sentences]
        target.spans += f.spans
        ctx.facts.remove(f)


def _vi_label(prop: str, value: F.Ref | F.Lit) -> bool:
    return prop == "rdfs:label" and isinstance(value, F.Lit) and value.lang == "vi"


def _award_name(f: F.Fact) -> str:
    """The folded full name of a conferral ("huân chương lao động hạng ba")."""
    return next((key(v.value) for p, v in f.props if _vi_label(p, v) and isinstance(v, F.Lit)), "")


def _giver(ctx: F._Ctx, sent: Sentence, aw: Mention, name_end: int, prev: int) -> tuple[Entity | None, int]:
    """The conferring authority and where its phrase ends: "AWARD của/do X", "thừa ủy quyền của X",
    "được X tặng AWARD", "X trao AWARD"; else the last person before a give verb."""
    text = ctx.doc.text
    pos = award_grammar.giver_after(text, name_end, sent.end)
    if pos is not None:
        found = _agent_at(ctx, sent, pos)
        if found[0] is not None:
            return found
    rel = award_grammar.delegate_of(text[sent.start : aw.start])
    if rel is not None:
        found = _agent_at(ctx, sent, sent.start + rel)
        if found[0] is not None:
            return found[0], 0
    pos = award_grammar.passive_giver(text, prev, aw.start)
    if pos is not None:
        found = _agent_at(ctx, sent, pos)
        if found[0] is not None:
            return found[0], 0
    end = award_grammar.active_giver_end(text, prev, aw.start)
    if end is not None:
        ending = _agent_ending(ctx, sent, end)
        if ending is not None:
            return ending, 0
    give = award_grammar.GIVE.search(sent.text)
    if give is not None:
        at = sent.start + give.start()
        persons = [p for p in ctx.of(sent.index, "person") if p.end <= at]
        if persons and not re.search(r"(?<!\w)được(?!\w)", text[persons[-1].end : at]):
            return ctx.ent(persons[-1]), 0
    return None, 0


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
    """The subject that ends right before a give verb: a person, a post phrase (its holder or the office), a body."""
    text = ctx.doc.text
    near = [m for m in ctx.of(sent.index, "person", "body") if m.end <= end and text[m.end : end].strip(" ,") == ""]
    persons = [m for m in near if m.kind == "person"]
    for ph in F._post_phrases(ctx, sent):
        if ph[3] <= end and text[ph[3] : end].strip(" ,") == "" and not persons:
            body = ctx.ent(ph[1]) if ph[1] is not None else None
            before = [p for p in ctx.of(sent.index, "person") if re.fullmatch(r"\s*[,\-–]\s*", text[p.end : ph[2]])]
            if before:
                return ctx.ent(before[-1])
            return _holder_of(ctx, ph[0], body) or F._post_entity(ctx, sent, ph, "office")[0]
    if persons:
        return ctx.ent(persons[-1])
    return ctx.ent(near[-1]) if near else None


def _holder_of(ctx: F._Ctx, title: Mention, body: Entity | None) -> Entity | None:
    """The official already known to hold this title in this body (e.g. "Chủ tịch UBND tỉnh"), or the one official
    whose post of that title names the same body more fully ("Bí thư Thành ủy" → "Bí thư Thành ủy TP.HCM")."""
    if body is None:
        return None
    post = ctx.links.entities.get(f"post:{key(title.text)}|{body.key}")
    candidates = [post] if post is not None else [
        e for e in ctx.links.entities.values() if e.kind == "post" and e.attrs.get("title") == key(title.text)
        and key(body.label) in key(e.label)]
    holders = {v.id for f in ctx.facts if any(f.subject == c.id for c in candidates)
               for p, v in f.props if p == "org:heldBy" and isinstance(v, F.Ref)}
    return ctx.links.entities.get(holders.pop()) if len(holders) == 1 else None


