"""One node per event: the identity key of an event name, the same for the ways the press writes one event's name.

"Kỳ họp thứ 3, Quốc hội khóa XIV", "kỳ họp thứ ba Quốc hội khóa 14", "Kỳ họp lần thứ 3 của Quốc hội khóa XIV" and
"Kỳ họp thứ 3 Quốc hội Khóa XIV" name one session; "Hội nghị Trung ương lần thứ V" and "Hội nghị Trung ương 5" one
meeting. The key is :func:`kg.extract.normalise.key` of the name with its abbreviations written out ("HĐND" = "Hội
đồng nhân dân"), where a number after an ordinal word ("thứ", "lần thứ", "lần", "khóa") is read as its value — a
Roman numeral or a numeral word (class ``numeral`` of ``kg/lexicon/event_words.tsv``, its value in the fourth
column) as digits —, "thứ N", "lần thứ N" and "lần N" are the number alone (as in "Đại hội XII", "Hội nghị Trung
ương 5"), and a comma or a "của" right after such a number is dropped ("thứ 3, Quốc hội …" = "thứ 3 của Quốc hội …"
= "thứ 3 Quốc hội …"). A Roman numeral in capitals is its value wherever it stands ("Đại hội X của Đảng …" =
"Đại hội lần thứ X của Đảng …"), a "của" after any number is dropped, quotes of any style are left out ("Lễ hưởng
ứng 'Tết …'" = "Lễ hưởng ứng “Tết …”"), "năm" before a year is dropped ("năm 2031" = "2031") and so is a dash
between two numbers ("lần thứ nhất - 2031" = "lần thứ nhất 2031"). A plenum of the Party's Central Committee has one
key however it is written: "Hội nghị lần thứ 5 Ban Chấp hành Trung ương (Đảng) khóa XII" = "Hội nghị Ban Chấp hành
Trung ương Đảng lần thứ 5 khóa XII" = "Hội nghị Trung ương 5 khóa XII" (a committee of another body, named after
"Trung ương", keeps its key: "… Trung ương Đoàn …"); a comma between a number and a term is dropped ("Trung ương 4,
khóa XII" = "Trung ương 4 khóa XII"), and so is a bracket around a term ("(khóa XII) về …" = "khóa XII về …").
A "thứ N" right after the body of a head of two words and before a term, a topic, a year or the end comes right
after the head ("Hội nghị Ủy ban X lần thứ VII (khóa VIII)" = "Hội nghị lần thứ 7 Ủy ban X (khóa VIII)", "Đại hội
Đảng lần thứ XII" = "Đại hội lần thứ XII của Đảng"); abbreviations include "UBTƯ" and "XHCN" (``abbreviations.tsv``).
"Đại lễ X", the honorific form of a ceremony's head, is "lễ X" ("Đại lễ Phật đản" = "lễ Phật đản"). Only the key
changes: the label stays as written.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key, roman_value

_ROMAN = re.compile(r"[ivxlc]+")
_CAPITAL_ROMAN = re.compile(r"(?<![\w.&-])[IVXLC]+(?![\w.&-])")
_QUOTES = re.compile(r"[\"'“”‘’«»]")
_YEAR = re.compile(r"(1[89]|20)\d\d")
_COUNTERS = ("thứ", "lần", "khóa")  # ordinal words whose number is the event's ordinal or term
_PLENUM = re.compile(r"hội nghị (?:(\d+) \(?)?(?:ban chấp hành )?trung ương(?: đảng)?(?= khóa | \d|$)")


@cache
def _numerals() -> dict[str, str]:
    """Numeral word (folded) → its value in digits (class ``numeral`` rows with a fourth column)."""
    return {e.key: e.extra[1] for e in lexicon.entries("event_words") if e.extra[:1] == ("numeral",) and
            len(e.extra) > 1}


def _value(word: str) -> str:
    """The digits of an ordinal's number ("xiv", "ba", "14,"), or "" when the word is none."""
    w = word.rstrip(",)")
    if w.isdigit():
        return w
    if _ROMAN.fullmatch(w):
        return str(roman_value(w))
    return _numerals().get(w, "")


@cache
def event_key(text: str) -> str:
    """The identity key of an event name (see the module)."""
    text = _CAPITAL_ROMAN.sub(lambda r: str(roman_value(r.group())), _QUOTES.sub(" ", lexicon.expand(text)))
    words = [w[1:] if w[:1] == "(" and w[1:] in _COUNTERS else w for w in key(text).split()]  # "(khóa 12)"
    out: list[str] = []
    counted: list[int] = []  # where the number of a "thứ N", "lần thứ N" or "lần N" stands in ``out``
    i = 0
    while i < len(words):
        w = words[i]
        counter = 2 if w == "lần" and i + 1 < len(words) and words[i + 1] == "thứ" else 1
        value = _value(words[i + counter]) if w in _COUNTERS and i + counter < len(words) else ""
        if not value:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if not ((w == "năm" and _YEAR.fullmatch(nxt.rstrip(","))) or (w == "của" and out and out[-1].isdigit())
                    or (w == "-" and out and out[-1].isdigit() and nxt.isdigit())):
                out.append(w)
            i += 1
            continue
        if w == "khóa" and out and out[-1][:-1].isdigit() and out[-1].endswith(","):
            out[-1] = out[-1][:-1]  # "Trung ương 4, khóa 12" = "Trung ương 4 khóa 12"
        counted += [len(out)] if w in ("lần", "thứ") else []
        out += [value] if w in ("lần", "thứ") else [w, value]
        i += counter + 1
        if i < len(words) and words[i] == "của":
            i += 1  # "thứ 3 của Quốc hội" = "thứ 3, Quốc hội" (its comma dropped with the number) = "thứ 3 Quốc hội"
    joined = " ".join(_number_first(out, counted[0]) if counted else out)
    if joined.startswith(_GREAT) or joined == _GREAT.strip():
        joined = joined[len(_GREAT) - len("lễ ") :]  # "Đại lễ Phật đản" = "lễ Phật đản"
    return _plenum(joined) if "trung ương" in joined else joined


_GREAT = "đại lễ "  # the honorific form of a ceremony's head: one event with the plain "lễ"


_STOPS = frozenset({"khóa", "về", "nhiệm", "năm", "tại", "với", "giai", "đợt", "và", "-", "–"})


@cache
def _heads() -> frozenset[str]:
    """Event heads of two words ("hội nghị", "kỳ họp"), folded."""
    return frozenset(k for k in (key(e.vi) for e in lexicon.entries("events")) if k.count(" ") == 1)


def _number_first(words: list[str], n: int) -> list[str]:
    """The words with the number at ``n`` of a "thứ N" after the body of a head of two words put right after the
    head: "hội nghị ủy ban X 7 khóa 8" = "hội nghị 7 ủy ban X khóa 8" ("Hội nghị Ủy ban X lần thứ VII (khóa VIII)"
    = "Hội nghị lần thứ 7 Ủy ban X (khóa VIII)"); only when the number ends the body: a term, a topic, a year, a
    bracket or the end follows it ("Hội nghị Trung ương 9 Đảng X" keeps its order)."""
    body = words[2:n]
    after = words[n + 1] if n + 1 < len(words) else ""
    if n < 3 or " ".join(words[:2]) not in _heads() or any(w in _STOPS or not w.isalpha() for w in body) \
            or not (after == "" or after in _STOPS or not after[:1].isalpha()):
        return words
    return words[:2] + [words[n]] + body + words[n + 1 :]


def _plenum(k: str) -> str:
    """The key of a Central Committee plenum as "hội nghị trung ương N …" (see the module)."""
    m = _PLENUM.match(k)
    if not m:
        return k
    return "hội nghị trung ương" + (f" {m.group(1)}" if m.group(1) else "") + k[m.end() :]
