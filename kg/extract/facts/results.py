"""Models, movements and results: counts and status of models, the sectors a movement runs in, and the result
clauses of a review with who achieved them.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Sentence
from kg.extract.facts.context import _clauses, _Ctx, _main_year
from kg.extract.facts.model import Ref, integer, vi, year
from kg.extract.link import Entity
from kg.extract.normalise import key


def _models(ctx: _Ctx) -> None:
    for sent in ctx.doc.sentences:
        ms = ctx.of(sent.index, "model")
        counted = None
        for m in ms:
            e = ctx.ent(m)
            counts = [c for c in ctx.of(sent.index, "count") if c.attr("unit") == "mô hình" and c.start < m.start
                      and (c.end >= m.start or ctx.doc.text[c.end : m.start].strip() == "")]
            n = counts[-1] if counts else None
            if m.attr("counted") and e is not None and n is not None:
                counted = e
                f = ctx.about(e.id, sent, (n.start, m.end))
                f.add("rdfs:label", vi(e.label))
                f.add("vnr:operatingCount", integer(n.attr("n")))
                if any(c.attr("slug") == "operating" for c in ctx.of(sent.index, "concept")):
                    f.add("vnr:status", Ref("concept:status/operating"))
                for p in ctx.of(sent.index, "place"):
                    if p.start < m.start and ctx.ent(p) is not None:
                        f.add("vnr:scope", Ref(ctx.ent(p).id))  # type: ignore[union-attr]
                        break
            elif m.attr("subcount") and counted is not None and n is not None:
                f = ctx.about(counted.id, sent, (n.start, m.end))
                rest = ctx.doc.text[m.end : sent.end]
                if re.match(r"\s*(?:được\s+)?nhân rộng", rest):
                    f.add("vnr:replicatedCount", integer(n.attr("n")))
            elif e is not None and not m.attr("ref"):
                f = ctx.about(e.id, sent, (m.start, m.end))
                f.add("rdfs:label", vi(e.label))


def _movements(ctx: _Ctx) -> None:
    for sent in ctx.doc.sentences:
        movements = ctx.of(sent.index, "movement")
        if not movements:
            continue
        bodies = ctx.of(sent.index, "body")  # once per sentence, not per movement (quadratic in a long one)
        sectors = [c for c in ctx.of(sent.index, "concept") if c.attr("scheme") == "sector"
                   and not any(b.start <= c.start < b.end and b.end - b.start > c.end - c.start for b in bodies)]
        for m in movements:
            e = ctx.ent(m)
            if e is None:
                continue
            f = ctx.about(e.id, sent, (m.start, m.end))
            f.add("rdfs:label", vi(e.label))
            near = [c for c in sectors if c.start >= m.end] or sectors
            for c in near:
                f.add("vnr:runsIn", Ref(ctx.links.of[c]))
            if not near:
                for b in ctx.of(sent.index, "body"):
                    if b.end <= m.start and ctx.ent(b) is not None:
                        f.add("vnr:runsIn", Ref(ctx.ent(b).id))  # type: ignore[union-attr]


def _results(ctx: _Ctx, skip: set[int]) -> None:
    markers = _markers()
    main = ctx.links.entities.get(ctx.links.main_event or "")
    reviewed = _main_year(ctx, "vnr:reviewsYear")
    main_sentence = main.mentions[0].sentence if main is not None and main.mentions else -1
    for sent in ctx.doc.sentences[1:]:
        if sent.index in skip or sent.index == main_sentence or ctx.of(sent.index, "person"):
            continue
        for a, b in _clauses(sent):
            clause = key(ctx.doc.text[a:b])
            if not markers.search(clause):
                continue
            f = ctx.new("Result", sent, (a, b))
            body = ctx.doc.text[a:b].strip().rstrip(".")
            short = body if len(body) <= 90 else body[:88].rsplit(" ", 1)[0] + " …"
            f.add("rdfs:label", vi(short))
            f.add("vnr:text", vi(body))
            years = [int(y.attr("year")) for y in ctx.of(sent.index, "year") if a <= y.start < b]
            if years or reviewed:
                f.add("vnr:forYear", year(years[0] if years else reviewed))  # type: ignore[arg-type]
            for c in ctx.of(sent.index, "concept"):
                if not a <= c.start < b:
                    continue
                scheme = c.attr("scheme")
                prop = {"field": "vnr:field", "security-area": "vnr:securityArea", "sector": "vnr:scope"}.get(scheme)
                if prop:
                    f.add(prop, Ref(ctx.links.of[c]))
            for e in _achievers(ctx, sent, a, b, markers):
                f.add("vnr:achievedBy", Ref(e.id))
            for m in ctx.of(sent.index, "movement", "model"):
                concerned = ctx.ent(m)
                if a <= m.start < b and concerned is not None:
                    f.add("vnr:concerns", Ref(concerned.id))


_PREPOSITION = re.compile(r"(?:^|\s)(?:[Tt]rong|[Tt]ại|[Ởở]|của|cho|với|về|[Tt]heo|[Tt]rên)\s")
_PASSIVE_AGENT = re.compile(r"\bđược\s+(?:(?:chủ|lãnh đạo|cán bộ)\s+)?(?:các\s+|những\s+)?$")


@cache
def _markers() -> re.Pattern[str]:
    """The result markers (lexicon ``result_markers``, folded) as whole words: one pattern, compiled once."""
    forms = sorted({key(e.vi) for e in lexicon.entries("result_markers")}, key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")


def _achievers(ctx: _Ctx, sent: Sentence, a: int, b: int, markers: re.Pattern[str]) -> list[Entity]:
    """Bodies a result is credited to: the subject before the clause's first verb (a directive or result
    marker), not bodies after a preposition ("trong cơ quan, doanh nghiệp…" is where, not who), plus the
    agent of a passive ("được chủ các doanh nghiệp rà soát")."""
    text = ctx.doc.text
    view = key(text[a:b])
    verbs = [d.start for d in ctx.of(sent.index, "directive") if a <= d.start < b]
    m = markers.search(view)  # the first marker: the leftmost match of the alternation
    if m:
        verbs.append(a + m.start())
    end = min(verbs + [b])
    prep = _PREPOSITION.search(text, a, end)
    if prep:
        end = prep.start()
    out: list[Entity] = []
    for body in ctx.of(sent.index, "body"):
        e = ctx.ent(body)
        if e is None or e in out or not a <= body.start < b:
            continue
        if body.start < end or _PASSIVE_AGENT.search(text[max(a, body.start - 30) : body.start]):
            out.append(e)
    return out
