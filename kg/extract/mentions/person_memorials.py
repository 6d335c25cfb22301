"""A person's name that ends a memorial's or a landmark's proper name ("Lăng Chủ tịch X", "Nhà tưởng niệm Đại tướng
X", "Khu lưu niệm cố Thủ tướng X", "Nhà tưởng niệm đồng chí X"): a head of ``memorial_heads.tsv``, then only
titles, ranks and the words of that file's class ``between`` ("cố", "đồng chí"), then the name. The name is the
place's there, not a mention of a person of the article (the annotators leave out a name that only a street, a
school or a memorial bears); another mention of the same name in the article ("Chủ tịch X đã …") still names the
person. Read by :mod:`person_thing_tests`. An epithet ("nhà lưu niệm Bác Hồ") is left alone: devown7's gold counts
it as a person."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import PhraseMatcher, _Sent


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _heads() -> re.Pattern[str]:
    """A head in either case (class head), or capitalised (class capital: "Quảng trường", not "quảng trường")."""
    rows = [r[0] for r in lexicon.rows("memorial_heads") if r[2:3] == ["head"]]
    caps = [r[0] for r in lexicon.rows("memorial_heads") if r[2:3] == ["capital"]]
    capitalised = [c[0].upper() + c[1:] for c in caps]
    return re.compile(r"(?<!\w)(?:(?i:" + _alternation(rows) + r")|" + _alternation(capitalised) + r") +$")


@cache
def _between() -> re.Pattern[str]:
    rows = [r[0] for r in lexicon.rows("memorial_heads") if r[2:3] == ["between"]]
    rows += [e.vi.lower() for e in lexicon.entries("ranks")]
    return re.compile(r"(?<!\w)(?:" + _alternation(rows) + r") +$")


@cache
def _any_head() -> PhraseMatcher:
    """Any head of either class, word-bounded, over the sentence's lower-case view: a cheap test that a sentence can
    hold a memorial's name at all (it matches wherever :func:`_heads` does)."""
    return PhraseMatcher(r[0] for r in lexicon.rows("memorial_heads") if r[2:3] in (["head"], ["capital"]))


def _first_head(s: _Sent) -> int:
    """Offset of the sentence's first match of :func:`_any_head` (its end when none), read once per sentence and
    kept on it: most sentences name no memorial, and a name after the first head's start is the only one to test."""
    got = s.__dict__.get("_memorial_head")
    if got is None:
        first = _any_head().first(s.view, s.sent.start, s.sent.end)
        got = s.__dict__["_memorial_head"] = first[0] if first else s.sent.end
    return got


def memorial_before(s: _Sent, start: int) -> bool:
    """A memorial's head ends before character ``start`` with one or more titles, ranks and ``between`` words (each
    followed by spaces), and nothing else, between: the name at ``start`` ends the memorial's name. With nothing
    between ("lăng Tự Đức", the emperor's tomb, which the annotators count as naming him) the name is left alone."""
    if _first_head(s) >= start:
        return False  # no head of any kind before the name in this sentence
    at = start
    while True:
        line = s.text[max(s.sent.start, at - 60) : at]
        if at < start and _heads().search(line):
            return True  # a title or a word between: "lăng Tự Đức" alone is left to the tests of place words
        line = line.lower()
        span = next((a for a, b in s.titles if a < b <= at and not s.text[b:at].strip()), None)
        if span is not None:
            at = span
        elif m := _between().search(line):
            at -= len(line) - m.start()
        else:
            return False


def memorial_named(s: _Sent, k: int) -> bool:
    """The name at token k ends a memorial's or a landmark's name (:func:`memorial_before`)."""
    return memorial_before(s, s.toks[k].start)


def memorial_spans(s: _Sent) -> list[tuple[int, int, str]]:
    """(first token, last token exclusive, "memorial") of each memorial's person name in the sentence: the
    capitalised words (at most four, adjacent) after a memorial's head and a title. Not persons, but no body's or
    place's words either ("Nhà lưu niệm Tổng Bí thư X" names no school, "… Thủ tướng Chính phủ X" no government)."""
    toks, out = s.toks, []
    k = s.index_from(_first_head(s) + 1)  # a name starting at or before the first head ends no memorial's name
    while k < len(toks):
        if toks[k].is_cap and memorial_named(s, k):
            e = k + 1
            while e < len(toks) and e - k < 4 and toks[e].is_cap and s.adjacent(e):
                e += 1
            out.append((k, e, "memorial"))
            k = e
        else:
            k += 1
    return out
