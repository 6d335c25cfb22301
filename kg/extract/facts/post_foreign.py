"""Where the body of a foreign official's post belongs: a national body the text names after the title of a person
it ties to a foreign country ("Bộ trưởng Bộ Quốc phòng Sergey A", "Ủy viên Bộ Chính trị" of a foreign delegate) is
that country's office, not Việt Nam's; with no country in the phrase it is keyed to its article, as an unplaced
body is (:func:`kg.extract.link._link_bodies`)."""

from __future__ import annotations

from kg.extract.document import Mention, Sentence
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import vi
from kg.extract.link import Entity
from kg.extract.link_body_forms import _scope
from kg.extract.normalise import key


def national_body(body: Entity, body_m: Mention | None) -> bool:
    """``body`` is one of Việt Nam's national bodies as linked: a national head ("Bộ Công an", "Chính phủ",
    "Bộ Chính trị") or a name that ends with one ("Hội đồng Nhà nước"), placed in no unit, keyed to no article,
    and naming no Việt Nam (the caller leaves out a body that names a foreign country)."""
    if body_m is None or body.part_of is not None or "|" in body.key or key("Việt Nam") in key(body.label):
        return False
    words = body.label.split()  # "Hội đồng Nhà nước": a council of the State (its last words a national body)
    return _scope(body_m.attr("head")) == "national" or any(
        _scope(" ".join(words[i:])) == "national" for i in range(1, len(words)))


def article_body(ctx: _Ctx, body: Entity, sent: Sentence, span: tuple[int, int]) -> Entity:
    """The body ``body`` names for a foreign holder in this article only (its key with the article's id)."""
    local = ctx.links.add(Entity("body", f"{body.key}|{ctx.doc.doc_id}", body.label, body.cls, body.en), None)
    ctx.about(local.id, sent, span).add("rdfs:label", vi(local.label))
    return local


def stacked_after(text: str, name_end: int, start: int, others: list[Mention]) -> bool:
    """The post at ``start`` closes a stack of posts written after the name ending at ``name_end`` ("A, Ủy viên Bộ
    Chính trị, Phó Chủ tịch Quân ủy Trung ương X"): between them only commas and phrases that open with a capital,
    no other person's name; so a country that ends the last post is the country of every post of the stack."""
    gap = text[name_end:start]
    parts = gap.split(",")
    if len(parts) < 3 or parts[0].strip() or parts[-1].strip() or any(name_end <= q.start < start for q in others):
        return False
    return all((w := part.strip())[:1].isupper() and not any(c in w for c in ";.()") for part in parts[1:-1])
