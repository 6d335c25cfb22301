"""The session of a meeting, named with the meeting it belongs to (events41c): "phiên khai mạc Kỳ họp thứ 5 HĐND
tỉnh X khóa IX", "phiên bế mạc Hội nghị lần thứ năm Ban Chấp hành Trung ương".

A session word (class ``session`` of ``kg/lexicon/event_words.tsv``: "phiên khai mạc", "phiên bế mạc", "phiên chất
vấn", "phiên thảo luận", …) written right before a named event mention whose head has sessions (mark ``sessions``
of ``kg/lexicon/events.tsv``: "kỳ họp", "hội nghị", "đại hội") opens the event's name: the event mention is the
session's, its head the session word. A reference ("tại phiên khai mạc kỳ họp, …": no name after the head), a
session alone ("Đến dự phiên khai mạc có …") or one with anything between it and the meeting is left as it is.
The meeting's other mentions in the article stay its own: a session head is no meeting head, so the shorter name
is not merged into the session's (:mod:`kg.extract.event_subsume`).
"""

from __future__ import annotations

from kg.extract import event_tokens, lexicon
from kg.extract.document import Mention
from kg.extract.normalise import key

_MOST = 4  # words of the longest session word


def _session_before(text: str, start: int) -> int | None:
    """The start of a session word that ends one space before ``start``, longest first, or None."""
    if not text[:start].endswith(" ") or text[:start].endswith("  "):
        return None
    sessions = event_tokens.cls("session")
    words = text[max(0, start - 60) : start].split()
    for n in range(min(_MOST, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        if key(phrase) in sessions:
            return start - 1 - len(phrase)
    return None


def _has_sessions(m: Mention) -> bool:
    entry = lexicon.by_key("events").get(key(m.attr("head")))
    return entry is not None and "sessions" in entry.extra[1:]


def with_sessions(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with every named meeting a session word comes right before named as that session (see the
    module)."""
    out: list[Mention] = []
    for m in found:
        at = None
        if m.kind == "event" and not m.attr("ref") and _has_sessions(m):
            at = _session_before(text, m.start)
        if at is None:
            out.append(m)
            continue
        name = text[at : m.end]
        attrs = tuple(sorted([(k, v) for k, v in m.attrs if k != "head"] + [("head", text[at : m.start - 1])]))
        out.append(Mention(kind="event", start=at, end=m.end, text=name, sentence=m.sentence, key=key(name),
                           attrs=attrs))
    return out
