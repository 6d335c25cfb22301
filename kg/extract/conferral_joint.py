"""Joint givers, each a conferral of its own (as for any list of givers), for :mod:`kg.extract.conferrals`: a common
word beside a body, "được Đảng, Nhà nước tặng AWARD", "Đảng và Nhà nước đã tặng thưởng …" — the Party (``award_parts``
role ``joint``) gives with the State (not "thay mặt (lãnh đạo) Đảng, Nhà nước, A trao …" nor "AWARD của Đảng, Nhà
nước": there the State stands for both, as the text's lead-in does); the bodies listed after "thay mặt" before the
one who hands the award over: "Thay mặt Tỉnh ủy, UBND tỉnh X, ông A trao AWARD"."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract import lexicon
from kg.extract.award_names import alt
from kg.extract.document import Sentence
from kg.extract.link import Entity, body_key
from kg.extract.normalise import key

# the give verb right after the State, in the active or the passive voice
_GIVES = re.compile(r"\s+(?:(?:đã|vừa|cũng|trân trọng)\s+)*(?:trao tặng|tặng thưởng|truy tặng|phong tặng|khen thưởng"
                    r"|tặng|trao)(?!\w)", re.IGNORECASE)


@cache
def _joint() -> re.Pattern[str]:
    """"WORD, " / "WORD và " right before the State, not after a lead-in ("thay mặt", "lãnh đạo", "của")."""
    return re.compile(r"(?<!\w)(?<!mặt )(?<!đạo )(?<!của )(" + alt("joint") + r")\s*(?:,|và)\s*$", re.IGNORECASE)


def joint_givers(ctx: F._Ctx, sent: Sentence, bounds: tuple[int, int], giver: Entity | None) -> list[Entity]:
    """The givers beside the body ``giver`` of the award that starts at ``bounds[1]`` (its clause from
    ``bounds[0]``): the Party beside the State, the further bodies a delegation lists."""
    if giver is None or giver.kind != "body":
        return []
    party = _party_beside(ctx, sent, bounds, giver) if key(giver.label) == key("Nhà nước") else None
    return [party] if party is not None else _delegated(ctx, sent, bounds, giver)


# after the bodies a delegation lists: the one who acts for them ("…, ông A", "…, Phó Chủ tịch …")
_ACTOR_AFTER = re.compile(r"\s*,\s*(?:[A-ZĐ]|ông\s|bà\s|đồng chí\s)")


def _delegated(ctx: F._Ctx, sent: Sentence, bounds: tuple[int, int], giver: Entity) -> list[Entity]:
    """"Thay mặt Tỉnh ủy, UBND tỉnh X, ông A trao AWARD": the bodies joined by "," or "và" after "thay mặt", the
    first of them the giver, and then a comma and the one who acts for them."""
    clause, start = bounds
    text = ctx.doc.text
    if "thay mặt" not in text[clause:start].lower():
        return []
    rel = award_grammar.delegate_of(text[clause:start])
    chain: list[Entity] = []
    at = clause + rel if rel is not None else start
    for m in sorted(ctx.of(sent.index, "body"), key=lambda m: (m.start, -m.end)):
        if m.start < at or m.start >= start:
            continue
        e = ctx.ent(m)
        joined = re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[at : m.start]) is not None
        if e is None or (not joined if chain else e is not giver):
            break
        chain.append(e)
        at = m.end
    if len(chain) < 2 or not _ACTOR_AFTER.match(text, at, start):
        return []
    return [e for i, e in enumerate(chain) if i and e is not giver and all(e.id != o.id for o in chain[:i])]


def _party_beside(ctx: F._Ctx, sent: Sentence, bounds: tuple[int, int], giver: Entity) -> Entity | None:
    """The Party as a giver beside the State when the text joins them right before the give verb."""
    prev, start = bounds
    text = ctx.doc.text
    for m in reversed(ctx.of(sent.index, "body")):
        if prev <= m.start < start and ctx.ent(m) is giver and _GIVES.match(text, m.end, start):
            joint = _joint().search(text, max(sent.start, m.start - 12), m.start)
            return _party(ctx, sent, (joint.start(1), joint.end(1))) if joint else None
    return None


def _party(ctx: F._Ctx, sent: Sentence, span: tuple[int, int]) -> Entity:
    """The Party's node (one per graph: a national body), named as the text writes it."""
    label = ctx.doc.text[span[0] : span[1]]
    gloss = next((e.extra[0] for e in lexicon.entries("award_parts") if e.en == "joint" and key(e.vi) == key(label)
                  and e.extra), "")
    party = ctx.links.add(Entity("body", body_key(label), label[:1].upper() + label[1:], "Body", gloss), None)
    ctx.about(party.id, sent, span).add("rdfs:label", F.vi(party.label))
    return party
