"""A giver written as a bare acronym in Latin capitals, for :mod:`kg.extract.conferral_giver`: "giải thưởng … do
IEEE trao tặng", "do VTV tổ chức", "được UNESCO trao" — where no person, post or body is read at the giver's place,
a word of two to ten Latin capitals (digits and "&" allowed after the first) right before a verb of organising or
giving is the conferring body (a foreign or a national organisation known by its acronym). Not an abbreviation of
the lexicon (``abbreviations``: "TP", "UBND", "BTV" are parts of a name, not a body)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.award_names import alt
from kg.extract.document import Sentence
from kg.extract.link import Entity, body_key

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?![\w.&/-])(?=\s+(?:(?:đã|vừa|cùng|đồng)\s+)*(?:" + alt("confer")
                      + r")(?!\w))")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(e.vi for e in lexicon.entries("abbreviations"))


def acronym_body(ctx: F._Ctx, sent: Sentence, pos: int) -> tuple[Entity | None, int]:
    """The body an acronym at ``pos`` names right before a give or organise verb, and where it ends; (None, 0) when
    there is none, or the word is an abbreviation of the lexicon or begins a mention of another kind."""
    text = ctx.doc.text
    m = _ACRONYM.match(text, pos, sent.end)
    if m is None or m.group() in _abbreviations() or any(
            x.start <= pos < x.end for x in ctx.of(sent.index, "person", "title", "place", "rank", "honorific")):
        return None, 0
    body = ctx.links.add(Entity("body", body_key(m.group()), m.group(), "Body", m.group()), None)
    ctx.about(body.id, sent, (m.start(), m.end())).add("rdfs:label", F.vi(body.label))
    return body, m.end()
