"""An event named by "tổ chức" and a purpose in the body of an article, when the clause reports it held (events50):
"Sáng 6/2, Hội X đã tổ chức khai mạc Triển lãm Y lần thứ XX.", "Chiều 8/2, Sở A đã tổ chức khởi công cầu B …".

:mod:`kg.extract.mentions.event_verbal` names such events in the title and the lead only. Elsewhere in the article the
same words also name plans, tasks and events in passing ("yêu cầu … tổ chức tổng kết …", "sáng kiến … tổ chức ra
quân …"), so a body sentence names one only when the clause reports it held, as the verb "họp" does
(:func:`kg.extract.mentions.event_hop.reported`): "đã"/"vừa" right before "tổ chức", or a day of the past or the
present in the clause before it ("chiều 5/3", "sáng nay"); never after a plan ("sẽ"), a body noun ("Ban tổ chức"), a
directive, a modal or a negation. The name is the purpose and the complement the name grammar reads
(:func:`kg.extract.mentions.event_verbal._name`), not the purpose alone, and not one a named event of the article
holds; and it must be whole, as the name of "họp" (:func:`kg.extract.mentions.event_hop._closed`): it ends before a
full stop, a line's end or a word of class ``rite-stop`` ("tại", "để"); where the grammar stops elsewhere it stopped
inside what names the event ("biểu dương các cá nhân | có thành tích …"), no name. Not where the purpose's object
opens with an event head of ``events.tsv`` ("tổ chức khai mạc Lễ hội X …"): the event is the headed one, whose name
and references the grammar reads; its opening is no second event of the body.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import event_tokens, lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_hop import _closed, reported
from kg.extract.mentions.event_verbal import _ORGANISE, _lead, _name, _purpose_end, grammar_bounds
from kg.extract.normalise import key

_CUE = re.compile(r"(?<!\w)tổ chức\s")


@cache
def _cue() -> re.Pattern[str]:
    """"tổ chức" right before a purpose marked ``organised`` (any case, any white space): a document's cheap necessary
    condition."""
    purposes = sorted(event_tokens.cls("organised"), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in purposes)
    return re.compile(r"(?<!\w)tổ chức\s+(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def _headed_object(text: str, at: int) -> bool:
    """Whether the object after the purpose ending at ``at`` opens with an event head of ``events.tsv`` ("khai mạc
    Lễ hội X"): the event is the headed one, its opening no event of its own in the body."""
    words = [key(w) for w in text[at : at + 40].split()[:3]]
    heads = lexicon.by_key("events")
    return any(" ".join(words[:n]) in heads for n in (3, 2, 1))


def _headed_elsewhere(text: str, purpose: str) -> bool:
    """Whether the article writes an event head of ``events.tsv`` and the same purpose ("Tại lễ khởi công, …" beside
    "đã tổ chức khởi công cầu X"): the article names that event by its head, the verb is no second event."""
    heads = "|".join(re.escape(h) for h in sorted(lexicon.by_key("events"), key=len, reverse=True))
    return re.search(rf"(?<!\w)(?:{heads}) {re.escape(key(purpose))}(?!\w)", key(" ".join(text.split()))) is not None


def body_verbal_events(text: str, title_end: int, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The events body sentences report held by "tổ chức" and a purpose (see the module)."""
    if _cue().search(text, title_end) is None:
        return []
    lead = {s.index for s in _lead(sentences, title_end)}
    body = [s for s in sentences if s.index not in lead and _CUE.search(text, s.start, s.end)]
    if not body:
        return []
    units, inner, events, headed = grammar_bounds(found)
    out: list[Mention] = []
    for s in body:
        for g in _ORGANISE.finditer(text, s.start, s.end):
            a = g.end()
            purpose = _purpose_end(text, a)
            if key(g.group(1)) != "tổ chức" or purpose is None or not reported(text, s.start, a) \
                    or any(m.start <= a < m.end for m in events) or _headed_object(text, purpose) \
                    or _headed_elsewhere(text, text[a:purpose]):
                continue
            name = _name(text, a, min(s.end, a + 400), units, inner, headed)
            if name and _closed(text, a, a + len(name), False):
                out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index,
                                   key=key(name), attrs=(("cls", "Meeting"), ("en", "event"), ("verbal", "1"))))
    return out
