"""The tokens of an event complement and the word classes of ``kg/lexicon/event_words.tsv``: the look-ups that
the event-name grammar (``kg/extract/events.py``) asks of a word — its class, whether it is a number, an ordinal
or a level word — and whether a head is part of another noun (``not_event``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

_WORD = re.compile(r"\s*(\d+(?:[.,]\d+)+|\w+(?:[.&/'’-]\w+)*|\S)")
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*|[IVXLC]+")
_ROMAN = re.compile(r"[IVX]+")
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


@cache
def classes() -> dict[str, frozenset[str]]:
    """Class → folded keys; ``opener`` keeps the capitalised forms as written; ``aim`` and ``aim-head`` come from
    ``meeting_aims.tsv``."""
    out: dict[str, set[str]] = {}
    for e in lexicon.entries("event_words"):
        cls = e.extra[0] if e.extra else ""
        out.setdefault(cls, set()).add(e.vi if cls == "opener" else e.key)
        for mark in e.extra[1:] if cls in ("purpose", "kind", "word") else ():  # "object", "periodic", "relative"
            out.setdefault(mark, set()).add(e.key)
    for e in lexicon.entries("meeting_aims"):  # "để nghe …": opens a name after a head only, needs an object
        for mark in ("aim", "object") if e.extra[:1] == ("aim",) else ("aim-head",):
            out.setdefault(mark, set()).add(e.key)
    return {c: frozenset(v) for c, v in out.items()}


@cache  # (classes() is fixed once read; 186,000 asks per 1,000 articles)
def cls(name: str) -> frozenset[str]:
    """The folded keys of the class ``name`` of ``event_words.tsv`` (none when it has none)."""
    return classes().get(name, frozenset())


@cache
def groups() -> dict[str, frozenset[str]]:
    """Folded key → the groups of coordinate words it belongs to (class ``coordinate``, fourth column; the level
    words of ``admin_levels`` are in the group ``unit`` with "sở", "ban", "ngành")."""
    out: dict[str, set[str]] = {k: {"unit"} for k in lexicon.words("admin_levels")}
    for e in lexicon.entries("event_words"):
        if e.extra[:1] == ("coordinate",) and len(e.extra) > 1:
            out.setdefault(e.key, set()).add(e.extra[1])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _lengths(cls: str) -> tuple[int, ...]:
    """The span lengths :meth:`Toks.match` tries for ``cls``: 4 down to 1, none over the most words of its forms."""
    most = max((len(f.split(" ")) for f in classes().get(cls, ())), default=0)
    return tuple(n for n in (4, 3, 2, 1) if n <= most)


@cache
def _table(cls: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The forms of ``cls`` and the span lengths to try (:func:`cls`, :func:`_lengths`), in one look-up."""
    return classes().get(cls, frozenset()), _lengths(cls)


@cache
def forms(cls: str) -> re.Pattern[str]:
    words = sorted(classes().get(cls, ()), key=len, reverse=True) or ["(?!)"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in words) + r")(?!\w)", re.IGNORECASE)


def not_event(text: str, start: int, limit: int) -> bool:
    """Whether the head at ``start`` is part of another noun or a verb: "Đại hội đồng", "lễ tân", "tuần lễ", "nghi
    lễ", "đi lễ", "lễ Phật" — unless a longer event form holds it ("lễ Phật đản") — or, capitalised after a word
    of class ``place``, part of a place's name: "thôn Lễ Xuyên", "Trung tâm Hội nghị …"."""
    before = text[max(0, start - 24) : start].split()
    if text[start : start + 1].isupper() and before:
        if any(key(" ".join(before[-n:])) in classes().get("place", ()) for n in (1, 2)):
            return True
    lo = max(0, start - 12)
    if any(m.start() <= start < m.end() for m in forms("event-form").finditer(text, lo, limit)):
        return False
    return any(m.start() <= start < m.end() for m in forms("not-event").finditer(text, lo, limit))


@dataclass
class Toks:
    """The tokens of a complement: words and punctuation with their offsets."""

    text: str
    words: list[str]
    ends: list[int]
    units: frozenset[int]
    inner: frozenset[int] = frozenset()  # offsets inside a named place or person (past its first character)
    # what :meth:`match` asks again and again of one position, kept: how many words from it open with a letter or a
    # digit (up to 4), and the folded key of the span of n words from it
    _runs: list[int] = field(default_factory=list, init=False, repr=False, compare=False)
    _keys: dict[tuple[int, int], str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def match(self, i: int, cls: str) -> int:
        """How many tokens from ``i`` (up to 4 words) form a word of ``cls``; 0 when none."""
        table, lengths = _table(cls)  # a span of n tokens folds to n words or more: none longer than the class's forms
        if i < 0:
            return _match_from_end(self.words, i, cls, table, lengths)
        runs = self._runs or self._count_runs()
        run = runs[i] if i < len(runs) else 0
        for n in lengths:
            if n <= run:
                if cls == "opener":
                    if " ".join(self.words[i : i + n]) in table:
                        return n
                    continue
                folded = self._keys.get((i, n))
                if folded is None:
                    folded = self._keys[(i, n)] = key(" ".join(self.words[i : i + n]))
                if folded in table:
                    return n
        return 0

    def _count_runs(self) -> list[int]:
        """For each token, how many tokens from it (up to 4) open with a letter or a digit (made on first use)."""
        runs = [0] * (len(self.words) + 1)  # the last one: none past the end
        for j in range(len(self.words) - 1, -1, -1):
            runs[j] = min(4, runs[j + 1] + 1) if self.words[j][:1].isalnum() else 0
        self._runs = runs
        return runs

    def word(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""

    def lead(self, chars: int) -> str:
        """Up to ``chars`` characters of the text right before the first token: the head the complement follows."""
        start = self.ends[0] - len(self.words[0]) if self.words else 0
        return self.text[max(0, start - chars) : start]


def _match_from_end(words: list[str], i: int, cls: str, table: frozenset[str], lengths: tuple[int, ...]) -> int:
    """:meth:`Toks.match` at a negative index, which slices from the end of the words: one span at a time."""
    for n in lengths:
        span = words[i : i + n]
        if len(span) == n and all(w[:1].isalnum() for w in span):
            form = " ".join(span)
            if (form if cls == "opener" else key(form)) in table:
                return n
    return 0


def tokens(text: str, start: int, limit: int, units: frozenset[int] = frozenset(),
            inner: frozenset[int] = frozenset()) -> Toks:
    words: list[str] = []
    ends: list[int] = []
    for m in _WORD.finditer(text, start, limit):
        w, end = m.group(1), m.end()
        k = _run_on(w) if "." in w else 0  # (no point, no sentence's end inside)
        if k:  # "năm 2031.Tại …": a sentence's end written with no space, not one word
            words += [w[:k], ".", w[k + 1 :]]
            ends += [end - len(w) + k, end - len(w) + k + 1, end]
        else:
            words.append(w)
            ends.append(end)
    return Toks(text, words, ends, units, inner)


def _run_on(w: str) -> int:
    """Where a point with no space after it ends a sentence inside a token: after a number, a Roman number of two
    letters or more ("khóa XX.Ảnh") or a lower-case word (not an abbreviation of class ``point``) and before a
    capital ("2031.Tại"); 0 when none ("TP.Hà", "3.5")."""
    k = w.find(".")
    if k <= 0 or k + 1 >= len(w) or not w[k + 1].isupper():
        return 0
    left = w[:k]
    roman = len(left) > 1 and bool(_ROMAN.fullmatch(left))
    return k if left.isdigit() or roman or (left.islower() and key(left) not in classes().get("point", ())) else 0


def is_year(w: str) -> bool:
    """A year or a range of years written as one token ("2031")."""
    return bool(_YEAR.fullmatch(w))


def is_number(w: str) -> bool:
    return bool(_NUMBER.fullmatch(w))


def ordinal(t: Toks, i: int) -> int:
    """Tokens of an ordinal at ``i``: an ordinal word and its number ("lần thứ 3", "khóa XIV", "năm 2017",
    "nhiệm kỳ 2015 - 2020", "thứ ba"), or a year; 0 when none."""
    n = t.match(i, "ordinal")
    if n and (is_number(t.word(i + n)) or t.match(i + n, "numeral")):
        j = i + n
        while j < len(t.words) and (is_number(t.word(j)) or t.match(j, "numeral")):
            j += 1
            if t.word(j) in "-–" and is_number(t.word(j + 1)):
                j += 2  # a range: "2015 – 2020"
        return j - i
    if not _YEAR.fullmatch(t.word(i)):
        return 0
    return 3 if t.word(i + 1) in ("-", "–") and _YEAR.fullmatch(t.word(i + 2)) else 1  # "2017 - 2021"


def level(t: Toks, i: int) -> bool:
    """An administrative level word at ``i`` ("tỉnh", "thành phố")."""
    return any(key(" ".join(t.words[i : i + n])) in lexicon.words("admin_levels") for n in (2, 1))

