"""Event names: a head ("Hội nghị", "Lễ", "buổi làm việc") and its complement, only when the complement can be
shown to be a name. The grammar (word classes in ``kg/lexicon/event_words.tsv``):

    NAME        = HEAD COMPLEMENT
    COMPLEMENT  = OPENING PART*
    OPENING     = PURPOSE | KIND            "kỷ niệm …", "tổng kết …", "khoa học", "cấp cao"
                | ORDINAL | NUMBER          "lần thứ N", "thứ N", "khóa X", "năm 2017", "XII"
                | LINK NP                   "của …", "với …", "giữa …", "về …"
                | PROPER                    a capitalised word that does not open a clause; a quoted title
    PART        = PROPER | ORDINAL | LINK | a word of the noun phrase | "(" PROPER … ")"
                | "," (PURPOSE | KIND)       a second purpose: "tổng kết …, triển khai …"
                | "và" OPENING              a second purpose or name (not a second event: "… và Cuộc bầu cử …")
                | "," WORD ("," | "và" | END) a list inside the phrase: "quận, huyện và …"
                | PROPER "-" PROPER         a compound name: "Việt Nam - Lào"

The complement ends at a clause boundary, before: a verb, adverb, pronoun or function word (class ``boundary``),
a time adverbial (``time``: "năm nay", "mới đây", "sáng 23.6"), a capitalised clause opener (``opener``: "Theo",
"Dù") or capitalised verb, a comma or "và" not followed by an opening or followed by another event head,
sentence punctuation, a spaced dash before a capital, an unmatched closing quote or bracket. After an ordinal, a
year, a label number ("Trung ương 9"), a bracket or a named place or person only a name, an ordinal, a link, a
kind, level or determiner word or a second opening may follow ("… khóa X xác định …" ends after "khóa X", "…
Đồ Sơn trở về …" after "Đồ Sơn"). Words of two syllables in the lexicon are read whole ("giao thông" is no
"giao").

What the boundary cuts from its noun is dropped: a trailing link, joiner or determiner, a count ("với 400 | …"),
and a purpose that needs an object (``object`` in the lexicon) when it follows only kind or purpose words
("Hội nghị công bố | đã …").

No name — the mention is then a head-only *reference*, never a node named by a fragment — when the first word
is none of the openings ("Đại hội nêu rõ", "Lễ hội vẫn …"), when a demonstrative comes before the boundary
("Lễ … này", "Kỳ họp … lần này": a reference back), when nothing is left after the drops, or when the
complement runs past ``MAX_WORDS`` words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key

MAX_WORDS = 30

_WORD = re.compile(r"\s*(\d+(?:[.,]\d+)+|\w+(?:[.&/'’-]\w+)*|\S)")
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*|[IVXLC]+")
_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")
_TITLES = frozenset({"ông", "bà", "anh", "chị"})  # no opener after a name or level word: "Hai Bà Trưng"
_NEEDS_NUMBER = frozenset({"ngày", "tháng"})  # a time word only before a number ("ngày 3", not "ngày Quốc khánh")
_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "‘": "’"}


@cache
def _classes() -> dict[str, frozenset[str]]:
    """Class → folded keys; ``opener`` keeps the capitalised forms as written."""
    out: dict[str, set[str]] = {}
    for e in lexicon.entries("event_words"):
        cls = e.extra[0] if e.extra else ""
        out.setdefault(cls, set()).add(e.vi if cls == "opener" else e.key)
        if e.extra[1:2] == ("object",):
            out.setdefault("object", set()).add(e.key)
    return {c: frozenset(v) for c, v in out.items()}


@cache
def _forms(cls: str) -> re.Pattern[str]:
    forms = sorted(_classes().get(cls, ()), key=len, reverse=True) or ["(?!)"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


def not_event(text: str, start: int, limit: int) -> bool:
    """Whether the head at ``start`` is part of another noun or a verb: "Đại hội đồng", "lễ tân", "tuần lễ", "nghi
    lễ", "đi lễ", "lễ Phật" — unless a longer event form holds it ("lễ Phật đản")."""
    lo = max(0, start - 12)
    if any(m.start() <= start < m.end() for m in _forms("event-form").finditer(text, lo, limit)):
        return False
    return any(m.start() <= start < m.end() for m in _forms("not-event").finditer(text, lo, limit))


@cache
def _heads() -> re.Pattern[str]:
    forms = sorted({e.vi for e in lexicon.entries("events")} | {"cuộc", "buổi"}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


@dataclass
class _Toks:
    """The tokens of a complement: words and punctuation with their offsets."""

    text: str
    words: list[str]
    ends: list[int]
    units: frozenset[int]

    def match(self, i: int, cls: str) -> int:
        """How many tokens from ``i`` (up to 3 words) form a word of ``cls``; 0 when none."""
        table = _classes().get(cls, frozenset())
        for n in (3, 2, 1):
            span = self.words[i : i + n]
            if len(span) == n and all(w[:1].isalnum() for w in span):
                form = " ".join(span)
                if (form if cls == "opener" else key(form)) in table:
                    return n
        return 0

    def word(self, i: int) -> str:
        return self.words[i] if i < len(self.words) else ""


def _tokens(text: str, start: int, limit: int, units: frozenset[int] = frozenset()) -> _Toks:
    ms = list(_WORD.finditer(text, start, limit))
    return _Toks(text, [m.group(1) for m in ms], [m.end() for m in ms], units)


def _is_number(w: str) -> bool:
    return bool(_NUMBER.fullmatch(w))


def _ordinal(t: _Toks, i: int) -> int:
    """Tokens of an ordinal at ``i``: an ordinal word and its number ("lần thứ 3", "khóa XIV", "năm 2017",
    "nhiệm kỳ 2015 - 2020", "thứ ba"), or a year; 0 when none."""
    n = t.match(i, "ordinal")
    if n and (_is_number(t.word(i + n)) or t.match(i + n, "numeral")):
        j = i + n
        while j < len(t.words) and (_is_number(t.word(j)) or t.match(j, "numeral")):
            j += 1
            if t.word(j) in "-–" and _is_number(t.word(j + 1)):
                j += 2  # a range: "2015 – 2020"
        return j - i
    return 1 if _YEAR.fullmatch(t.word(i)) else 0


def _proper(t: _Toks, i: int) -> bool:
    """A capitalised word that is part of a name: not a clause opener (a title only after a lower-case word)."""
    w = t.word(i)
    if not w[:1].isupper():
        return False
    n = t.match(i, "opener")
    if not n:  # a capitalised verb after a lower-case word opens a clause ("Hội nghị Nhấn mạnh …"), unless it
        b = t.match(i, "boundary") if _whole(t, i) <= 1 else 0  # is a numbered document: "thực hiện Quyết
        after = t.word(i + b)
        numbered = b > 0 and (key(after) == "số" or _is_number(after))
        return not (b and (i == 0 or not t.word(i - 1)[:1].isupper())) or numbered  # định số 12"
    prev = t.word(i - 1) if i > 0 else ""
    if prev[:1].isupper() and t.ends[i + n - 1] in t.units and not t.match(i, "time"):
        return True  # the opener ends a known place or person: "Ba Vì"
    after_name = prev[:1].isupper() and not _is_number(prev)
    return key(w) in _TITLES and n == 1 and (after_name or key(prev) in lexicon.words("admin_levels"))


def _np(t: _Toks, j: int) -> bool:
    """Whether a noun phrase starts at ``j`` (after a link): a word that ends nothing, past any determiner."""
    while t.match(j, "determiner"):
        j += 1
    return t.word(j)[:1].isalnum() and not _ends(t, j)


def _opening(t: _Toks, i: int) -> int:
    """Tokens of an opening at ``i`` (see the grammar); 0 when the words there open no name."""
    for cls in ("purpose", "kind"):
        n = t.match(i, cls)
        if n:
            return n if t.match(i, "boundary") <= n else 0  # the longer word wins: "bàn thảo" is no "bàn"
    n = _ordinal(t, i)
    if n:
        return n
    if _is_number(t.word(i)):
        return 1
    n = t.match(i, "link")
    if n and _np(t, i + n):
        return n
    if t.word(i) in _OPEN_QUOTES or _proper(t, i):
        return 1
    return _body(t, i)


@cache
def _body_heads() -> frozenset[str]:
    """Body heads of two words or more (lexicon ``bodies``), which open a name even in lower case."""
    return frozenset(k for k in lexicon.words("bodies") if " " in k)


def _body(t: _Toks, i: int) -> int:
    """Tokens of a body head at ``i`` ("thành ủy", "ban thường vụ": "Hội nghị thành ủy … mở rộng"), or 0."""
    for n in (4, 3, 2):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalnum() for w in span) and key(" ".join(span)) in _body_heads():
            return n
    return 0


def _ends(t: _Toks, i: int) -> bool:
    """Whether the word at ``i`` ends the name: a boundary word, a time adverbial, a clause opener."""
    w = t.word(i)
    if _whole(t, i) > 1:
        return False  # a word of two syllables is read whole: "giao thông" is no "giao", "nhà ở" no "ở"
    n = t.match(i, "time")
    if w[:1].isupper():  # a capitalised time word before a number ("Ngày 3-2") or of two words ("Ngày thường")
        return not _proper(t, i) or n > 1 or (n > 0 and key(w) in _NEEDS_NUMBER and _is_number(t.word(i + 1)))
    if t.match(i, "boundary"):
        return True
    if n and (key(w) not in _NEEDS_NUMBER or _is_number(t.word(i + 1))):
        return True
    return False


def _whole(t: _Toks, i: int) -> int:
    """Tokens of a kind, purpose, theme or other word (class ``word``) at ``i``, read whole."""
    return max(t.match(i, c) for c in ("kind", "purpose", "word", "theme"))


def _bracket(t: _Toks, i: int) -> int:
    """Tokens of a quoted or bracketed part at ``i`` (it must open with a capital or a number and close), or 0."""
    close = _OPEN_QUOTES.get(t.word(i), ")" if t.word(i) == "(" else "")
    if not close:
        return 0
    first = t.word(i + 1)
    if close == ")" and (not (first[:1].isupper() or _is_number(first)) or t.match(i + 1, "opener")):
        return 0  # "(diễn ra …)" is a clause, "(Ảnh: …)" a caption
    for j in range(i + 1, min(len(t.words), i + 2 + MAX_WORDS)):
        if t.words[j] == close:
            return j - i + 1
    return 0


def _joined(t: _Toks, i: int) -> int:
    """Tokens of a "," or "và" at ``i`` that joins a second part of the name; 0 when it ends the name.

    "," joins a second purpose or kind ("tổng kết …, triển khai …") or a list member ("quận, huyện và …"); "và" joins a
    purpose, a kind, a name, a number or a determiner ("và các …"), or anything but a verb after "giữa"."""
    w, nxt = t.word(i), t.word(i + 1)
    if _heads().match(t.text, t.ends[i]):
        return 0  # "Đại hội …, bầu cử …", "Đại hội … và Cuộc bầu cử …": two events
    purpose = t.match(i + 1, "purpose")
    if t.match(i + 1, "object") and t.word(i + 1 + purpose)[:1].isalnum() and _ends(t, i + 1 + purpose):
        return 0  # a purpose without its object: "…, triển khai quyết định …" is a clause
    if w == ",":
        if nxt[:1].islower() and (purpose or t.match(i + 1, "kind") > 1):
            return 1  # a one-syllable kind (", báo chí") or a capital (", Bộ trưởng …") opens the next clause
        after = t.word(i + 2)
        if (nxt[:1].islower() and not _ends(t, i + 1) and not t.match(i + 1, "determiner")
                and (after in ("", ",", "và", ".", ";", ":", "!", "?", "…", ")") or _ends(t, i + 2))):
            return 2
        return 0
    if key(w) != "và" or not nxt[:1].isalnum() or _ends(t, i + 1):
        return 0
    doc = t.match(i + 1 + t.match(i + 1, "determiner"), "document")
    if doc and not any(t.match(k, "document") for k in range(i)):
        return 0  # "Đại hội … và các nghị quyết": a document beside the event, unless the name lists documents
    if (purpose or t.match(i + 1, "kind") or t.match(i + 1, "determiner") or _proper(t, i + 1)
            or ((_is_number(nxt) or _ordinal(t, i + 1)) and _is_number(t.word(i - 1)))):
        return 1  # a number only after a number: "khóa 13 và 14", not "Đại hội … và năm 2016"
    if t.word(i - 2) == "," or "giữa" in (key(x) for x in t.words[:i]):
        return 1  # the end of a list ("A, B và C") or the second party ("giữa A và B")
    return 0


def complement_end(text: str, start: int, limit: int, units: frozenset[int] = frozenset()) -> int | None:
    """Where the complement that starts at ``start`` ends; None when it cannot be shown to be a name. ``units``:
    where the names of places and persons found in the text end (after one, as after an ordinal or a bracket, only a
    name, a link, an ordinal, a kind or level word or a second opening goes on: "… Đồ Sơn trở về …")."""
    t = _tokens(text, start, limit, units)
    if not t.words:
        return None
    i = _opening(t, 0)
    if not i:
        return None
    closed = bool(_ordinal(t, 0)) or _is_number(t.word(0)) or t.ends[i - 1] in units
    if t.words[0] in _OPEN_QUOTES:
        i = _bracket(t, 0)
        if not i:
            return None
    parts = [(0, i)]  # (first token, tokens) of each part read
    while i < len(t.words):
        if t.match(i, "demonstrative"):
            return None  # "Lễ … này": a reference back, not a name
        n = _part(t, i, closed)
        if not n:
            break
        closed = bool(_ordinal(t, i)) or _label_number(t, i) or t.ends[i + n - 1] in units or t.words[i] == "("
        parts.append((i, n))
        i += n
        if sum(w[:1].isalnum() for w in t.words[:i]) > MAX_WORDS:
            return None
    return _last(t, parts)


def _last(t: _Toks, parts: list[tuple[int, int]]) -> int | None:
    """The end of the name: trailing joiners and links dropped, and a purpose that needs an object but was cut
    before it ("Hội nghị công bố | đã …") with them; None when nothing is left."""
    def joiner(p: tuple[int, int]) -> bool:
        return (t.words[p[0]] in (",", "-", "–", ":") or key(t.words[p[0]]) == "và") and p[1] == 1

    def dangling(p: tuple[int, int]) -> bool:
        return joiner(p) or t.match(p[0], "link") == p[1] or t.match(p[0], "determiner") == p[1]
    while parts and dangling(parts[-1]):
        parts.pop()
    if not parts:
        return None
    cut = t.word(sum(parts[-1]))[:1].isalnum()  # the name stopped before a word, not at punctuation
    last = parts[-1][0] if parts else 0
    listed = key(t.word(last - 1)) == "và" and _is_number(t.word(last - 2))  # "khóa 7 và 8"
    if cut and len(parts) > 1 and _is_number(t.words[last]) and parts[-1][1] == 1 \
            and not _label_number(t, last) and not listed:
        parts.pop()  # a count cut from its noun: "… với 400 | doanh nghiệp"
    if len(parts) > 2 and t.match(parts[-1][0], "theme") == parts[-1][1] and t.match(parts[-2][0], "link"):
        del parts[-2:]  # a theme without its title: "… với chủ đề | ông …"
    opening = all(joiner(p) or max(t.match(p[0], "kind"), t.match(p[0], "purpose")) == p[1] for p in parts[:-1])
    if parts and cut and opening and t.match(parts[-1][0], "object") == parts[-1][1]:
        parts.pop()  # a purpose cut from its object: "Hội nghị công bố | đã …"
    while parts and dangling(parts[-1]):
        parts.pop()
    if not parts:
        return None
    first, n = parts[-1]
    return t.ends[first + n - 1]


def _level(t: _Toks, i: int) -> bool:
    """An administrative level word at ``i`` ("tỉnh", "thành phố")."""
    return any(key(" ".join(t.words[i : i + n])) in lexicon.words("admin_levels") for n in (2, 1))


def _label_number(t: _Toks, i: int) -> bool:
    """A number that numbers a name ("Trung ương 9", "APEC 2017"), not a quantity ("kỷ niệm 50 năm", "30 hài cốt")."""
    prev = t.word(i - 1) if i > 0 else ""
    if not _is_number(t.words[i]) or not prev[:1].isalnum() or key(prev) == "và" or t.match(i - 1, "link"):
        return False
    if t.word(i - 1)[:1].isupper():
        return True
    return i >= 2 and t.words[i - 2][:1].isupper() and t.match(i - 2, "purpose") != 2


def _part(t: _Toks, i: int, closed: bool) -> int:
    """Tokens of the next part of the name at ``i`` (see the grammar); 0 at a clause boundary."""
    w = t.word(i)
    n = _bracket(t, i) or _joined(t, i) or _ordinal(t, i)
    if n:
        return n
    if w in "-–" and t.word(i + 1)[:1].isalnum():
        spaced = i > 0 and t.ends[i] - len(w) > t.ends[i - 1]
        if spaced and t.word(i + 1)[:1].isupper():  # "Việt Nam - Lào", "Văn hóa – Ngoại giao" go on, "… - Ảnh" not
            named = t.word(i - 1)[:1].isupper() or (i >= 2 and t.word(i - 2)[:1].isupper())
            return 1 if named and _proper(t, i + 1) else 0
        return 1
    if w == ":" and t.word(i + 1) in _OPEN_QUOTES and any(i >= n and t.match(i - n, "theme") == n for n in (1, 2)):
        return 1  # "với chủ đề: “…”"
    if not w[:1].isalnum() or key(w) == "và" or _ends(t, i):
        return 0
    n = t.match(i, "link")
    if n:
        return n if _np(t, i + n) else 0
    if closed and w[:1].islower() and not (t.match(i, "kind") or t.match(i, "determiner") or _level(t, i)):
        return 0  # after "khóa X", "năm 2017" or a named unit: only a name, an ordinal, a link, a second opening
    n = _whole(t, i)
    return n if n > 1 else 1  # a word of two syllables is read whole: "thành lập", not "thành" then "lập"
