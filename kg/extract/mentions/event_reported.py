"""A bare event head the article reports on (events40): "Tại cuộc họp sáng 30-5, ông A cho biết …".

A head with no name after it ("cuộc họp", "buổi làm việc", or the head and one kind word: "cuộc họp báo") is a
reference back (:mod:`kg.extract.mentions.events`); when the article names no event of its class, it refers to
nothing and the meeting the article reports on is lost. It names that meeting, as written, when the text places the
report in it and dates it: a setting preposition right before it (class ``setting`` in ``event_words.tsv``: "tại",
"trong") and right after it a day — a part of the day (class ``day-part``: "sáng", "ngày") and a recent word (class
``recent``: "sáng nay", "tối qua") or a day and month ("chiều 30-5", "ngày 17.6.2017", "sáng ngày 2-6"), or a recent
phrase alone ("mới đây"). A date followed by a word of class ``ahead`` ("ngày 5-7 tới") is a plan, no report. Only
a Meeting head (a congress or an election has its own name), and only in an article that names no event of the
class: otherwise the head stays a reference to the named event (:func:`promote`).
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import event_tokens
from kg.extract.document import Mention
from kg.extract.normalise import key

_DAY = re.compile(r"\(?\d{1,2}\s?[-/.]\s?\d{1,2}(?:[-/.]\d{2,4})?\)?")


def _words(text: str) -> list[str]:
    return [key(w.strip(",.;:()")) for w in text.split()]


def dated(after: str) -> bool:
    """Whether ``after`` (the text right after the head) opens with a day of the past or the present."""
    recent, raw, parts = event_tokens.cls("recent"), after.split()[:5], event_tokens.cls("day-part")
    words = _words(" ".join(raw))
    if len(words) >= 2 and " ".join(words[:2]) in recent:
        return True
    if len(words) < 2 or words[0] not in parts:
        return False
    if len(words) >= 3 and words[1] == "ngày" and words[0] != "ngày":
        raw, words = raw[1:], words[1:]  # "sáng ngày 2-6": the part of the day and its day
    if words[1] in recent:
        return True
    ahead = event_tokens.cls("ahead")
    return bool(_DAY.fullmatch(raw[1].rstrip(",.;:"))) and not (
        words[2:3] and (words[2] in ahead or " ".join(words[2:4]) in ahead))


def clause_before(text: str, start: int, at: int) -> tuple[str, list[str], set[str]]:
    """The clause of the sentence at ``start`` before ``at`` (from its last semicolon), its words without brackets
    and commas, and its folded words and word pairs."""
    clause = text[max(start, text.rfind(";", start, at) + 1) : at]
    raw = [w.strip(",()") for w in clause.split()]
    plain = [key(w) for w in raw]
    return clause, raw, set(plain) | {" ".join(plain[i : i + 2]) for i in range(len(plain) - 1)}


def holds_day(clause: str) -> bool:
    """Whether ``clause`` holds a day of the past or the present: a part of the day that opens one (:func:`dated`:
    "chiều 12/5", "sáng nay"; never "chiều 5/7 tới", a plan)."""
    raw, parts = clause.split(), event_tokens.cls("day-part")
    return any(key(w.strip(",.;:()")) in parts and dated(" ".join(raw[i : i + 5])) for i, w in enumerate(raw))


def reported_end(text: str, sent_start: int, start: int, end: int) -> int | None:
    """The end of the name of a bare head at ``start`` (its text up to ``end``: the head and at most one word) that
    the article reports on, or None (see the module)."""
    before = text[max(sent_start, start - 12) : start].split()
    if not before or key(before[-1]) not in event_tokens.cls("setting"):
        return None
    return end if dated(text[end : end + 60]) else None


def promote(text: str, found: list[Mention]) -> list[Mention]:
    """The bare Meeting references marked ``reported`` named (no ``ref``, up to their ``reported`` end) when no
    other mention names a Meeting; otherwise all as they were."""
    if any(m.kind == "event" and not m.attr("ref") and m.attr("cls") == "Meeting" for m in found):
        return found
    out: list[Mention] = []
    for m in found:
        if m.kind == "event" and m.attr("reported") and m.attr("cls") == "Meeting":
            end = int(m.attr("reported"))
            attrs = tuple(kv for kv in m.attrs if kv[0] not in ("ref", "reported"))
            m = dataclasses.replace(m, attrs=attrs, end=end, text=text[m.start : end], key=key(text[m.start : end]))
        out.append(m)
    return out
