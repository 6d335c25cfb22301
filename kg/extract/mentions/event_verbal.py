"""An event named by the verb the article reports (events40b): "Ngày 5-3, Ủy ban X tổ chức kỷ niệm 30 năm …".

A report's lead often names its event with no head noun: a body "tổ chức" (class ``organise`` in
``event_words.tsv``) and a purpose word marked ``organised`` ("kỷ niệm", "khai mạc", "tổng kết").
In the title or the lead sentence (the body's first) that purpose opens the name of the event reported on, as
written up to where the name grammar ends it (:func:`kg.extract.events.complement_end`). Not after a word of
class ``plan`` ("sẽ tổ chức …": a plan; "Ban tổ chức …": a body), not elsewhere in the article (an event in
passing), not where a mention of an event already covers the purpose word, not the purpose word alone ("được tổ
chức truy điệu trong …"), and not where a named event of the article holds the purpose and the word after it: the
article names that event in full under its head ("… tổ chức phát động Tháng X …" and "Lễ phát động Tháng X").
"""

from __future__ import annotations

import re

from kg.extract import event_tokens
from kg.extract import events as event_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.normalise import key

_ORGANISE = re.compile(r"(?<!\w)(tổ chức)\s+", re.IGNORECASE)


def _purpose_end(text: str, start: int) -> int | None:
    """The end of the purpose word marked ``organised`` that opens ``text`` at ``start`` (longest first), or None."""
    words = text[start : start + 40].split()[:3]
    organised = event_tokens.cls("organised")
    for n in (3, 2, 1):
        if len(words) >= n and key(" ".join(words[:n])) in organised:
            return start + len(" ".join(words[:n]))
    return None


def planned(text: str, start: int, at: int) -> bool:
    """Whether the verb at ``at`` is no report: a word of class ``plan`` among the three words before it ("sẽ
    long trọng tổ chức …", "dự kiến tổ chức …") or a word of class ``committee`` right before it ("Ban tổ chức …")."""
    words = [key(w) for w in text[max(start, at - 40) : at].split()[-3:]]
    cls = event_tokens.classes()
    plan = cls.get("plan", frozenset())
    grams = words + [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return any(g in plan for g in grams) or (bool(words) and words[-1] in cls.get("committee", frozenset()))


def _lead(sentences: list[Sentence], title_end: int) -> list[Sentence]:
    """The title's sentences and the first sentence of the body."""
    body = [s for s in sentences if s.start >= title_end]
    return [s for s in sentences if s.end <= title_end] + body[:1]


def _name(text: str, a: int, limit: int, units: frozenset[int], inner: frozenset[int], headed: list[str]) -> str:
    """The name the purpose word at ``a`` opens, as written, or "" (the purpose alone; one a headed name holds)."""
    end = event_grammar.complement_end(text, a, limit, units, inner)
    words = text[a:end].split() if end is not None else []
    opening = len(text[a : _purpose_end(text, a)].split())
    if len(words) <= opening or any(f" {key(' '.join(words[: opening + 1]))} " in h for h in headed):
        return ""
    return text[a:end].rstrip()


def grammar_bounds(found: list[Mention]) -> tuple[frozenset[int], frozenset[int], list[Mention], list[str]]:
    """What the name grammar needs of the mentions found so far: the ends of the persons and places found (units), the
    offsets inside them (inner), the event mentions, and the keys of the named ones between spaces (headed)."""
    known = [m for m in found if m.kind in ("place", "person") and not m.attr("ref")]
    units = frozenset(m.end for m in known)
    inner = frozenset(i for m in known for i in range(m.start + 1, m.end))
    events = [m for m in found if m.kind == "event"]
    return units, inner, events, [f" {m.key} " for m in events if not m.attr("ref")]


def verbal_events(text: str, title_end: int, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The events the title and the lead name by "tổ chức" and a purpose (see the module)."""
    organise = event_tokens.cls("organise")
    units, inner, events, headed = grammar_bounds(found)
    out: list[Mention] = []
    for s in _lead(sentences, title_end):
        for g in _ORGANISE.finditer(text, s.start, s.end):
            a = g.end()
            if key(g.group(1)) not in organise or planned(text, s.start, g.start()) or _purpose_end(text, a) is None \
                    or any(m.start <= a < m.end for m in events):
                continue
            name = _name(text, a, min(s.end, a + 400), units, inner, headed)
            if name:
                out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index,
                                   key=key(name), attrs=(("cls", "Meeting"), ("en", "event"), ("verbal", "1"))))
    return out
