"""The context the fact recognisers share: the document, its links, its mentions by sentence and the facts so
far; and the clause and main-year look-ups several of them use.
"""

from __future__ import annotations

import re

from kg.extract.document import Document, Mention, Sentence
from kg.extract.facts.model import Fact, Lit, Ref
from kg.extract.link import Entity, Links


class _Ctx:
    """The document, its links and per-sentence mention lists (internal)."""

    def __init__(self, doc: Document, links: Links) -> None:
        self.doc = doc
        self.links = links
        self.by_sent: dict[int, list[Mention]] = {}
        self._by_kind: dict[tuple[int, str], list[Mention]] = {}  # (sentence, kind) → its mentions (for of())
        for m in doc.mentions:
            self.by_sent.setdefault(m.sentence, []).append(m)
            self._by_kind.setdefault((m.sentence, m.kind), []).append(m)
        self.facts: list[Fact] = []
        self.counter: dict[str, int] = {}
        self.task_fields: list[Ref | Lit] = []
        self.foreign: set[str] = set()  # persons the article gives a post of a foreign country
        self.probe: set[str] | None = None  # while set, holdings only note the persons of foreign posts here

    def of(self, sent: int, *kinds: str) -> list[Mention]:
        """The sentence's mentions of ``kinds``, in document order: a new list (a caller may change it); of one
        kind (most calls) looked up, not picked from the sentence's mentions."""
        if len(kinds) == 1:
            return list(self._by_kind.get((sent, kinds[0]), ()))
        return [m for m in self.by_sent.get(sent, ()) if m.kind in kinds]

    def ent(self, m: Mention) -> Entity | None:
        return self.links.get(m)

    def new(self, cls: str, sent: Sentence, span: tuple[int, int] | None = None) -> Fact:
        a, b = span or (sent.start, sent.end)
        fid = f"fact:{cls}:{a}-{b}"
        n = self.counter.get(fid, 0)
        self.counter[fid] = n + 1
        fact = Fact(fid if n == 0 else f"{fid}-{n}", cls, sentences=[sent.index], spans=[(a, b)])
        self.facts.append(fact)
        return fact

    def about(self, entity_id: str, sent: Sentence, span: tuple[int, int]) -> Fact:
        fact = Fact(entity_id, "", sentences=[sent.index], spans=[span])
        self.facts.append(fact)
        return fact


_SEMICOLON = re.compile(";")


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    out = []
    start = sent.start
    for m in _SEMICOLON.finditer(sent.text):
        out.append((start, sent.start + m.start()))
        start = sent.start + m.end()
    out.append((start, sent.end))
    return [(a + (len(sent.text[a - sent.start :]) - len(sent.text[a - sent.start :].lstrip())), b)
            for a, b in out if sent.text[a - sent.start : b - sent.start].strip()]


def _main_year(ctx: _Ctx, prop: str) -> int | None:
    """The year the report's main meeting reviews (vnr:reviewsYear) or plans for (vnr:plansYear)."""
    for f in ctx.facts:
        if f.subject == ctx.links.main_event:
            for p, v in f.props:
                if p == prop:
                    return int(v.value)  # type: ignore[union-attr]
    return None
