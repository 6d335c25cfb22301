"""One post written in several forms: a shorter form of a post an official holds more fully joins the fuller post."""

from __future__ import annotations

from kg.extract import posts as post_grammar
from kg.extract.facts.context import _Ctx
from kg.extract.facts.model import Ref
from kg.extract.facts.post_nodes import _title_key


def _fold_post_forms(ctx: _Ctx) -> None:
    """A shorter form of a post an official holds more fully ("Bí thư" beside "Bí thư Thành ủy X") joins the fuller
    post: its holding's provenance moves there, and a post left with no holder is dropped."""
    ents = ctx.links.entities
    holdings = [f for f in ctx.facts if f.cls == "PostHolding"]
    held = []
    for h in holdings:
        person = next(v.id for p, v in h.props if p == "org:member" and isinstance(v, Ref))
        post = ents[next(v.id for p, v in h.props if p == "vnr:post" and isinstance(v, Ref))]
        words = frozenset(_title_key(post.label).split())
        if any(p == "vnr:former" for p, _ in h.props):  # the post node is named without "nguyên": the holding says it
            words |= {"nguyên"}
        held.append((person, post.id, post.attrs.get("title", ""), words))
    moves = post_grammar.same_post_forms(held)
    for h in holdings:
        person = next(v.id for p, v in h.props if p == "org:member" and isinstance(v, Ref))
        post_id = next(v.id for p, v in h.props if p == "vnr:post" and isinstance(v, Ref))
        target = moves.get((person, post_id))
        if target is None:
            continue
        into = next(f for f in ctx.facts if f.cls == "PostHolding" and (("vnr:post", Ref(target)) in f.props)
                    and ("org:member", Ref(person)) in f.props)
        into.sentences += [s for s in h.sentences if s not in into.sentences]
        into.spans += h.spans
        ctx.facts.remove(h)
        for f in ctx.facts:
            if f.subject == post_id and not f.cls:
                f.props = [(p, v) for p, v in f.props if (p, v) != ("org:heldBy", Ref(person))]
    for moved in {p for _, p in moves}:
        if not any(f.subject == moved and any(p == "org:heldBy" for p, _ in f.props) for f in ctx.facts):
            ctx.facts[:] = [f for f in ctx.facts if f.subject != moved]
            ents.pop(moved, None)
