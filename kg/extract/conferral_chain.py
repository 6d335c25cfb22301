"""The giver of an award told by a give verb without a subject of its own, in a chain of verbs that share one
("X đã ra quyết định công nhận …, tặng AWARD …; tặng AWARD …"; "được X tặng A cho …, tặng B cho …"): the giver of the
award before it in the sentence, else the body or person that opens the sentence as the subject of its first verb
(grammar: :func:`kg.extract.awards.chained_give`)."""

from __future__ import annotations

import re

from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity

# after the subject: adverbs, then a lower-case verb (not the passive "được", not "là")
_VERB_AFTER = re.compile(r"\s+(?:(?:đã|cũng|vừa|sẽ|đang|trực tiếp)\s+)*(?!được\s|là\s|bị\s)(?-i:[^\W\d_A-ZĐ])")


def chain_giver(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int,
                last: tuple[Entity | None, Entity | None]) -> tuple[Entity | None, Entity | None]:
    """(giver, hander) of an award whose give verb opens a subjectless clause after "," or ";" (``prev``: where the
    award before it ends, or the sentence's start; ``last``: that award's giver and hander); (None, None) when
    the verb has a subject of its own or none is found."""
    text = ctx.doc.text
    if not award_grammar.chained_give(text[prev : aw.start]):
        return None, None
    if last[0] is not None and prev > sent.start:
        return last
    subject = _opening_subject(ctx, sent, aw.start)
    return subject, None


def _opening_subject(ctx: F._Ctx, sent: Sentence, until: int) -> Entity | None:
    """The body or person that opens the sentence (after an opening phrase that ends in ",") and is followed by a
    verb of its own, when no other body or person is named from it up to ``until`` and no passive "được" stands
    there (the subject of the whole chain)."""
    text = ctx.doc.text
    agents = sorted((m for m in ctx.of(sent.index, "person", "body") if m.start < until), key=lambda m: m.start)
    if not agents:
        return None
    first = agents[0]
    lead = text[sent.start : first.start]
    if lead.strip() and not re.fullmatch(r"[^,;:.]{0,40},\s*", lead):
        return None
    rest = text[first.end : until]
    if any(m.start >= first.end for m in agents[1:]) or not _VERB_AFTER.match(rest) \
            or re.search(r"(?<!\w)(?:được|rằng|cho biết)(?!\w)", rest, re.IGNORECASE):
        return None
    return ctx.ent(first)
