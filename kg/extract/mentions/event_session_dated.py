"""A session of a meeting the article reports on, named by its session word alone and dated (events41d): "Tại phiên
chất vấn chiều 15/6, các đại biểu …", "Trong phiên chất vấn ngày 6/7, tại kỳ họp thứ 5 …".

A session word (class ``session`` of ``kg/lexicon/event_words.tsv``: "phiên chất vấn", "phiên bế mạc", …) right
after a setting preposition (class ``setting``: "tại", "trong") and right before a day of the past or the present
(as :mod:`kg.extract.mentions.event_reported` reads it: "chiều 15/6", "sáng nay"; "ngày 5-7 tới" is a plan) names
the session the article reports on, as written. Not where an event mention already covers the word (a session named
with its meeting, :mod:`kg.extract.mentions.event_sessions`), nor when the article already names an event that opens
with that session word: the dated one is a reference to it.
"""

from __future__ import annotations

import re

from kg.extract import event_tokens
from kg.extract.document import Mention, Sentence
from kg.extract.mentions.event_reported import dated
from kg.extract.normalise import key
from kg.extract.rx_words import WORD_BEFORE_FIRST

# a session word and the words after it: (?i)(?<!\w)phiên…, opening with its first letter's class, no case-insensitive
# flag on that (rx_words)
_SESSION = re.compile(r"[pP]" + WORD_BEFORE_FIRST + r"(?i:hiên)(?:\s+\w+){1,5}")


def _session_at(text: str, at: int) -> int | None:
    """The end of the longest session word that opens at ``at``, or None."""
    sessions = event_tokens.cls("session")
    words = text[at : at + 60].split()[:6]
    for n in range(len(words), 1, -1):
        phrase = " ".join(w.rstrip(",.;:") for w in words[:n])
        if key(phrase) in sessions and text.startswith(phrase, at):
            return at + len(phrase)
    return None


def _set(text: str, sent_start: int, at: int) -> bool:
    """Whether a setting preposition ends one space before ``at``."""
    before = text[max(sent_start, at - 12) : at].split()
    return bool(before) and text[:at].endswith(" ") and key(before[-1]) in event_tokens.cls("setting")


def dated_sessions(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """The sessions an article reports on, named by their session word alone (see the module)."""
    events = [m for m in found if m.kind == "event"]
    out: list[Mention] = []
    for s in sentences:
        for g in _SESSION.finditer(text, s.start, s.end):
            end = _session_at(text, g.start())
            if end is None or not _set(text, s.start, g.start()) or not dated(text[end : end + 60]):
                continue
            name = text[g.start() : end]
            if any(m.start <= g.start() < m.end or m.key.startswith(key(name)) for m in events + out):
                continue
            out.append(Mention(kind="event", start=g.start(), end=end, text=name, sentence=s.index, key=key(name),
                               attrs=(("cls", "Meeting"), ("en", "event"), ("head", name))))
    return out
