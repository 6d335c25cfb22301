"""The committee of a contest gives each of its grades: "Hai giải Nhất thuộc về …" and "Ban Tổ chức cũng đã trao 24
giải Khuyến khích" tell two grades of one contest that the one committee awards — round awards51. After the
committee's own prize round has its giver (:mod:`kg.extract.conferral_committee`): when the grade prizes of the
article ("giải Nhất", "giải Khuyến khích cuộc thi X", the grades of ``award_parts.tsv``) that have a body as their
giver all have one body, an organising committee (the words of ``prize_committees.tsv``), each grade prize without a
giver takes it. A grade that another body gives keeps every giverless grade as it is (two contests, or a giver the
committee does not speak for); officials who hand a grade over do not."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.award_grades import _bare_grade
from kg.extract.conferral_committee import _committee
from kg.extract.conferral_merge import GIVER, _values
from kg.extract.link import Entity


def _label(f: F.Fact) -> str:
    return next((v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, F.Lit) and v.lang == "vi"), "")


def _is_grade(name: str) -> bool:
    """A grade prize: its name opens with "giải" and a grade, the grade a whole word."""
    m = _bare_grade().match(name)
    return m is not None and not re.match(r"\w", name[m.end() :])


def grade_committee_givers(ctx: F._Ctx) -> None:
    """Give the article's giverless grade prizes the one organising committee that gives its other grades."""
    grades = [f for f in ctx.facts if f.cls == "AwardConferral" and _is_grade(_label(f))]
    if not grades:
        return
    bodies: dict[str, Entity] = {}
    for f in grades:
        for g in _values(f, GIVER):
            ent = ctx.links.entities.get(g.id) if isinstance(g, F.Ref) else None
            if ent is not None and ent.kind != "person":
                bodies[ent.id] = ent
    if len(bodies) != 1:
        return
    body = next(iter(bodies.values()))
    if body.kind != "body" or not _committee().fullmatch(body.label + " "):
        return
    for f in grades:
        if not _values(f, GIVER):
            f.add(GIVER, F.Ref(body.id))
