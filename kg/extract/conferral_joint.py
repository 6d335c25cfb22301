"""A joint giver the text names by a common word beside a body: "được Đảng, Nhà nước tặng AWARD", "Đảng và Nhà nước
đã tặng thưởng …" — the Party (``award_parts`` role ``joint``) gives with the State, each a conferral of its own
(as for any list of givers), for :mod:`kg.extract.conferrals`. Not "thay mặt (lãnh đạo) Đảng, Nhà nước, A trao …"
nor "AWARD của Đảng, Nhà nước": there the State stands for both, as the text's lead-in does."""

from __future__ import annotations

import re
from functools import cache

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


def joint_giver(ctx: F._Ctx, sent: Sentence, bounds: tuple[int, int], giver: Entity | None) -> Entity | None:
    """The Party as a giver beside the State ``giver`` when the text joins them right before the give verb of the
    award that starts at ``bounds[1]`` (the clause from ``bounds[0]``), else None."""
    if giver is None or giver.kind != "body" or key(giver.label) != key("Nhà nước"):
        return None
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
