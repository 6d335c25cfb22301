"""A headline's conferral told again in the body under a fuller name (for :mod:`kg.extract.conferral_merge`): "Trao
giải báo chí X cho 36 tác phẩm" in the title and "… trao giải Báo chí X tỉnh Y lần thứ XI (2016-2017)" in the text, "A
đạt giải Nhất cuộc thi quà tặng …" and "… giải Nhất cuộc thi “Thiết kế …, quà tặng …”" — a headline shortens the
award's name, so its conferral is the one body conferral of the same kind whose name holds every word of it."""

from __future__ import annotations

import re

from kg.extract import facts as F
from kg.extract.normalise import key


def _kind(f: F.Fact) -> list[F.Ref | F.Lit]:
    return [v for p, v in f.props if p == "vnr:awardKind"]


def _words(f: F.Fact) -> set[str]:
    """The words of the conferral's Vietnamese name, folded (quotes and brackets count for nothing)."""
    name = next((v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, F.Lit) and v.lang == "vi"), "")
    return set(re.findall(r"\w+", key(name)))


def headline_pairs(ctx: F._Ctx, confs: list[F.Fact]) -> list[tuple[F.Fact, F.Fact]]:
    """(headline conferral, body conferral) for each conferral told first in the title whose name's words are a
    strict part of the name of exactly one conferral of the same kind told in the body."""
    end = ctx.doc.title_end
    told_in = {id(f): f.spans[0][0] < end if f.spans else False for f in confs}
    out = []
    for h in confs:
        words = _words(h)
        if not told_in[id(h)] or not words:
            continue
        fuller = [b for b in confs if not told_in[id(b)] and b.spans and _kind(b) == _kind(h) and words < _words(b)]
        if len(fuller) == 1:
            out.append((h, fuller[0]))
    return out
