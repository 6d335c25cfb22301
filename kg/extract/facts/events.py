"""Events: label, fields and years of the descriptor, ordinal and term, and for meetings the date, organisers and
location.
"""

from __future__ import annotations

import re

from kg.extract.document import Mention, Sentence
from kg.extract.event_key import event_key
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import Fact, Lit, Ref, en, integer, vi, year
from kg.extract.link import Entity
from kg.extract.normalise import key, roman_value


def _infer_year(ctx: _Ctx, month: int, reviewed: int | None) -> int | None:
    """The year of a date written without one: the document's, the year after the reviewed one (or the reviewed
    year itself from June on), else the year the document names most often."""
    if ctx.doc.date:
        return int(ctx.doc.date[:4])
    if reviewed is not None:  # a review of year Y is held late in Y or early in Y+1
        return reviewed if month >= 6 else reviewed + 1
    years = [int(m.attr("year")) for m in ctx.doc.mentions if m.kind in ("year",) and m.attr("year")]
    years += [int(m.attr("year")) for m in ctx.doc.mentions if m.kind == "date" and m.attr("year")]
    if years:
        return max(set(years), key=lambda y: (years.count(y), y))
    return None


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
        reviewed = _descriptor(ctx, sent, m, entity, f)
        if entity.cls not in ("Meeting",):
            continue
        _meeting_date(ctx, ctx.doc.sentences[named[0].sentence], f, reviewed)  # a short name first gives it
        organisers = _organisers(ctx, sent, m)
        for o in organisers:
            f.add("schema:organizer", Ref(o.id))
        place = _location(ctx, sent, m)
        if place is None:
            units = [o for o in organisers if o.kind == "place"]
            place = units[0] if units else None
        if place is not None:
            f.add("schema:location", Ref(place.id))


def _descriptor(ctx: _Ctx, sent: Sentence, m: Mention, entity: Entity, f: Fact) -> int | None:
    """Fields and years named in the event's descriptor (a year after a review word is reviewed, after a planning
    word planned), its ordinal and term; returns the reviewed year."""
    reviewed = planned = None
    for c in ctx.of(sent.index, "concept"):
        if m.start <= c.start < m.end and c.attr("scheme") == "field":
            f.add("vnr:field", Ref(ctx.links.of[c]))
    for year_m in ctx.of(sent.index, "year"):
        if m.start <= year_m.start < m.end:
            before = key(ctx.doc.text[m.start : year_m.start])
            last_plan = max(before.rfind(w) for w in ("triển khai", "phương hướng", "kế hoạch", "nhiệm vụ"))
            last_review = max(before.rfind(w) for w in ("tổng kết", "sơ kết", "đánh giá", "kết quả"))
            if last_plan > last_review and last_plan >= 0:
                planned = int(year_m.attr("year"))
            elif last_review >= 0:
                reviewed = int(year_m.attr("year"))
    if reviewed is not None:
        f.add("vnr:reviewsYear", year(reviewed))
    if planned is not None:
        f.add("vnr:plansYear", year(planned))
    ordinal = re.search(r"(?:lần thứ|khóa|khoá|lần)\s+([IVXLC]+|\d+)\b", entity.label)
    if ordinal:
        f.add("vnr:ordinal", integer(roman_value(ordinal.group(1))))
    for t in ctx.of(sent.index, "term"):
        if m.start <= t.start < m.end:
            f.add("vnr:term", Lit(f"{t.attr('first')}-{t.attr('last')}"))
    return reviewed


def _meeting_date(ctx: _Ctx, sent: Sentence, f: Fact, reviewed: int | None) -> None:
    """The meeting's date: the first date of its sentence, its year inferred when the text gives none."""
    dates = ctx.of(sent.index, "date")
    if not dates:
        return
    d = dates[0]
    y = int(d.attr("year")) if d.attr("year") else None
    inferred = y is None
    if y is None:
        y = _infer_year(ctx, int(d.attr("month")), reviewed)
    month, day = int(d.attr("month")), int(d.attr("day"))
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
