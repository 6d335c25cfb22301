"""An event named by "tổ chức" and a purpose past the lead (events52), when the article refers back to it by its bare
purpose: "Sáng 8/3, Sở X đã tổ chức khởi công cầu Alpha. … Tại lễ khởi công, ông A …".

:mod:`kg.extract.mentions.event_verbal` reads "tổ chức" and a purpose word marked ``organised`` only in the title and
the lead. Past the lead the same clause names the event the article reports when

- the clause reports it held (:func:`kg.extract.mentions.event_hop.reported`: "đã"/"vừa" before "tổ chức", or a day
  in the clause; never a plan, a task or a body, "Ban tổ chức");
- the article also writes a head and that purpose alone ("lễ khởi công", "buổi khai mạc": a bare reference to the
  ceremony, which :mod:`kg.extract.event_merge` then joins to this name); and
- no event of the article is named with that purpose and more already (the bare one refers to that), and no event
  mention covers the purpose word.

Only the first such clause for a purpose: a second "đã tổ chức khởi công …" may be another ceremony.
"""

from __future__ import annotations

from kg.extract import event_tokens
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_hop import reported
from kg.extract.mentions.event_verbal import _ORGANISE, _lead, _name, _purpose_end, grammar_bounds
from kg.extract.normalise import key


def bare_purposes(events: list[Mention]) -> set[str]:
    """The purposes (folded) that a named event mention of the article is its head and that purpose alone ("lễ khởi
    công"), none of them named with more by another event mention ("Lễ khởi công cầu Alpha")."""
    organised = event_tokens.cls("organised")
    bare: set[str] = set()
    longer: list[str] = []
    for m in events:
        if m.attr("ref"):
            continue
        rest = key(" ".join(m.text.split()[len(m.attr("head").split()) :])) if m.attr("head") else ""
        if rest in organised:
            bare.add(rest)
        else:
            longer.append(f" {m.key} ")
    return {p for p in bare if not any(f" {p} " in k for k in longer)}


def body_verbal_events(text: str, title_end: int, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The events "đã tổ chức" and a purpose name past the lead, for a bare purpose the article writes (see the
    module)."""
    units, inner, events, headed = grammar_bounds(found)
    bare = bare_purposes(events)
    if not bare:
        return []
    lead = {s.index for s in _lead(sentences, title_end)}
    out: list[Mention] = []
    for s in sentences:
        if s.index in lead:
            continue
        for g in _ORGANISE.finditer(text, s.start, s.end):
            a = g.end()
            end = _purpose_end(text, a)
            purpose = key(text[a:end]) if end is not None else ""
            if purpose not in bare or any(m.start <= a < m.end for m in events) or not reported(text, s.start, a):
                continue
            name = _name(text, a, min(s.end, a + 400), units, inner, headed)
            if name:
                bare.discard(purpose)
                out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index,
                                   key=key(name), attrs=(("cls", "Meeting"), ("en", "event"), ("verbal", "1"))))
    return out
