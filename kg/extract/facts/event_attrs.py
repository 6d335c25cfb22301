"""An event's ordinal, date and organisers only where the text states them as the event's own (issue 8, item 3).

- **Ordinal**: the counter of the event itself — "lần thứ N", "thứ N", "lần N" (N in digits, Roman capitals or a
  numeral word of class ``numeral`` of ``kg/lexicon/event_words.tsv``) — and "khóa N" only for an election (the
  ordinal of the legislature it elects); for a meeting or session "khóa N" is the term of its body ("Kỳ họp thứ 4
  HĐND tỉnh khóa IX" is the 4th session). A counter after a capitalised document noun of the name (class
  ``document``: "Báo cáo …", "Nghị quyết …") is the document's or its subject's, not the event's.
- **Date**: the first date of the sentence that is the event's: not inside an event name (the day an anniversary
  marks), not one end of a range of two dated days with years ("(3/2/1930-3/2/2031)": a lifespan or anniversary),
  not a document's date ("Kết luận số 16 ngày …"), not the date right after another event's name ("lễ khánh thành X
  vào ngày 15-7 nhân lễ kỷ niệm …"); a day range gives its first day ("từ 7-15/7/1960" → 7/7/1960; "5-6/7" → 5/7).
- **Year**: a date without a year takes the year of the event's own name ("Lễ hội X năm 2031"), not a document's
  year, a target year ("đến năm 2030") nor any other year of the text.
- **Organiser**: the bodies before "tổ chức", never a place beside a body, never one node whose label joins two
  bodies of one head ("Ban A và Ban B"); a place only when it alone organises ("TP A tổng kết …").
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.event_key import _numerals
from kg.extract.facts.date_clauses import another_clause, range_start
from kg.extract.link import Entity
from kg.extract.normalise import key, roman_value

_COUNTER = re.compile(r"(?<!\w)(?:[Ll]ần thứ|thứ|[Ll]ần)\s+(\w+)")
_TERM = re.compile(r"(?<!\w)(?:[Kk]hóa|[Kk]hoá)\s+([IVXLC]+|\d+)(?!\w)")
_ROMAN = re.compile(r"[IVXLC]+")
_DOC_NUMBER = re.compile(r"(?:\bsố\s+\S+|\d+/[\w/-]*[A-ZĐ][\w/-]*)\s*$")
_RANGE_END = re.compile(r"(\d{1,2})\s*[-–]\s*$")
_RANGE_MONTH = re.compile(r"\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")
_DATED_RANGE = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}\s*[-–]\s*$|^\s*[-–]\s*\d{1,2}\s*[/-]\s*\d{1,2}"
                          r"\s*[/-]\s*\d{4}")
_AFTER_EVENT = re.compile(r"\s*(?:,\s*)?(?:vào\s+|trong\s+)?")


@cache
def _documents() -> frozenset[str]:
    """Folded document nouns (class ``document`` of event_words.tsv)."""
    return frozenset(e.key for e in lexicon.entries("event_words") if e.extra[:1] == ("document",))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if _ROMAN.fullmatch(word):
        return roman_value(word)
    got = _numerals().get(word, "") if word.islower() else ""
    return int(got) if got else None


def _compound(n: int, rest: str) -> int | None:
    """A numeral word with the next: "mười hai" is 12, "hai mươi …" not read; else the number alone ("lần thứ II
    năm 2031": "năm" opens the year)."""
    nxt = re.match(r"\s+(\w+)", rest)
    word = nxt.group(1) if nxt and nxt.group(1).islower() else ""
    if word == "mươi":
        return None
    unit = _number(word) if word and n == 10 else None
    return 10 + unit if unit is not None and unit < 10 else n


def _document_at(label: str) -> int:
    """Where the first capitalised document noun after the label's head stands (len(label) when none)."""
    for m in re.finditer(r"(?<=\s)[A-ZĐ]\w*(?:\s+\w+)?", label):
        words = key(m.group()).split()
        if " ".join(words) in _documents() or words[0] in _documents():
            return m.start()
    return len(label)


def names_document(text: str) -> bool:
    """Whether a capitalised document noun stands in the text after its first word (a year after it is the
    document's)."""
    return _document_at(text) < len(text)


def own_year(name_to_year: str) -> bool:
    """Whether the year that ends the text (a name up to "năm Y") is the event's own: "Lễ hội X năm 2031", not a
    document's ("Luật X năm 2012"), a target's ("đến năm 2030", "vào năm 2030") or a term ("khóa 2031")."""
    head = name_to_year.rpartition(" ")[0]
    tail = re.search(r"(\S+)\s+(\S+)$", head)
    if tail is None or tail.group(2).lower() != "năm" or names_document(head):
        return False
    return tail.group(1).lower() not in ("đến", "tới", "vào", "trước", "sau", "từ", "đầu", "cuối")


def event_ordinal(label: str, cls: str) -> int | None:
    """The event's own ordinal in its label (see the module), or None."""
    stop = _document_at(label)
    for m in _COUNTER.finditer(label, 0, stop):
        n = _number(m.group(1))
        if n is not None:
            return _compound(n, label[m.end() :])
    term = _TERM.search(label, 0, stop)
    return roman_value(term.group(1)) if term and cls == "Election" else None


def _belongs_elsewhere(text: str, d: Mention, events: list[tuple[Mention, Entity | None]], own: Entity | None) -> bool:
    for e, other in events:
        if e.start <= d.start < e.end:
            return True  # the day an anniversary marks
        if other is not own and e.end <= d.start and _AFTER_EVENT.fullmatch(text[e.end : d.start]):
            return True  # the date right after another event's name
    before, after = text[max(0, d.start - 40) : d.start], text[d.end : d.end + 30]
    return bool(_DOC_NUMBER.search(before) or _DATED_RANGE.search(before) or _DATED_RANGE.search(after))


def event_date(text: str, dates: list[Mention], events: list[tuple[Mention, Entity | None]],
               own: Entity | None) -> tuple[Mention, int, int, int | None] | None:
    """(the date mention, day, month, year or None) of the event's date in a sentence (see the module), or None."""
    own_names = [e for e, other in events if other is own]
    for d in dates:
        if _belongs_elsewhere(text, d, events, own) or another_clause(text, d, own_names, dates):
            continue
        day, month = int(d.attr("day")), int(d.attr("month"))
        y = int(d.attr("year")) if d.attr("year") else None
        first = _RANGE_END.search(text[max(0, d.start - 6) : d.start])
        start = int(first.group(1)) if first else range_start(text, d)
        if start is not None and start < day:
            day = start  # "7-15/7/1960", "từ ngày 7 đến ngày 15/7/1960": from the 7th
        rest = _RANGE_MONTH.match(text, d.end) if y is None else None
        if rest and 1 <= int(rest.group(1)) <= 12 and month > day:
            month = int(rest.group(1))  # "5-6/7": the 5th and 6th of July
            y = int(rest.group(2)) if rest.group(2) else None
        return d, day, month, y
    return None


def stated_organisers(found: list[Entity]) -> list[Entity]:
    """The organisers of those found before "tổ chức": the bodies when there is one, never a place beside them (a
    place with a body is where it is or where the body is: "tại tỉnh A, Bộ B tổ chức", "UBND quận A, TP B tổ
    chức"), nor one node whose label joins two bodies of one head ("Ban A và Ban B"); else the place alone that
    organises ("TP A tổng kết …")."""
    bodies = [e for e in found if e.kind == "body"]
    return [b for b in bodies if not _joined(b.label)] if bodies else found


def _joined(label: str) -> bool:
    head = label.split(" ", 1)[0]
    return bool(re.search(r"\svà\s+" + re.escape(head) + r"\s", label))
