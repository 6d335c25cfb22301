"""The meetings a visit's summary lists by their verbs (visits45): "Trong khuôn khổ chuyến thăm, Chủ tịch X đã hội đàm
với Chủ tịch Quốc hội A; chào xã giao Tổng Bí thư B; hội kiến với Thủ tướng C; …" — each verb of a visit's meeting
(``kg/lexicon/visit_verbs.tsv``: "hội đàm với", "hội kiến", "tiếp kiến") with its counterpart is one event, and so
is a courtesy call of the list (class ``rite`` of ``event_words.tsv``: "chào xã giao"), named as written: "hội đàm
với Chủ tịch Quốc hội A", "hội kiến với Thủ tướng C".

A verb opens a name right after "đã" or "vừa" (a word of class ``approach`` of ``event_words.tsv`` between, "đã
đến hội kiến …", no part of the name) when the clause before has a subject (a person or a delegation word, as for
a rite, :func:`event_rites.subject`, or a post title: "Chủ tịch Thượng viện X đã hội đàm …") and the verb is no
plan (:func:`event_planned.planned_at`: "sẽ", "dự kiến"); or when it opens an item of the list that follows such a
report: after a semicolon, or after a comma when the item before opened with such a verb too ("đã hội kiến A, hội
đàm với B, …"; not "đã thông báo kết quả các cuộc hội đàm, hội kiến với …"). The name ends as a rite's does
(:func:`event_rites.name_end`: a semicolon, a locative, a comma after the counterpart's name) or before a comma and
another verb of the list. A verb with no object is none; so is a name cut before what completes it, or one with a
comma right after a post title inside it ("hội đàm với Tổng Bí thư, Chủ tịch nước X"), as
:func:`event_meet_verbs.open_end` leaves it. Not where an event mention already covers the verb: a dated "đã hội đàm
với …" is named by :mod:`event_meet_verbs`, a courtesy call after "đã" by :mod:`event_rites`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import event_tokens, lexicon
from kg.extract.document import Mention, Sentence
from kg.extract.mentions import event_meet_verbs, event_planned, event_rites
from kg.extract.normalise import fold, key
from kg.extract.rx_words import word_led

_MARK = re.compile(r"(?<!\w)(?:đã|vừa)\s+|[;,]\s+")
# the first of _MARK's marks, alone ("đã", "vừa": no match of the other overlaps one), opening with its letter
_REPORTED = re.compile(word_led(["đã", "vừa"]) + r"\s+")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(lexicon.by_key("visit_verbs").keys() | event_tokens.cls("rite"))


@cache
def _verb_words() -> frozenset[str]:
    return frozenset(v.split(" ")[0] for v in _verbs())


@lru_cache(maxsize=65536)
def _is_verb_word(word: str) -> bool:
    """The word (commas and semicolons stripped) is a verb's first word (:func:`_verb_words`; once per word)."""
    return key(word.strip(",;")) in _verb_words()


@cache
def _verb_folds() -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in _verb_words()}))


def visit_verb(text: str, at: int, approach: bool) -> tuple[int, int] | None:
    """(start, end) of a verb of a visit's meeting at ``at`` (an approach word skipped when ``approach``), or None."""
    raw = list(re.finditer(r"\S+", text[at : at + 60]))[:5]
    words = [key(m.group().strip(",;")) for m in raw]
    skip = 1 if approach and words[:1] and words[0] in event_tokens.cls("approach") else 0
    verbs = _verbs()
    for n in (3, 2):
        if len(words) >= skip + n and " ".join(words[skip : skip + n]) in verbs:
            return at + raw[skip].start(), at + raw[skip + n - 1].end()
    return None


def _openings(text: str, s: Sentence, people: list[Mention]) -> list[tuple[int, int]]:
    """(start, end of the verb) of every verb of a visit's meeting the sentence reports (see the module)."""
    out: list[tuple[int, int]] = []
    reported = chained = False
    if not _REPORTED.search(text, s.start, s.end):
        return out  # every verb the loop keeps follows a report's "đã"/"vừa" in the sentence (the cheapest test first)
    reach = text[s.start : s.end + 60]
    if not any(map(_is_verb_word, reach.split())):
        return out  # no verb's first word in reach: nothing to open (a look-up per word)
    folded = fold(reach)
    if not any(f in folded for f in _verb_folds()):
        return out
    for d in _MARK.finditer(text, s.start, s.end):
        at = d.end()
        if d.group()[0] in ";,":
            span = visit_verb(text, at, False)
            listed = reported if d.group()[0] == ";" else chained
            if span is not None and span[0] == at and listed:
                out.append(span)
            chained = span is not None and listed
            continue
        held = event_rites.subject(text, s.start, d.start(), people) and not event_planned.planned_at(text, at)
        reported = reported or held
        span = visit_verb(text, at, True)
        chained = span is not None and held
        if chained and span is not None:
            out.append(span)
    return out


def visit_events(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The meetings a sentence lists by their verbs of a visit (see the module)."""
    people = [m for m in found if m.kind == "person"]
    names = frozenset(m.end for m in people)
    subjects = people + [m for m in found if m.kind == "title"]
    events = [m for m in found if m.kind == "event"]
    out: list[Mention] = []
    for s in sentences:
        for a, verb_end in _openings(text, s, subjects):
            if any(m.start <= a < m.end for m in events):
                continue
            end = event_rites.name_end(text, a, s.end, names)
            if not end:
                continue
            end = next((c.start() for c in re.finditer(r",\s+", text[verb_end:end])
                        if visit_verb(text, verb_end + c.end(), False)), end - verb_end) + verb_end
            name = text[a:end].rstrip().rstrip(",")
            if not [w for w in text[verb_end : a + len(name)].split() if key(w) != "với"] \
                    or any(event_meet_verbs.open_end(text, a, name[: c.start()]) for c in re.finditer(",", name)) \
                    or event_meet_verbs.open_end(text, a, name):
                continue  # no counterpart ("đã hội đàm."), or one cut before its holder ("với Tổng Bí thư, …")
            out.append(Mention(kind="event", start=a, end=a + len(name), text=name, sentence=s.index, key=key(name),
                               attrs=(("cls", "Meeting"), ("en", "meeting"), ("verbal", "1"))))
    return out
