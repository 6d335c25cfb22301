"""The named recipients of an award conferral: after "cho"/"tặng"/"vinh danh", before the receiving verb, between the
give verb and the award, or the person the award describes (grammar: :mod:`kg.extract.awards`)."""

from __future__ import annotations

import re

from kg.extract import award_names, award_passive, award_pronouns
from kg.extract import awards as award_grammar
from kg.extract import facts as F
from kg.extract.conferral_list import listed
from kg.extract.conferral_list_gap import unbracketed
from kg.extract.conferral_place import bare_place
from kg.extract.document import Mention, Sentence
from kg.extract.facts.pronouns import _antecedent
from kg.extract.link import Entity
from kg.extract.mentions.committees import is_committee


def named_recipients(ctx: F._Ctx, sent: Sentence, name_end: int, nxt: int, prev: int, start: int,
                     giver: Entity | None) -> tuple[list[Entity], bool]:
    """Named persons (or, without any, the first body) after "cho"/"tặng", else before "được … AWARD" (a lone
    "ông"/"bà" there is the person last named), else between the give verb and the award ("tặng ông A Huân
    chương …"), else the person the award describes ("ông A, …, Huy hiệu …"); and whether the recipient is such
    an apposition."""
    text = ctx.doc.text
    out: list[Entity] = []
    for span in (award_grammar.recipients_span(text, name_end, sent.end),
                 _past_source(text, award_passive.passive_subject_span(text, prev, start), start),
                 award_grammar.ditransitive_span(text, prev, start)):
        if span is None or nxt < span[0] or name_end <= span[0] == nxt:  # a "cho"/"tặng" right before the next
            continue  # award (or after it) is that award's
        lo, hi = span
        if span[0] >= name_end:
            hi = min(hi, max(nxt, name_end) if nxt > lo else hi, _next_event_item(ctx, sent, lo, hi),
                     _givers_clause(ctx, sent, lo, hi))
        found = [ctx.ent(p) for p in unbracketed(text, [p for p in ctx.of(sent.index, "person") if lo <= p.start < hi],
                                                 lo)]  # "cho bà B (vợ ông A)": B
        if not found:
            found = _by_given_names(ctx, text[lo:hi]) or _named_again(ctx, lo, hi)
        if not found and span[0] < name_end and award_pronouns.ends_with_pronoun(text[lo:hi]):
            found = [_last_person(ctx, sent, hi)]  # "…, cô liên tục được …": the pronoun, not a body before it
        if not found or found == [None]:
            found = _receiving_body(ctx, sent, lo, hi, before=span[1] <= start)
        pronoun = award_grammar.leading_pronoun(text[lo:hi], alone=span[1] > start)
        if not found and pronoun:  # "tặng thưởng đồng chí nhiều phần thưởng như AWARD", "AWARD cho đồng chí."
            found = [_antecedent(ctx, sent, lo, pronoun)]
        counted = award_pronouns.counted_pronoun(text[lo:hi])
        if not found and counted:  # "cho hai ông": the two persons named together last
            found = _last_group(ctx, sent, lo, counted)
        out = [e for e in _named_bodies(ctx, found) if giver is None or e.id != giver.id]
        if out:
            return out, False
        if span[0] >= name_end and award_grammar.unnamed_receivers(text[lo:hi]):
            return [], False  # "Cờ thi đua cho 5 tập thể": the receivers are told, by number only
    paid = [e for e in _cash_object(ctx, sent, name_end, start) if giver is None or e.id != giver.id]
    if paid:
        return paid, False
    welcomer = _welcomer(ctx, sent, start, name_end) if giver is None else None
    if welcomer is not None:
        return [welcomer], False
    person = appositive_to(ctx, sent, start, prev)
    return ([e for e in [ctx.ent(person)] if e is not None], True) if person is not None else ([], False)


def _named_bodies(ctx: F._Ctx, found: list[Entity | None]) -> list[Entity]:
    """A bare body named by no unit ("Cty", "Trung tâm": a body of this article only) is the one body of the article
    named with that head ("Công ty CP A"), if there is one; else it names no recipient (in order, once each)."""
    out: list[Entity] = []
    for e in found:
        if e is not None and e.kind == "body" and e.key.endswith("|" + ctx.doc.doc_id):
            head = e.key.rsplit("|", 1)[0] + " "
            named = [b for b in ctx.links.entities.values() if b.kind == "body" and b.key.startswith(head)
                     and "|" not in b.key]
            e = named[0] if len(named) == 1 else None
        if e is not None and e not in out and not (e.kind == "body" and is_committee(e.label)):
            out.append(e)  # an organising committee receives none of its prizes ("ban tổ chức chọn 20 tác phẩm được …")
    return out


_SOURCE_OPENER = re.compile(r"\s*theo\s+[^,;:()]{2,80},\s*", re.IGNORECASE)


def _past_source(text: str, span: tuple[int, int] | None, start: int) -> tuple[int, int] | None:
    """The subject of a passive verb after the source that opens its clause: "Theo ông A, các tác giả được trao
    AWARD" (A says so; he does not receive it); none when what is received is a file that puts the award forward
    ("Bộ X nhận được 30 hồ sơ đề nghị xét tặng AWARD")."""
    if span is not None and re.search(r"(?<!\w)hồ sơ(?!\w)", text[span[1] : start], re.IGNORECASE):
        return None
    m = _SOURCE_OPENER.match(text, span[0], span[1]) if span is not None else None
    return (m.end(), span[1]) if span is not None and m is not None and m.end() < span[1] else span


_CASH_STOP = re.compile(r"[;:.](?!\S)|\s(?:vì|có thành tích|nhờ|do|với|số tiền|mỗi)\s", re.IGNORECASE)


def _cash_object(ctx: F._Ctx, sent: Sentence, name_end: int, start: int) -> list[Entity]:
    """A cash reward whose kind is its own verb, its object right after it: "X thưởng nóng Công an huyện A và
    Công an xã B vì …" (the named bodies and persons listed from there, joined by "," or "và"; not "lực lượng
    công an")."""
    aw = next((m for m in ctx.of(sent.index, "award") if m.start == start), None)
    if aw is None or not award_names.is_cash(aw.key):
        return []
    text = ctx.doc.text
    stop = _CASH_STOP.search(text, name_end, sent.end)
    hi = stop.start() if stop else sent.end
    out: list[Entity] = []
    at = name_end
    for m in sorted(ctx.of(sent.index, "person", "body"), key=lambda m: (m.start, -m.end)):
        if m.start < at or m.start >= hi:
            continue
        e = ctx.ent(m)
        if e is None or not text[m.start].isupper() or not re.fullmatch(r"\s*(?:,|và|,\s*và)?\s*", text[at : m.start]):
            break
        out.append(e)
        at = m.end
    return out


def _receiving_body(ctx: F._Ctx, sent: Sentence, lo: int, hi: int, before: bool) -> list[Entity | None]:
    """The first body between ``lo`` and ``hi``, after "cho" with the bodies listed right after it (not the body of
    an office that acts, "Chủ tịch UBND quận"; not after words that lead into it, not a venue, not a source: "Theo
    Sở X, …", not a count: "20 doanh nghiệp");
    none when, before the award, several bodies hold a ceremony that welcomes it ("Tỉnh ủy, HĐND, UBND tỉnh X tổ
    chức Lễ kỷ niệm … và đón nhận AWARD": the joint organisers, no one of them the receiver); after "cho", a place
    right after it when no body is there ("cho tỉnh X"); before the passive verb, a named place that is the whole
    subject."""
    text = ctx.doc.text
    heads = [(ph[2], ph[3]) for ph in F._post_phrases(ctx, sent)]  # "Chủ tịch UBND quận": an office acts
    bodies = [b for b in ctx.of(sent.index, "body") if lo <= b.start < hi
              and not any(a < b.start and b.end <= z for a, z in heads)
              and not award_grammar.after_lead(text[lo : b.start])
              and not award_grammar.venue_before(text[max(lo, b.start - 12) : b.start])
              and not award_grammar.member_before(text[max(lo, b.start - 64) : b.start])
              and not _SOURCE_BEFORE.search(text[max(lo, b.start - 12) : b.start])]
    if before and len(bodies) > 1 and _HOLD_CEREMONY.search(text[bodies[0].end : hi]):
        return []
    if not bodies and not before:
        bodies = [p for p in ctx.of(sent.index, "place") if p.start == lo]
    if not bodies and before:  # "(Năm 2010,) tỉnh X (đã vinh dự) được … tặng AWARD": the place, the whole subject
        bodies = [p for p in ctx.of(sent.index, "place") if lo <= p.start and _OPENING.fullmatch(text[lo : p.start])
                  and text[p.end : hi].strip() == "" and not p.attr("ref")]  # a named place, not a bare "Tỉnh"
    if not bodies and before:  # "Thái Bình (đã vinh dự) được … tặng AWARD": the place named with its level
        return list(bare_place(ctx, text[lo:hi], text[hi : hi + 40]))
    return [ctx.ent(b) for b in (listed(text, bodies[0], bodies, hi) if bodies and not before else bodies[:1])]


# what may open a clause before its subject: nothing, or a phrase of time closed by ","
_OPENING = re.compile(r"\s*(?:(?:năm|ngày|tháng|trước đó|sau đó|hiện nay|đến nay)(?!\w)[^,;:]{0,24},\s*)?",
                      re.IGNORECASE)

# "Theo Sở X, …": the body the news comes from, no receiver;
# "20 doanh nghiệp được tặng …": bodies by number only
_SOURCE_BEFORE = re.compile(r"(?<!\w)theo\s+(?:(?:thông tin|báo cáo) (?:của|từ)\s+)?$|(?<![\w.,])\d[\d.,]*\s+$",
                            re.IGNORECASE)

# "tổ chức (long trọng) Lễ …": the subject holds the ceremony
_HOLD_CEREMONY = re.compile(r"(?<!\w)tổ chức\s+(?:\w+\s+){0,2}?(?:buổi\s+)?lễ(?!\w)", re.IGNORECASE)


def _next_event_item(ctx: F._Ctx, sent: Sentence, lo: int, hi: int) -> int:
    """Where an item parted by ";" that opens with an event's name starts ("cho lãnh đạo các tỉnh bạn; Ngày hội …;
    Hội thảo về … của X": the list goes on with other events, X receives nothing), else ``hi``."""
    text = ctx.doc.text
    starts = {m.start for m in ctx.of(sent.index, "event")}
    return next((i for i in range(lo, hi) if text[i] == ";" and i + 1 + len(text[i + 1 : hi]) - len(
        text[i + 1 : hi].lstrip()) in starts), hi)


# "(đã|vừa) trao thưởng": a give verb right after a body, its subject
_GIVES_AFTER = re.compile(r"\s*(?:(?:đã|vừa|cũng)\s+)*(?:trao|tặng|khen thưởng|thưởng)(?!\w)", re.IGNORECASE)


def _givers_clause(ctx: F._Ctx, sent: Sentence, lo: int, hi: int) -> int:
    """Where a clause of its own starts whose bodies give ("cho lực lượng X Sáng nay, Bộ Chỉ huy A và UBND huyện B đã
    trao thưởng …": A and B are its subject, no receivers): the first of the bodies joined by "," / "và" before
    a give verb, else ``hi``."""
    text = ctx.doc.text
    bodies = sorted((b for b in ctx.of(sent.index, "body") if lo <= b.start and b.end <= hi), key=lambda b: b.start)
    for i, b in enumerate(bodies):
        if not _GIVES_AFTER.match(text, b.end):
            continue
        first = i
        while first > 0 and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[bodies[first - 1].end : bodies[first].start]):
            first -= 1
        return bodies[first].start
    return hi


def _welcomer(ctx: F._Ctx, sent: Sentence, start: int, name_end: int) -> Entity | None:
    """"Lễ đón nhận AWARD của X" where X is not the giver (:func:`kg.extract.conferral_giver.giver_of` read it as the
    one who welcomes the award): X, a person (after an honorific) or a body, receives it."""
    text = ctx.doc.text
    of = re.match(r"\s*của\s+", text[name_end : sent.end])  # also "của ông A" (an honorific: no giver)
    if of is None or not award_grammar.welcomed_in_ceremony(text, sent.start, start):
        return None
    pos = name_end + of.end()
    at = [m for m in ctx.of(sent.index, "person", "body") if m.start >= pos and re.fullmatch(
        r"(?:(?:ông|bà|đồng chí|anh|chị|em|cháu)\s+)?", text[pos : m.start], re.IGNORECASE)]
    return ctx.ent(min(at, key=lambda m: (m.start, m.kind != "person"))) if at else None


def _by_given_names(ctx: F._Ctx, stretch: str) -> list[Entity | None]:
    """"Hiệp và Thắng, hai sinh viên được …": each item of the list that is a given name alone is the one person of
    the report whose full name ends with it."""
    persons = [e for e in ctx.links.entities.values() if e.kind == "person" and " " in e.label]
    out: list[Entity | None] = []
    for word in award_grammar.lone_given_names(stretch):
        same = [e for e in persons if e.label.split()[-1] == word]
        if len(same) == 1:
            out.append(same[0])
    return out


def _named_again(ctx: F._Ctx, lo: int, hi: int) -> list[Entity | None]:
    """Persons of the report whose full name stands between ``lo`` and ``hi`` where no person mention was found ("cho
    học sinh Nguyễn An" after "Nguyễn An" was named with a title), in text order."""
    stretch = ctx.doc.text[lo:hi]
    hits = sorted((m.start(), e.id) for e in ctx.links.entities.values() if e.kind == "person" and " " in e.label
                  for m in [re.search(r"(?<!\w)" + re.escape(e.label) + r"(?!\w)", stretch)] if m)
    return [ctx.links.entities[i] for _, i in hits]


def appositive_to(ctx: F._Ctx, sent: Sentence, start: int, lo: int) -> Mention | None:
    """The person an award at ``start`` describes: "ông Nguyễn Văn A, lão thành cách mạng, Huy hiệu 60 năm tuổi
    Đảng" (only commas and descriptions, no verb, between the name and the award)."""
    persons = [p for p in ctx.of(sent.index, "person") if lo <= p.start and p.end <= start]
    if persons and award_grammar.appositive_gap(ctx.doc.text[persons[-1].end : start]):
        return persons[-1]
    return None


def _last_group(ctx: F._Ctx, sent: Sentence, before: int, n: int) -> list[Entity | None]:
    """The ``n`` persons named last before ``before`` (in this sentence or the six before it) when they were named
    together, joined by "," / "và" ("ông A và ông B … cho hai ông": A and B); else none."""
    for index in range(sent.index, max(-1, sent.index - 7), -1):
        persons = [p for p in ctx.of(index, "person") if p.end <= before]
        if not persons:
            continue
        group = persons[-n:]
        joined = len(group) == n and all(award_pronouns.joins_names(ctx.doc.text[a.end : b.start])
                                         for a, b in zip(group, group[1:], strict=False))
        return [ctx.ent(p) for p in group] if joined else []
    return []


def _last_person(ctx: F._Ctx, sent: Sentence, before: int) -> Entity | None:
    """The person named last before ``before`` in this sentence or the two before it (what "ông"/"bà" refers to); a
    sentence that names no one but speaks of a lone "ông"/"bà" again ("Ông từng …") carries the reference one
    sentence further back ("Ông A sinh năm … Ông từng … Sau đó, ông giữ … Ông được tặng …": A), up to six."""
    budget, index = 2, sent.index
    while index >= max(0, sent.index - 6) and budget >= 0:
        persons = [p for p in ctx.of(index, "person") if p.end <= before]
        if persons:
            return ctx.ent(persons[-1])
        if index < sent.index and not award_pronouns.lone_pronoun(ctx.doc.sentences[index].text):
            budget -= 1
        index -= 1
    return None
