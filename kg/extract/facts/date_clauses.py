"""Whether a date of a sentence belongs to another clause than the event the sentence names (issue 8, item 3: a
date only where the text states it as the event's), with the words of ``kg/lexicon/date_clauses.tsv``:

- **Deadline**: a time limit right before the date ("trước ngày 9/2", "chậm nhất ngày …", "trước 16h ngày …";
  "đến", "tới" only after a word of the clause — "Đến ngày 31/3, tại cuộc họp …" opens the clause of the meeting —
  and when no "từ" opens a range before them: "từ ngày 27 đến ngày 30/6" is a range, its first day the event's,
  :func:`range_start`); the same for the start of a period, "kể từ ngày …" (class ``since``: the day from which
  something holds, no meeting's day).
- **Paper**: the date's clause issues a paper before the event is named and before any other date ("Ngày 2/6, Bộ A
  có văn bản … tại cuộc họp X": the letter's date, not the meeting's).
- **Reported**: the event is named first as the setting of a report (after a word of class ``setting`` of
  ``event_words.tsv``: "tại", "trong") and a verb of saying (``person_cues.tsv`` role speech; not where a phrase
  of its role not-speech or of class ``since`` opens there: "nói chung", "kể từ") stands between it and the date
  ("Tại buổi X, ông A cho biết: … ngày 26/4 …": a date of what is said).
- **Prior**: the event is named after the date behind a word of what goes before it ("… tiếp xúc cử tri sáng 20/6
  trước kỳ họp thứ 4": the date of the meeting with voters, not of the session).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention

_STOP = re.compile(r"[.;!?](?:\s|$)")
_RANGE_FROM = re.compile(r"(?<!\w)từ\s+(?:ngày\s+)?(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"(?<!\w)từ(?!\w)", re.IGNORECASE)
_IN_CLAUSE = re.compile(r"\w[^\S\n]+$")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    def alt(cls: str) -> str:
        return lexicon.alternation("date_clauses", 2, cls)

    speech = lexicon.alternation("person_cues", 1, "speech")
    # a phrase that opens with a verb of saying but says nothing: "nói chung", and "kể từ" (since, class since)
    said_nothing = lexicon.alternation("person_cues", 1, "not-speech") + "|" + alt("since")
    return {
        "deadline": re.compile(r"(?<!\w)(" + lexicon.alternation("date_clauses", 2, "deadline", "since")
                               + r")\s+(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?\s*(?:phút\s+)?)?"
                               r"(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?$", re.IGNORECASE),
        "issued": re.compile(r"(?<!\w)" + alt("issue") + r"\s+(?:các\s+|một\s+)?" + alt("paper") + r"(?!\w)",
                             re.IGNORECASE),
        "speech": re.compile(r"(?<!\w)(?!(?:" + said_nothing + r")(?!\w))" + speech + r"(?!\w)", re.IGNORECASE),
        "setting": re.compile(r"(?<!\w)" + lexicon.alternation("event_words", 2, "setting") + r"\s+$", re.IGNORECASE),
        "prior": re.compile(r"(?<!\w)" + alt("prior") + r"\s+$", re.IGNORECASE),
    }


def range_start(text: str, d: Mention) -> int | None:
    """The first day of a range written "từ (ngày) D đến (ngày) D2/M" whose second end the date is, or None."""
    m = _RANGE_FROM.search(text, max(0, d.start - 30), d.start)
    return int(m.group(1)) if m else None


def _deadline(text: str, d: Mention) -> bool:
    before = text[max(0, d.start - 60) : d.start]
    m = _patterns()["deadline"].search(before)
    if m is None or range_start(text, d) is not None:
        return False
    if m.group(1).lower() not in ("đến", "tới"):
        return True
    return bool(_IN_CLAUSE.search(before[: m.start()])) and not _FROM.search(before[: m.start()])


def another_clause(text: str, d: Mention, own: list[Mention], dates: list[Mention]) -> bool:
    """The date ``d`` is a deadline's, a paper's, said in a report made at the event (``own``: the mentions of the
    event in the sentence) or of what goes before the event (see the module); ``dates``: the sentence's dates (a
    paper issued after a later one is that date's)."""
    if _deadline(text, d):
        return True
    p = _patterns()
    after = [m for m in own if m.start >= d.end]
    if after:  # the event named after the date: an issuing clause between them, or a word of what goes before
        first = min(after, key=lambda m: m.start)
        end = min([x.start for x in dates if d.end <= x.start < first.start] + [first.start])
        between = text[d.end : end]
        return bool(p["issued"].search(between) and not _STOP.search(between)) or bool(
            p["prior"].search(text, max(d.end, first.start - 20), first.start))
    before = [m for m in own if m.end <= d.start]
    if before:  # named before the date as the setting of a report: a verb of saying between them
        last = max(before, key=lambda m: m.end)
        return bool(p["setting"].search(text, max(0, last.start - 12), last.start)) and bool(
            p["speech"].search(text, last.end, d.start))
    return False
