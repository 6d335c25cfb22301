"""The one meeting an article reports, named only by a bare head set as the place of what is said (events42g):
"Tại buổi làm việc, ông A yêu cầu …", "Phát biểu tại buổi làm việc, bà B cho biết …".

A bare meeting head of class ``setting-head`` (``event_words.tsv``: "buổi làm việc") right after a setting word
(class ``setting``: "tại", "trong") and right before a comma, in the opening of the report (the first :data:`LEAD`
sentences after the title; deeper in, it is as often a second meeting or one recounted), names the meeting, as
written, when it is the only event the article speaks of: every event mention of the article is a bare reference of
that same head (no named event, no other head, no dated bare head promoted before,
:func:`kg.extract.mentions.event_reported.promote`), but for plural passing references ("các lễ hội vừa qua", class
``determiner`` before the head). A head the article also names ("buổi làm việc với Ban X"), a second kind of
meeting ("cuộc họp", "buổi lễ") or a setting with no comma after it ("tại buổi làm việc này", "tại buổi làm việc
với …") stays a reference.
"""

from __future__ import annotations

import dataclasses

from kg.extract import event_tokens
from kg.extract.document import Mention, Sentence
from kg.extract.normalise import key

LEAD = 4  # the sentences after the title where the bare head names the meeting: the report's opening


def _set(text: str, m: Mention) -> bool:
    """Whether the bare head ``m`` stands right after a setting word and right before a comma."""
    before = text[max(0, m.start - 12) : m.start].split()
    setting = event_tokens.cls("setting")
    return bool(before) and key(before[-1]) in setting and text[m.end : m.end + 1] == ","


def _plural(text: str, m: Mention) -> bool:
    """Whether the bare head ``m`` follows a plural determiner (class ``determiner``: "các lễ hội vừa qua")."""
    before = text[max(0, m.start - 8) : m.start].split()
    return bool(m.attr("ref")) and bool(before) and key(before[-1]) in event_tokens.cls("determiner")


def _early(m: Mention, sentences: list[Sentence], title_end: int) -> bool:
    """Whether ``m`` stands in one of the first :data:`LEAD` sentences after the title."""
    body = [s for s in sentences if s.start >= title_end][:LEAD]
    return any(s.start <= m.start < s.end for s in body)


def setting_events(text: str, sentences: list[Sentence], title_end: int, found: list[Mention]) -> list[Mention]:
    """The bare heads of class ``setting-head`` set as the place of what is said named (no ``ref``) when every
    event mention of the article is a bare reference of that head (see the module); otherwise all as they were."""
    events = [m for m in found if m.kind == "event" and not _plural(text, m)]
    heads = event_tokens.cls("setting-head")
    if not events or any(not m.attr("ref") or m.key not in heads for m in events):
        return found
    if len({m.key for m in events}) > 1:
        return found
    out: list[Mention] = []
    for m in found:
        if m.kind == "event" and m.key in heads and _set(text, m) and _early(m, sentences, title_end):
            m = dataclasses.replace(m, attrs=tuple(kv for kv in m.attrs if kv[0] not in ("ref", "reported")))
        out.append(m)
    return out
