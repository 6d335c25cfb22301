"""Events: label, fields and years of the descriptor, ordinal and term, and for meetings the date, organisers and
location.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.event_key import event_key
from kg.extract.facts.context import _Ctx
from kg.extract.facts.event_attrs import event_date, event_ordinal, names_document, own_year, stated_organisers
from kg.extract.facts.model import Fact, Lit, Ref, en, integer, vi, year
from kg.extract.link import Entity
from kg.extract.normalise import key


def _infer_year(ctx: _Ctx, month: int, reviewed: int | None, named: int | None) -> int | None:
    """The year of a date written without one: the document's, else the year after the reviewed one (or the
    reviewed year itself from June on), else the year the event's name states; else none (the date stays day and
    month, as written)."""
    if ctx.doc.date:
        return int(ctx.doc.date[:4])
    if reviewed is not None:  # a review of year Y is held late in Y or early in Y+1
        return reviewed if month >= 6 else reviewed + 1
    return named  # not the year the document names most often: often another event's (a law's, a founding's)


def _events(ctx: _Ctx) -> None:
    """A fact for each named event (from its first named mention): its labels, what its descriptor says, and for a
    meeting its date, organisers and location."""
    for e_id, entity in ctx.links.entities.items():
        if entity.kind != "event":
            continue
        named = [m for m in entity.mentions if not m.attr("ref")]
        if not named:
            continue
        m = next((x for x in named if event_key(x.text) == entity.key), named[0])  # its whole name, not a short one
        sent = ctx.doc.sentences[m.sentence]
        f = ctx.about(e_id, sent, (m.start, m.end))
        f.add("rdfs:label", vi(entity.label[:1].upper() + entity.label[1:]))
        if entity.en:
            f.add("rdfs:label", en(entity.en))
        reviewed, own = _descriptor(ctx, sent, m, entity, f)
        if entity.cls not in ("Meeting",):
            continue
        first = ctx.doc.sentences[named[0].sentence]  # a short name first gives the date
        _meeting_date(ctx, first, f, (reviewed, own), entity)
        organisers = _organisers(ctx, sent, m)
        for o in stated_organisers(organisers):
            f.add("schema:organizer", Ref(o.id))
        place = _location(ctx, sent, m)
        if place is None:
            units = [o for o in organisers if o.kind == "place"]
            place = units[0] if units else None
        if place is not None:
            f.add("schema:location", Ref(place.id))


@cache
def _name_years() -> dict[str, tuple[str, ...]]:
    """Folded words of each class of name_years.tsv: before a year, what makes it reviewed, planned or what the
    event is about (about, object)."""
    out: dict[str, list[str]] = {"review": [], "plan": [], "about": [], "object": []}
    for e in lexicon.entries("name_years"):
        out[e.extra[0]].append(e.key)
    return {c: tuple(ws) for c, ws in out.items()}


def _last_words(before: str) -> dict[str, int]:
    """Where the last word of each class of name_years.tsv stands in the folded name before a year (-1: none); a
    word of class object only right before the year ("công tác năm 2031", not "báo chí viết về công tác Đoàn và
    phong trào thanh niên năm 2031": the year of the prize's round, after other words)."""
    out = {c: max((before.rfind(w) for w in ws), default=-1) for c, ws in _name_years().items() if c != "object"}
    out["object"] = 0 if any(before.rstrip().endswith(w) for w in _name_years()["object"]) else -1
    return out


def _descriptor(ctx: _Ctx, sent: Sentence, m: Mention, entity: Entity, f: Fact) -> tuple[int | None, int | None]:
    """Fields and years named in the event's descriptor (a year after a review word is reviewed, after a planning
    word planned, after a word of the work the event is about none — "Hội nghị công tác năm 2031" —,
    else the event's own: "Lễ hội X năm 2031"; words of name_years.tsv), its ordinal and term; returns the reviewed
    year and the event's own year."""
    reviewed = planned = own = None
    for c in ctx.of(sent.index, "concept"):
        if m.start <= c.start < m.end and c.attr("scheme") == "field":
            f.add("vnr:field", Ref(ctx.links.of[c]))
    for year_m in ctx.of(sent.index, "year"):
        if m.start <= year_m.start < m.end:
            last = _last_words(key(ctx.doc.text[m.start : year_m.start]))
            if last["plan"] > last["review"] and last["plan"] >= 0:
                planned = int(year_m.attr("year"))
            elif last["review"] >= 0 and not names_document(ctx.doc.text[m.start : year_m.start]):
                reviewed = int(year_m.attr("year"))  # not a law's year: "sơ kết thi hành Luật X năm 2012"
            elif max(last.values()) < 0 and own_year(ctx.doc.text[m.start : year_m.end]):
                own = int(year_m.attr("year"))  # not the year of the work named: "Hội nghị công tác năm 2031"
    if reviewed is not None:
        f.add("vnr:reviewsYear", year(reviewed))
    if planned is not None:
        f.add("vnr:plansYear", year(planned))
    ordinal = event_ordinal(entity.label, entity.cls)
    if ordinal is not None:
        f.add("vnr:ordinal", integer(ordinal))
    for t in ctx.of(sent.index, "term"):
        if m.start <= t.start < m.end:
            f.add("vnr:term", Lit(f"{t.attr('first')}-{t.attr('last')}"))
    return reviewed, own


def _meeting_date(ctx: _Ctx, sent: Sentence, f: Fact, years: tuple[int | None, int | None], own: Entity) -> None:
    """The meeting's date: the first date of its sentence that is its own (kg/extract/facts/event_attrs.py), its
    year inferred when the text gives none."""
    events = [(e, ctx.ent(e)) for e in ctx.of(sent.index, "event")]
    got = event_date(ctx.doc.text, ctx.of(sent.index, "date"), events, own)
    if got is None:
        return
    d, day, month, y = got
    inferred = y is None
    if y is None:
        y = _infer_year(ctx, month, *years)
    if y is not None:
        f.add("schema:startDate", Lit(f"{y:04d}-{month:02d}-{day:02d}", "xsd:date"))
        if inferred:
            f.add("vnr:dateInferred", Lit("true", "xsd:boolean"))
    else:  # no year in the text or its context: day and month only, as written
        f.add("schema:startDate", Lit(f"--{month:02d}-{day:02d}", "xsd:gMonthDay"))
    f.spans.append((d.start, d.end))


_ORGANISE = re.compile(r"\s*(?:đã|vừa|sẽ|long trọng|chính thức|\s)*\s*tổ chức\s*$", re.IGNORECASE)


def _organisers(ctx: _Ctx, sent: Sentence, event: Mention) -> list[Entity]:
    text = ctx.doc.text
    out: list[Entity] = []
    cands = [m for m in ctx.of(sent.index, "body", "place") if m.end <= event.start]
    for m in sorted(cands, key=lambda m: -m.end):
        if _ORGANISE.match(text[m.end : event.start]):
            group = [m]
            # "A phối hợp với B tổ chức" / "A và B tổ chức"
            for other in cands:
                if other.end <= m.start and re.fullmatch(r"\s*(?:phối hợp với|và|cùng|,)\s*",
                                                         text[other.end : m.start]):
                    group.insert(0, other)
            for g in group:
                e = ctx.ent(g)
                if e is not None and e not in out:
                    out.append(e)
            break
    after = re.match(r"\s*do\s+", text[event.end : sent.end])
    if not out and after:
        start = event.end + after.end()
        for m in ctx.of(sent.index, "body", "place"):
            if m.start == start and ctx.ent(m) is not None:
                out.append(ctx.ent(m))  # type: ignore[arg-type]
    return out


def _location(ctx: _Ctx, sent: Sentence, event: Mention) -> Entity | None:
    text = ctx.doc.text
    for m in ctx.of(sent.index, "place", "body"):
        if m.start >= event.end and re.fullmatch(r"\s*(?:,\s*)?tại\s+", text[event.end : m.start]):
            return ctx.ent(m)
    return None
