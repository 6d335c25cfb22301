"""The committee of a prize gives it: "Ban Tổ chức Giải thưởng X năm 2016 đã trao 6 giải Nhất …" names who confers
the prize round "Giải thưởng X năm 2016" that the article reports elsewhere without a giver ("69 tác phẩm đạt Giải
thưởng X năm 2016", "Lễ trao giải thưởng X") — round awards47. After the merge of :mod:`kg.extract.conferral_merge`:
a conferral with no giver whose name is written right after the committee's ("Ban Tổ chức", "BTC", a body the
mentions found there; the words in ``prize_committees.tsv``) takes that body as its giver."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.conferral_merge import GIVER, _values
from kg.extract.link import Entity


@cache
def _words() -> tuple[str, ...]:
    return tuple(r[0] for r in lexicon.rows("prize_committees"))


@cache
def _committee() -> re.Pattern[str]:
    """The committee's words (``prize_committees.tsv``), any case, any spacing, then the space before the name."""
    words = [r"\s+".join(map(re.escape, w.split())) for w in _words()]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\s+", re.IGNORECASE)


def committee_givers(ctx: F._Ctx) -> None:
    """Give each giverless conferral the committee written right before its name, when the text has one."""
    text = ctx.doc.text
    low = text.lower()
    if not any(w in low for w in _words()):  # a cheap necessary condition
        return
    for f in ctx.facts:
        if f.cls != "AwardConferral" or _values(f, GIVER):
            continue
        name = next((v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, F.Lit) and v.lang == "vi"),
                    None)
        body = _committee_of(ctx, name) if name and len(name.split()) > 2 else None
        if body is not None:
            f.add(GIVER, F.Ref(body.id))


def _committee_of(ctx: F._Ctx, name: str) -> Entity | None:
    """The body mention that starts "COMMITTEE NAME" (the name followed by no further letter), if any; when that
    mention stops inside the prize's name ("Ban Tổ chức Giải thưởng toàn quốc" of a longer name), the committee
    named bare elsewhere in the article ("Ban Tổ chức đã chọn …") is the fuller giver."""
    text = ctx.doc.text
    rx = re.compile(_committee().pattern + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    bodies = [b for s in ctx.doc.sentences for b in ctx.of(s.index, "body")]
    for m in rx.finditer(text):
        body = next((b for b in bodies if b.start == m.start()), None)
        if body is None or ctx.ent(body) is None:
            continue
        bare = next((b for b in bodies if _committee().fullmatch(text[b.start : b.end] + " ")), None)
        if body.end < m.end() and bare is not None and ctx.ent(bare) is not None:
            return ctx.ent(bare)
        return ctx.ent(body)
    return None
