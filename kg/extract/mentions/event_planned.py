"""A meeting the article only plans, proposes or rules out, named right after a verb of holding (events45): "Sở X sẽ
tổ chức hội nghị xúc tiến đầu tư …", "tỉnh nên tổ chức một cuộc họp báo …", "kiến nghị Cục Y chủ trì cuộc họp với
…", "phải tổ chức hội nghị, hội thảo lấy ý kiến …".

A named event mention written in lower case (a capitalised head is the proper name of an event, which the article may
report elsewhere) right after a verb of holding or attending (class ``hold`` of ``kg/lexicon/event_plans.tsv``:
"tổ chức", "có", "chủ trì", "dự"; "một" between allowed), or right after such a mention and a comma or "và", is no
event the article reports when, going back from the verb through its clause (at most :data:`WINDOW` words, never
past a comma, a semicolon or a colon), a word of a plan, a modal or a proposal (classes ``plan`` and ``unreported``
of ``event_words.tsv``, class ``plan`` of ``event_plans.tsv``: "sẽ", "dự kiến", "phải", "nên", "không", "đề nghị",
"tính") comes before any word of a report (class ``report``: "đã", "vừa", "đang", "không chỉ"). Such a mention is
dropped: a plan is no node ("Lễ hội X sẽ …" with its capital stays, as does "đã tổ chức hội nghị …").
"""

from __future__ import annotations

import re

from kg.extract import event_tokens, lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key

WINDOW = 10  # words back from the verb of holding
_CLAUSE = re.compile(r"[,;:.!?\n]")


def _words_back(text: str, end: int) -> list[str]:
    """The folded words of the clause that ends at ``end``, last first (at most :data:`WINDOW` + 2); a capitalised
    word is a syllable of a name ("tỉnh Bình Định", "TP Cần Thơ"), never a plan word: it is kept as "" there."""
    start = max(0, end - 120)
    cut = [m.end() for m in _CLAUSE.finditer(text, start, end)]
    raw = reversed(text[cut[-1] if cut else start : end].split())
    return [key(w) if w[:1].islower() else "" for w in raw][: WINDOW + 2]


def _verb_before(words: list[str]) -> int:
    """How many words (the last first) of a verb of holding end ``words`` — "một" before the mention skipped — or 0."""
    skip = 1 if words[:1] == ["một"] else 0
    hold = lexicon.classed("event_plans", 2, "hold")
    for n in (2, 1):
        if len(words) >= skip + n and " ".join(reversed(words[skip : skip + n])) in hold:
            return skip + n
    return 0


def _planned(words: list[str]) -> bool:
    """Whether, from the verb back (``words`` last first), a plan word comes before a report word; a modal (class
    ``unreported``: "phải", "nên", "không") only right before the verb or one word before it ("nên tổ chức", "phải
    có"; "do … nên địa điểm tổ chức …" is a cause, no modal)."""
    plan = event_tokens.cls("plan") | lexicon.classed("event_plans", 2, "plan")
    modal = event_tokens.cls("unreported")
    report = lexicon.classed("event_plans", 2, "report")
    if words[:1] and words[0] in event_tokens.cls("committee"):
        return False  # "Ban tổ chức lễ hội X": a body, no verb
    for i in range(min(WINDOW, len(words))):
        pair = " ".join(reversed(words[i : i + 2])) if i + 1 < len(words) else ""
        if words[i] in report or pair in report:
            return False
        if words[i] in plan or pair in plan or (i < 2 and words[i] in modal):
            return True
    return False


def planned_at(text: str, at: int) -> bool:
    """Whether the verb at ``at`` is planned, proposed or ruled out: going back through its clause, a plan word
    comes before a report word ("sẽ hội đàm …", "dự kiến hội kiến …"; not "đã hội đàm …")."""
    return _planned(_words_back(text, at))


def unplanned(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the named event mentions of a meeting only planned, proposed or ruled out (see the
    module)."""
    events = sorted((m for m in found if m.kind == "event"), key=lambda m: (m.start, -m.end))
    plans: set[Mention] = set()
    for m in events:
        prev = [p for p in events if p.end <= m.start and re.fullmatch(r"\s*(?:,|và)\s*", text[p.end : m.start])]
        if prev:
            if prev[-1] in plans:
                plans.add(m)  # "phải tổ chức hội nghị, hội thảo …": a second meeting of the plan
            continue
        words = _words_back(text, m.start)
        n = _verb_before(words)
        if n and _planned(words[n:]):
            plans.add(m)
    return [m for m in found if not (m in plans and not m.attr("ref") and text[m.start : m.start + 1].islower())]
