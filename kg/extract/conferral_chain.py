"""The subject of the clause an award's give verb belongs to, where the verb has none of its own or a list of
companions hides it: in a chain of verbs that share one subject ("X đã ra quyết định công nhận …, tặng AWARD …;
tặng AWARD …"; "được X tặng A cho …, tặng B cho …") the giver of the award before it in the sentence, else the body
or person that opens the sentence as the subject of its first verb; a person who leads companions ("ông A cùng lãnh
đạo Sở X đã trao AWARD", "A cùng đoàn lãnh đạo Tỉnh ủy, UBND tỉnh đến thăm và thưởng nóng") rather than the last
body of the companions (grammar: :func:`kg.extract.awards.chained_give`)."""

from __future__ import annotations

import re

from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.document import Mention, Sentence
from kg.extract.link import Entity

# after the subject: adverbs, then a lower-case verb (not the passive "được", not "là")
_VERB_AFTER = re.compile(r"\s+(?:(?:đã|cũng|vừa|sẽ|đang|trực tiếp)\s+)*(?!được\s|là\s|bị\s)(?-i:[^\W\d_A-ZĐ])")
# between a person and the body that ends the subject: "(…), cùng (với) (đoàn) (các) lãnh đạo | đại diện …"
_COMPANIONS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*cùng(?:\s+với)?\s+(?:đoàn\s+)?(?:các\s+)?"
                         r"(?:lãnh đạo|đại diện|đồng chí|đại biểu)(?!\w)")


def clause_subject(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int, found: tuple[Entity | None, Entity | None],
                   last: tuple[Entity | None, Entity | None]) -> tuple[Entity | None, Entity | None]:
    """(giver, hander) of an award whose giver the text does not name as its authority (``found``: the giver and
    hander found so far; ``prev``: where the award before it ends, or the sentence's start; ``last``: that award's
    giver and hander)."""
    if found[0] is None:
        return _chain_giver(ctx, sent, aw, prev, last)
    lead = _companion_lead(ctx, sent, aw, found[0])
    if lead is not None:
        return lead, lead
    return _delegated_before(ctx, sent, aw, found, last) or found


def _delegated_before(ctx: F._Ctx, sent: Sentence, aw: Mention, found: tuple[Entity | None, Entity | None],
                      last: tuple[Entity | None, Entity | None]) -> tuple[Entity | None, Entity | None] | None:
    """"Thừa ủy quyền của X, ông A trao AWARD cho …; ông B trao AWARD2 cho …": the delegation that opens the sentence
    covers each clause after ";" where another official hands over an award — B hands AWARD2 over for X (the
    authority of the award before), not as its giver."""
    text = ctx.doc.text
    giver, hander = found
    if giver is None or giver is not hander or last[0] is None or last[0].kind == "person" or last[1] is None \
            or ";" not in text[sent.start : aw.start]:
        return None
    opening = text[sent.start : text.find(";", sent.start, aw.start)]
    return (last[0], hander) if award_grammar.delegate_of(opening) is not None else None


def _chain_giver(ctx: F._Ctx, sent: Sentence, aw: Mention, prev: int,
                 last: tuple[Entity | None, Entity | None]) -> tuple[Entity | None, Entity | None]:
    """A give verb that opens a subjectless clause after "," or ";": the giver of the award before it, else the
    sentence's opening subject; (None, None) when the verb has a subject of its own or none is found."""
    if not award_grammar.chained_give(ctx.doc.text[prev : aw.start]):
        subject = _purpose_subject(ctx, sent, aw.start, prev)
        return (subject, subject if subject is not None and subject.kind == "person" else None)
    if last[0] is not None and prev > sent.start:
        return last
    return _opening_subject(ctx, sent, aw.start), None


# "… để (trực tiếp) trao AWARD": a give verb in a clause of purpose, whose subject is that of the verb before it
_PURPOSE = re.compile(r"(?<!\w)để\s+(?:(?:trực tiếp|trân trọng)\s+)?(?:trao tặng|truy tặng|trao|tặng|gắn)\s+"
                      + award_grammar.QUANTITY + "$", re.IGNORECASE)


# "X chọn A (để trao AWARD), đồng thời chọn B để trao AWARD2": the verbs joined by "đồng thời" share X
_ALSO = re.compile(r"(?:\s+để\s+(?:trao tặng|trao|tặng)\s[^,;:]{0,80})?,\s*đồng thời(?=\s)", re.IGNORECASE)


def _purpose_subject(ctx: F._Ctx, sent: Sentence, until: int, prev: int) -> Entity | None:
    """"Lãnh đạo X đã tổ chức đoàn đến thăm để trao AWARD": X, the last body or person before "để" in one clause
    with it (no "," or ";" between, but for ", đồng thời" that joins a verb of the same subject), when a verb of its
    own follows it (not "được", so X does not receive)."""
    text = ctx.doc.text
    m = _PURPOSE.search(text, prev, until)
    if m is None:
        return None
    lo = prev if not _ALSO.search(text, prev, m.start()) else max(sent.start, text.rfind(";", sent.start, prev) + 1)
    agents = [a for a in ctx.of(sent.index, "person", "body") if lo <= a.start and a.end <= m.start()]
    if not agents:
        return None
    last = max(agents, key=lambda a: a.end)
    rest = _ALSO.sub(" ", text[last.end : m.start()])
    if re.search(r"[,;:]|(?<!\w)(?:được|cho|tặng|trao|đề nghị)(?!\w)", rest, re.IGNORECASE) \
            or not _VERB_AFTER.match(rest):
        return None
    return ctx.ent(last)


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


def _after_posts(ctx: F._Ctx, sent: Sentence, pos: int, until: int) -> int:
    """Where the chain of posts that describes the person ending at ``pos`` ends ("A, Ủy viên Bộ Chính trị, Bí thư
    Thành ủy X cùng …", "A - Bí thư Tỉnh ủy cùng …"), or ``pos`` when no post follows him."""
    text = ctx.doc.text
    if "cùng" not in text[pos:until]:
        return pos
    phrases = sorted(F._post_phrases(ctx, sent), key=lambda ph: ph[2])
    for ph in phrases:
        if pos <= ph[2] < until and ph[3] <= until and re.fullmatch(r"\s*[,\-–]\s*", text[pos : ph[2]]):
            pos = ph[3]
    return pos


def _companion_lead(ctx: F._Ctx, sent: Sentence, aw: Mention, giver: Entity) -> Entity | None:
    """The person named before "cùng (đoàn) lãnh đạo | đại diện …" when the giver found is a body of those
    companions, in one clause up to the award (no ";", no passive, no other give verb)."""
    if giver.kind != "body":
        return None
    text = ctx.doc.text
    at = [m.start for m in ctx.of(sent.index, "body") if m.end <= aw.start and ctx.ent(m) is giver]
    persons = [p for p in ctx.of(sent.index, "person") if at and p.end <= at[-1]]
    if not persons or not _COMPANIONS.match(text, _after_posts(ctx, sent, persons[-1].end, at[-1]), at[-1]):
        return None
    stretch = text[persons[-1].end : aw.start]
    if ";" in stretch or len(award_grammar.GIVE.findall(stretch)) > 1 or re.search(
            r"(?<!\w)(?:được|nhận)(?!\w)", stretch, re.IGNORECASE):
        return None
    return ctx.ent(persons[-1])
