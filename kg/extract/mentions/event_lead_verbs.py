"""A meeting named by a verb that opens the sentence, its subject an official after the comma (events43a): "Làm việc
với lãnh đạo tỉnh X, Bí thư Tỉnh ủy Y Lê Văn A đề nghị …", "Sáng 15/5, làm việc với cán bộ chủ chốt của tỉnh, Tổng
Bí thư B nêu rõ …".

A verb of meeting (``kg/lexicon/meeting_verbs.tsv`` whose object opens at its link or as a purpose word: "làm việc
với", "hội đàm với", "gặp mặt"; not "họp") that opens the sentence, or follows only a day of the past or the present
and a comma ("Sáng 15/5, …": :func:`kg.extract.mentions.event_reported.holds_day`), names the meeting the article
reports when its name, as the name grammar reads it (:mod:`kg.extract.mentions.event_meet_verbs`), ends right
before a comma, and right after that comma (a day and a comma between allowed: "…, chiều 7/7, …") stands a post
title found in the text with the name of its holder after it before any comma: an official is the subject of the
clause the verb's phrase sets. Any other subject is no report of a meeting as often as one ("Làm việc với cơ quan
công an, H. khai …", "Làm việc với tài xế, lực lượng CSGT …", "Làm việc với báo chí, ông A, Phó giám đốc …"), nor is
a name the grammar stops before a time or a word ("Làm việc với đoàn X | chiều 29/5, …"). Not where an event mention
already covers the verb, nor where a named event of the article holds the name.
"""

from __future__ import annotations

import re

from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_meet_verbs import meeting_verb, verb_name
from kg.extract.mentions.event_reported import holds_day
from kg.extract.mentions.event_verbal import grammar_bounds
from kg.extract.normalise import key

_LEAD = re.compile(r"[^,;:.!?]{0,30},\s+")  # a leading adverbial and its comma: "Sáng 15/5, "
_HOLDER = 60  # how far after a post title the name of its holder may start


def _opens(text: str, at: int, end: int) -> int:
    """Where the clause that starts at ``at`` (spaces skipped) opens after a leading day and its comma, if any."""
    at += len(text[at:end]) - len(text[at:end].lstrip())
    lead = _LEAD.match(text, at, end)
    return lead.end() if lead and holds_day(text[at : lead.end()]) else at


def _official(text: str, at: int, found: list[Mention]) -> bool:
    """Whether a post title found in the text opens the clause at ``at`` (a day and a comma before it allowed) and
    the name of its holder follows it before any comma."""
    starts = {at, _opens(text, at, min(len(text), at + 40))}
    for title in (m for m in found if m.kind == "title" and m.start in starts):
        held = [m for m in found if m.kind == "person" and title.end <= m.start < title.end + _HOLDER]
        if any("," not in text[title.end : m.start] for m in held):
            return True
    return False


def lead_meetings(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The meetings a sentence names by a verb that opens it, an official its subject (see the module)."""
    units, inner, events, headed = grammar_bounds(found)
    out: list[Mention] = []
    for s in sentences:
        at = _opens(text, s.start, s.end)
        span = meeting_verb(text, at)
        if span is None or span[0] != at or span[2] not in ("link", "purpose") \
                or any(m.start <= at < m.end for m in events):
            continue
        name = verb_name(text, span, min(s.end, at + 400), units, inner)
        end = at + len(name)
        if not name or not text.startswith(",", end) or not _official(text, end + 1, found):
            continue
        if not any(f" {key(name)} " in h for h in headed):
            out.append(Mention(kind="event", start=at, end=end, text=name, sentence=s.index, key=key(name),
                               attrs=(("cls", "Meeting"), ("en", "meeting"), ("verbal", "1"))))
    return out
