"""Speeches (who speaks at which meeting) and the tasks they set (what a speaker asks, and what is planned for the
coming year).
"""

from __future__ import annotations

import re

from kg.extract.document import Sentence
from kg.extract.facts.context import _clauses, _Ctx, _main_year
from kg.extract.facts.model import Fact, Ref, en, vi, year
from kg.extract.facts.task_objects import seized
from kg.extract.link import Entity
from kg.extract.normalise import key

_SPEAK = re.compile(r"phát biểu|phát biểu chỉ đạo|phát biểu khai mạc|phát biểu bế mạc|phát biểu kết luận")


def _speeches(ctx: _Ctx) -> dict[str, str]:
    """Speech per (speaker, event); returns speaker entity id → speech fact id (last one)."""
    speech_of: dict[str, str] = {}
    for sent in ctx.doc.sentences:
        if not _SPEAK.search(sent.text):
            continue
        persons = ctx.of(sent.index, "person")
        if not persons:
            continue
        m = _SPEAK.search(sent.text)
        assert m is not None
        pos = sent.start + m.start()
        # the speaker: the person nearest before "phát biểu", or right after "Phát biểu …, đồng chí X"
        before = [p for p in persons if p.end <= pos]
        speaker_m = before[-1] if before else persons[0]
        speaker = ctx.ent(speaker_m)
        if speaker is None:
            continue
        event = _event_ref(ctx, sent)
        sid = f"fact:Speech:{speaker.key}|{event or ''}"
        fact = next((f for f in ctx.facts if f.subject == sid), None)
        if fact is None:
            fact = Fact(sid, "Speech")
            ctx.facts.append(fact)
            fact.add("vnr:speaker", Ref(speaker.id))
            if event:
                fact.add("vnr:atEvent", Ref(event))
            fact.add("rdfs:label", vi(f"{speaker.label} phát biểu"))
            fact.add("rdfs:label", en(f"Speech by {speaker.label}"))
        fact.sentences.append(sent.index)
        fact.spans.append((speaker_m.start, sent.start + m.end()))
        speech_of[speaker.id] = sid
    return speech_of


def _event_ref(ctx: _Ctx, sent: Sentence) -> str | None:
    for m in ctx.of(sent.index, "event"):
        e = ctx.ent(m)
        if e is not None and e.cls == "Meeting":
            return e.id
    return ctx.links.main_event


_GOES_ON = re.compile(r"^(?:Đồng thời|Cùng với đó|Bên cạnh đó|Ngoài ra|Mặt khác|Trong đó)\b")


def _tasks(ctx: _Ctx, speech_of: dict[str, str]) -> set[int]:
    """Tasks: what a speaker asks (đề nghị/yêu cầu…) and the imperative sentences that follow it,
    and sentences that set work for the planned year. Returns the sentence indexes used."""
    doc = ctx.doc
    planned = _main_year(ctx, "vnr:plansYear")
    used: set[int] = set()
    issuer: Entity | None = None
    addressees: list[Entity] = []
    active = False
    for sent in doc.sentences[1:]:
        directives = ctx.of(sent.index, "directive")
        requests = [d for d in directives if d.attr("role") == "request"]
        persons = ctx.of(sent.index, "person")
        awards = ctx.of(sent.index, "award")
        starts_imperative = any(d.start == sent.start for d in directives) or _GOES_ON.match(sent.text)
        explicit = None
        if not active:
            ctx.task_fields = []
        for r in requests:
            subj = [p for p in persons if p.end <= r.start]
            if subj and seized(doc.text, subj[-1].start):
                continue  # "khống chế X giao cho Công an": X handed over, no request of X's
            if subj and ctx.ent(subj[-1]) is not None:
                explicit = r
                issuer = ctx.ent(subj[-1])
                addressees = []
                nxt = [d for d in directives if d.start > r.end and d.attr("role") == "task"]
                stop = nxt[0].start if nxt else sent.end
                for place in ctx.of(sent.index, "body", "place"):
                    addressee = ctx.ent(place)
                    if r.end <= place.start < stop and addressee is not None:
                        addressees.append(addressee)
                break
        future = [y for y in ctx.of(sent.index, "year") if planned and int(y.attr("year")) == planned]
        if explicit is not None:
            active = True
            body_start = explicit.end
        elif active and (awards or (persons and not starts_imperative)) :
            active = False
            continue
        elif active and (starts_imperative or directives):
            body_start = sent.start
        elif future and directives and not awards and sent.index > 1:
            subj = [m for m in ctx.of(sent.index, "place", "body") if m.start > future[0].end]
            first = ctx.ent(subj[0]) if subj else None
            _task(ctx, sent, (sent.start, sent.end), None, [first] if first is not None else [], planned, None)
            used.add(sent.index)
            continue
        else:
            active = False
            continue
        speech = speech_of.get(issuer.id) if issuer else None
        for a, b in _clauses(sent):
            if b <= body_start:
                continue
            _task(ctx, sent, (max(a, body_start), b), issuer, addressees, planned, speech)
        used.add(sent.index)
    return used


def _task(ctx: _Ctx, sent: Sentence, span: tuple[int, int], issuer: Entity | None, addressees: list[Entity],
          planned: int | None, speech: str | None) -> None:
    a, b = span
    body = ctx.doc.text[a:b].strip().rstrip(".")
    f = ctx.new("Task", sent, (a, b))
    short = body if len(body) <= 90 else body[:88].rsplit(" ", 1)[0] + " …"
    f.add("rdfs:label", vi(short[:1].upper() + short[1:]))
    f.add("vnr:text", vi(body))
    if issuer is not None:
        f.add("vnr:issuedBy", Ref(issuer.id))
    for ad in addressees:
        f.add("vnr:addressee", Ref(ad.id))
    if planned:
        f.add("vnr:forYear", year(planned))
    if speech:
        f.add("prov:wasGeneratedBy", Ref(speech))
    directives = [d for d in ctx.of(sent.index, "directive") if a <= d.start < b and d.attr("role") == "task"]
    if directives:
        f.add("vnr:directive", Ref(f"directive:{directives[0].key}"))
    for c in ctx.of(sent.index, "concept"):
        if a <= c.start < b and c.attr("scheme") in ("field", "security-area"):
            f.add("vnr:field" if c.attr("scheme") == "field" else "vnr:concerns", Ref(ctx.links.of[c]))
    fields = [v for p, v in f.props if p == "vnr:field"]
    if fields:
        ctx.task_fields = fields
    else:  # a task of the same speech without a field word continues the field of the task before it
        for v in ctx.task_fields:
            f.add("vnr:field", v)
    for m in ctx.of(sent.index, "event", "model", "movement"):
        e = ctx.ent(m)
        if a <= m.start < b and e is not None and e.cls != "Meeting":
            f.add("vnr:concerns", Ref(e.id))
            if m.kind == "model":
                st = ctx.about(e.id, sent, (m.start, m.end))
                if "triển khai" in key(ctx.doc.text[a : m.start]):
                    st.add("vnr:status", Ref("concept:status/to-deploy"))
