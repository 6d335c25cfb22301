"""A meeting named only by its verb, reported on a dated day (events42a): "Chiều 12/5, Đoàn công tác của Bộ X do ông
A làm Trưởng đoàn đã làm việc với Ban Y.", "Sáng 13/5, bà B đã tiếp xúc cử tri quận Z.".

A verb of meeting (``kg/lexicon/meeting_verbs.tsv``: "làm việc với", "hội đàm với", "tiếp xúc cử tri", "gặp mặt")
right after "đã", or after "đã" and a verb of coming (class ``approach`` of ``event_words.tsv``: "đến", "tới", "về",
no part of the name), opens the name of the meeting the article reports when the clause before "đã" (from the
sentence's start or its last semicolon) has a subject — a person found there or a delegation word (class
``delegation``: "đoàn") — and a day: a part of the day or "ngày" with a day and month or a recent word ("chiều
12/5", "ngày 5-7", "sáng nay"; classes ``day-part``, ``recent``). Not when a verb of saying comes in that clause
("ông A cho biết, đã làm việc với …": what a speaker says, no report of the day), not after "khi". The name is
the verb and its object as the name grammar reads it (:func:`kg.extract.events.complement_end`, from the link
"với" or from the purpose word), cut before a word of class ``rite-stop`` ("tại", "nhân dịp", "để"); a verb with
no object is none. Not where an event mention already covers the verb, nor where a named event of the article holds
the name ("buổi làm việc với Ban Y": the article names it under its head). It runs before a dated bare head is
named for want of a named meeting (:func:`event_reported.promote`): "Tại buổi làm việc chiều 12/5, …" then refers
to the meeting the verb names. With no "đã", a verb right after its subject's name in a dated clause reports the
meeting too when the name runs to the clause's end (:mod:`kg.extract.mentions.event_unmarked`, events43a).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from kg.extract import event_tokens, lexicon
from kg.extract import events as event_grammar
from kg.extract.document import Mention, Sentence
from kg.extract.mentions import event_reported, event_rites
from kg.extract.mentions.event_unmarked import Subjects, unmarked, whole
from kg.extract.mentions.event_verbal import grammar_bounds
from kg.extract.normalise import key

_DA = re.compile(r"(?<!\w)đã\s+")


def _reported(text: str, start: int, at: int, people: list[Mention]) -> bool:
    """Whether the clause before "đã" at ``at`` has a subject and a day, no verb of saying, no "khi" before it."""
    if not event_rites.subject(text, start, at, people):
        return False
    clause, _, grams = event_reported.clause_before(text, start, at)
    return not grams & lexicon.classed("person_cues", 1, "speech") and event_reported.holds_day(clause)


def meeting_verb(text: str, at: int) -> tuple[int, int, str] | None:
    """(start, end, where the object opens) of a verb of meeting after ``at`` (an approach word skipped), or None."""
    raw = list(islice(_WORD.finditer(text, at, at + 80), 6))  # offsets absolute: \S+ looks at nothing around it
    if not raw:
        return None
    first = key(raw[0].group())
    skip = 1 if first in event_tokens.cls("approach") else 0
    if len(raw) <= skip or (key(raw[skip].group()) if skip else first).split(" ", 1)[0] not in _verb_firsts():
        return None  # the cheap test first: no verb opens with the word (most calls)
    words = [key(m.group()) for m in raw]
    verbs = lexicon.by_key("meeting_verbs")
    for n in (4, 3, 2):
        entry = verbs.get(" ".join(words[skip : skip + n]))
        if entry is not None and len(raw) >= skip + n:
            return raw[skip].start(), raw[skip + n - 1].end(), entry.extra[0] if entry.extra else ""
    return None


_WORD = re.compile(r"\S+")


@cache
def _verb_firsts() -> frozenset[str]:
    """The first words of the verbs of meeting (``meeting_verbs.tsv``): a verb's key opens with one of them."""
    return frozenset(k.split(" ", 1)[0] for k in lexicon.by_key("meeting_verbs"))


def verb_name(text: str, span: tuple[int, int, str], limit: int, units: frozenset[int], inner: frozenset[int]) -> str:
    """The name the verb opens, as written, or "" (no object, or none the grammar reads)."""
    a, verb_end, opens = span
    anchor = a if opens == "purpose" else verb_end - len(text[a:verb_end].split()[-1])
    end = event_grammar.complement_end(text, anchor, limit, units, inner)
    if end is None:
        return ""
    name = text[a : event_rites.rite_stop(text, a, end)].rstrip(" ,")
    return name if len(name) > verb_end - a and not open_end(text, a, name) else ""


def open_end(text: str, a: int, name: str) -> bool:
    """Whether the name is cut before what completes it: a post title and a comma end it ("hội đàm với Tổng Bí thư |
    , Chủ tịch A": more posts and the holder follow; not "gặp mặt các Đại sứ, Tổng lãnh sự | mới …") or a
    demonstrative follows it ("làm việc với công ty | trên.": a reference back)."""
    words = [key(w) for w in name.split()]
    titles = lexicon.by_key("posts")
    after = text[a + len(name) : a + len(name) + 20]
    if after.startswith(",") and any(" ".join(words[-n:]) in titles for n in range(1, min(3, len(words)) + 1)):
        return True
    nxt = [key(w) for w in after.split()[:2]]
    demonstratives = event_tokens.cls("demonstrative")
    return bool(nxt) and (nxt[0] in demonstratives or " ".join(nxt) in demonstratives
                          or bool(re.match(r"\s*trên\s*(?:[.,;:!?]|$)", after)))


def meet_events(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """``found`` with the meetings a sentence reports by their verb on a dated day (see the module); a bare head
    read as a reference inside the verb ("đã gặp mặt …") gives way to the name."""
    people = [m for m in found if m.kind == "person"]
    units, inner, events, headed = grammar_bounds(found)
    named = [m for m in events if not m.attr("ref")]
    subjects = Subjects(found)
    out: list[Mention] = []
    for s in sentences:
        marked = [(d.end(), d.start(), False) for d in _DA.finditer(text, s.start, s.end)]
        bare = [(p, p, True) for p in subjects.before(s.start, s.end)  # a verb of meeting first: the cheap test
                if meeting_verb(text, p) is not None and unmarked(text, s.start, p)]
        for at, clause_end, no_da in marked + bare:  # after "đã", or right after the subject's name (event_unmarked)
            span = meeting_verb(text, at)
            if span is None or not _reported(text, s.start, clause_end, people) \
                    or any(m.start <= span[0] < m.end for m in named) or any(m.start == span[0] for m in out):
                continue
            name = verb_name(text, span, min(s.end, span[0] + 400), units, inner)
            if no_da and not whole(text, span[0], name, events):
                continue
            if name and not any(f" {key(name)} " in h for h in headed):
                out.append(Mention(kind="event", start=span[0], end=span[0] + len(name), text=name,
                                   sentence=s.index, key=key(name),
                                   attrs=(("cls", "Meeting"), ("en", "meeting"), ("verbal", "1"))))
    covered = [(m.start, m.end) for m in out]
    inside = [m for m in found if m.kind == "event" and m.attr("ref") and any(a <= m.start < b for a, b in covered)]
    return [m for m in found if m not in inside] + out

