"""A sentence's tokens with quick look-ups, the lexicon phrase matchers, and the mention constructor: what every
recogniser of :mod:`kg.extract.mentions` works over.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache

from kg.extract import lexicon, names, post_staff
from kg.extract.document import Mention, Sentence
from kg.extract.mentions import title_overlap
from kg.extract.mentions.title_in_body import in_body_head
from kg.extract.normalise import key
from kg.extract.tokens import Token, match_view, tokenize


class PhraseMatcher:
    """Word-bounded, case- and tone-style-insensitive matching of lexicon phrases over a match view."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._rx = re.compile(_word_trie({match_view(p) for p in phrases if p}) + r"(?!\w)")

    def spans(self, view: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of every phrase in ``view[start:end]``, left to right (a list, made in one pass: no generator
        resumed per phrase; a sentence's recognisers scan it a dozen times)."""
        return [m.span() for m in self._rx.finditer(view, start, end)]

    def first(self, view: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the first phrase in ``view[start:end]`` (the first of :meth:`spans`), or None."""
        m = self._rx.search(view, start, end)
        return m.span() if m is not None else None


def _trie(forms: Iterable[str]) -> dict[str, dict]:
    """The forms as a character trie, for one regex of them (:func:`_node_pattern`; a space matches any run of
    spaces, a dash between two words any dash, spaced or not: "địa chính - xây dựng" also "địa chính – xây dựng",
    "địa chính-xây dựng"): at each position the one path the text follows, its longest form first — what an
    alternation of the forms, longest first, matches, without trying every form at every position."""
    root: dict[str, dict] = {}
    for f in forms:
        node = root
        for ch in _ANY_DASH.sub(_DASH_MARK, f):
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


# After a form's first character: no word character before that character (a look-behind over it)
_WORD_BEFORE_FIRST = r"(?<!\w(?s:.))"


def _word_trie(forms: Iterable[str]) -> str:
    r"""The regex of the forms' trie (:func:`_trie`), each form to start a word: the same matches as
    ``(?<!\w)(?:trie)``, but the test that no word character stands before a form is made right after its first
    character, so that the pattern opens with the forms' first characters and the regex engine skips to the
    positions where one of them stands instead of trying the whole pattern at every position of the text."""
    root = _trie(forms)
    if "" in root or any(ch in _CHAR_PATTERNS for ch in root):  # (a form that is empty or opens with a space)
        return r"(?<!\w)(?:" + _node_pattern(root) + ")"
    alts = [re.escape(ch) + _WORD_BEFORE_FIRST + _node_pattern(root[ch]) for ch in sorted(root)]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_ANY_DASH = re.compile(r"(?<=\w)\s*[-–—]\s*(?=\w)")
_DASH_MARK = "\x1f"
_CHAR_PATTERNS = {" ": r"\s+", _DASH_MARK: r"\s*[-–—]\s*"}


def _node_pattern(node: dict[str, dict]) -> str:
    alts = [(_CHAR_PATTERNS.get(ch) or re.escape(ch)) + _node_pattern(node[ch]) for ch in sorted(node) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@cache
def _matcher(name: str) -> PhraseMatcher:
    return PhraseMatcher(e.vi for e in lexicon.entries(name))


@cache
def _title_matcher() -> PhraseMatcher:
    titles = [e.vi for e in lexicon.entries("posts")]
    return PhraseMatcher(titles + ["Phó " + t for t in titles if not t.startswith("Phó ")])


@cache
def _abbrev_heads() -> dict[str, lexicon.Entry]:
    """Abbreviations that stand for a body head (UBND → Ủy ban nhân dân)."""
    heads = lexicon.by_key("bodies")
    return {a: heads[key(e.vi)] for a, e in lexicon.abbreviations().items() if key(e.vi) in heads}


def _levels() -> dict[str, lexicon.Entry]:
    """Admin level words by key, plus their abbreviations (TP, TX, TT)."""
    return lexicon.levels()


def _word_set(name: str) -> frozenset[str]:
    return lexicon.words(name)


@cache
def _points() -> frozenset[str]:
    """Abbreviations of level words written with a point ("TP.", "Q.", "H.": ``event_words.tsv``, class point)."""
    return frozenset(r[0] for r in lexicon.rows("event_words") if r[2:3] == ["point"])


def _address() -> frozenset[str]:
    """Forms of address a name, a lone given name or a pronoun follows (``honorifics`` class ``address``)."""
    return lexicon.classed("honorifics", 2, "address")


_COLLECTIVE = frozenset({"đại biểu", "đại biểu quốc hội", "đbqh", "đb"})  # deputies: after "đoàn", a delegation


@cache
def _title_led_heads() -> frozenset[str]:
    """Body heads that open with a post's title and one more word ("Đại sứ quán": an embassy, no ambassador)."""
    titles = {key(e.vi) for e in lexicon.entries("posts")}
    return frozenset(e.key for e in lexicon.entries("bodies")
                     if e.key.count(" ") and e.key.rsplit(" ", 1)[0] in titles)


def _opens_head(text: str, a: int, b: int) -> bool:
    """The title at a..b and the word after it make a body's head (``_title_led_heads``)."""
    nxt = _NEXT_WORD.match(text, b)
    return nxt is not None and key(text[a:b] + " " + nxt.group(1)) in _title_led_heads()


_NEXT_WORD = re.compile(r" (\w+)")
# the lower-case "vụ" of a word that ends in it ("chức vụ", "nhiệm vụ", "nghĩa vụ", "nghiệp vụ", "dịch vụ") opens no
# title ("được phân công nhiệm vụ Phó Trưởng ban X" names a "Phó Trưởng ban", not a "Vụ phó")
_CHUC_VU = re.compile(r"(?<!\w)(?:chức|nhiệm|nghĩa|nghiệp|dịch|phục)\s+$", re.IGNORECASE)


def _title_spans(text: str, view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The titles of the lexicon in view[start:end]; the lower-case "vụ" of "chức vụ" opens none ("giữ chức vụ
    Trưởng phòng X" names a "Trưởng phòng", not a "Vụ trưởng"): the search goes on from the word after it."""
    out: list[tuple[int, int]] = []
    pos = start
    while (m := _title_matcher().first(view, pos, end)) is not None:
        a, b = m
        if text.startswith("vụ", a) and _CHUC_VU.search(text, max(start, a - 8), a):
            pos = a + 2
            continue
        if (inner := title_overlap.inner_start(text, a, b, lambda x: _title_matcher().first(view, x, end))):
            pos = inner  # "Lò Văn Chính Ủy viên …": the name's last syllable and "Ủy viên", no "Chính ủy"
            continue
        out.append((a, b))
        pos = b
    return out


class _Sent:
    """A sentence's tokens with quick look-ups (internal)."""

    def __init__(self, text: str, view: str, sent: Sentence) -> None:
        self.text = text
        self.view = view
        self.sent = sent
        self.toks: list[Token] = tokenize(text, sent.start, sent.end)
        self.at_start = {t.start: i for i, t in enumerate(self.toks)}
        self.at_end = {t.end: i for i, t in enumerate(self.toks)}
        # "đoàn đại biểu", "Đoàn ĐBQH": a delegation, not the title of a deputy
        self.titles: list[tuple[int, int]] = [
            (a, b) for a, b in _title_spans(text, view, sent.start, sent.end)
            if (not post_staff.is_staff(text[a:b]) or post_staff.in_context(text, a, b, sent.start))
            and not (key(text[a:b]) in _COLLECTIVE and key(text[max(sent.start, a - 5) : a]).strip() == "đoàn")
            and not _opens_head(text, a, b) and not in_body_head(text, a, b, sent.start)]
        self.ranks: list[tuple[int, int]] = _matcher("ranks").spans(view, sent.start, sent.end)
        self.stops: set[int] = _run_stops(self)

    @cached_property
    def title_starts(self) -> set[int]:
        """Indices of the tokens where a capitalised title starts (no rank or honorific: "Bà" opens "Bà Rịa")."""
        return {self.at_start[a] for a, _b in self.titles if a in self.at_start and self.text[a].isupper()}

    def index_from(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (binary search: token starts ascend)."""
        return bisect.bisect_left(self.toks, offset, key=lambda t: t.start)

    @cached_property
    def byline_ends(self) -> tuple[int, int] | None:
        """The first and the last index of the tokens that no byline holds besides its name (:func:`_blocks_byline`,
        see :func:`_is_byline`; None when there is none), sought from either end and not through every token: most
        sentences open and end with a word that blocks a byline."""
        toks = self.toks
        first = next((x for x, t in enumerate(toks) if _blocks_byline(t.text)), None)
        if first is None:
            return None
        return first, next(x for x in range(len(toks) - 1, first - 1, -1) if _blocks_byline(toks[x].text))

    def adjacent(self, i: int) -> bool:
        """Token i follows token i-1 with only spaces between."""
        if i <= 0:
            return False
        a, b = self.toks[i - 1].end, self.toks[i].start
        return a == b or self.text[a:b].strip() == ""


@lru_cache(maxsize=65536)
def _blocks_byline(text: str) -> bool:
    """A token no byline holds besides its name (:attr:`_Sent.byline_ends`), once per word: its text alone
    decides — not a bracket, slash, dash or stop, nor a credit's word ("T.H", "Tổng hợp", "Theo"), nor capitals."""
    return text not in "()/-–.,:" and not (text.lower() in ("t", "h", "tổng", "hợp", "theo")
                                             or Token(0, len(text), text).is_upper)


def _mk(kind: str, s: _Sent, start: int, end: int, key_: str = "", **attrs: str) -> Mention:
    return Mention(
        kind=kind,
        start=start,
        end=end,
        text=s.text[start:end],
        sentence=s.sent.index,
        key=key_ or key(s.text[start:end]),
        attrs=tuple(sorted(kv for kv in attrs.items() if kv[1] != "")) if attrs else (),
    )


def _run_stops(s: _Sent) -> set[int]:
    """Tokens where a capitalised title, rank or honorific starts: a name never runs into them
    ("… Nguyễn Thiện Nhân Phó Thủ tướng Vũ Đức Đam" in run-on photo captions)."""
    starts = set()
    for a, _b in s.titles + s.ranks:
        if a in s.at_start and s.text[a].isupper():
            starts.add(s.at_start[a])
    # "Ông"/"Bà"/"Đồng chí" start a new name; "Anh", "Em", "Cô" are given names too, so they do not
    toks = s.toks
    for i, t in enumerate(toks):  # a loop, no generator: it meets every token
        if t.text[0].isupper() and (kind := _stop_word(t.text)) \
                and (kind == 1 or (i + 1 < len(toks) and key(toks[i + 1].text) == "chí")) \
                and not opens_province(s, t.start):  # (not "Bà Rịa - Vũng Tàu")
            starts.add(i)
    return starts


@lru_cache(maxsize=65536)
def _stop_word(text: str) -> int:
    """What a token's text may start for :func:`_run_stops` (its text alone decides: once per word): 1, a name (a
    capitalised form of address, ``_address``); 2, a name if "chí" follows (a capitalised "Đồng"); 0, nothing.
    The caller tests the capital first (the cheap test: most words are lower-case)."""
    k = key(text)
    return 1 if k in _address() else 2 if k == "đồng" else 0


def _dashless(text: str) -> str:
    return _SPACED_DASH.sub("-", key(text))


_SPACED_DASH = re.compile(r"\s*[-–]\s*")


@cache
def _provinces() -> tuple[str, ...]:
    return tuple(sorted({_dashless(p) for p in lexicon.words("provinces")}))


def opens_province(s: _Sent, offset: int) -> bool:
    """The text at ``offset`` opens a province's name of the lexicon (``provinces``), whatever its dashes ("Bà Rịa
    - Vũng Tàu", "Bà Rịa-Vũng Tàu"), then a word's end: an honorific there ("Bà") is the name's first word."""
    rest = _dashless(s.text[offset : min(s.sent.end, offset + 40)])
    by_opening = _provinces_by_opening()  # (only the names that open with the text's first two characters)
    return any(rest.startswith(p) and not rest[len(p) : len(p) + 1].isalnum()
               for p in by_opening.get(rest[:2], ()) + by_opening.get("", ()))


@cache
def _provinces_by_opening() -> dict[str, tuple[str, ...]]:
    """``_provinces`` grouped by their first two characters (a name shorter than two under "", tried always)."""
    out: dict[str, list[str]] = {}
    for p in _provinces():
        out.setdefault(p[:2] if len(p) >= 2 else "", []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _is_name_word(t: Token) -> bool:
    """A capitalised word of letters (a hyphenated transliteration too: "Pu-tin", not a name glued to the word
    after it: "… Tiên-nguyên Trưởng phòng"), no abbreviation."""
    return t.text[0].isupper() and _name_word(t.text)  # the cheap test first: most words are lower-case


@lru_cache(maxsize=65536)
def _name_word(text: str) -> bool:
    """:func:`_is_name_word`, once per word (its text alone decides); a part of up to 14 letters (a Vietnamese
    syllable has at most 7, a Lao or Thai family name may have 11 or more: "Đại tá Bounkham Sisouphanthavong"); an Ê Đê
    woman's given name opens with "H'" (or "H’") glued to it ("H'Hen"), a name word too, as does a Central Highlands
    name that glues a consonant to its word ("K'Bồng", "B’Krông", "H’long": :func:`names.glued_prefix`)."""
    t = Token(0, len(text), text)
    ede = names.glued_prefix(text) and key(text) not in lexicon.classed("stopnames", 1, "people")
    parts = (text[2:] if ede else text).split("-")
    return t.is_cap and all(p.isalpha() and len(p) <= 14 for p in parts) and not t.is_upper and not any(
        key(p) in _glue_words() for p in parts[1:])


@cache
def _glue_words() -> frozenset[str]:
    """Words that, hyphened to a name, start what follows it: a former post's lead ("nguyên", ``post_leads.tsv``), a
    title's first word, a function word."""
    firsts = {key(e.vi).split(" ")[0] for e in lexicon.entries("posts")}
    ends = {e.key for e in lexicon.entries("stopnames") if e.en == "ends-name"}
    return frozenset(firsts | ends | lexicon.classed("post_leads", 2, "former"))


def _opens_phrase(s: _Sent, k: int, e: int) -> bool:
    """Tokens from k open a body, title, event, award, level or rank of the lexicon ("Tập đoàn", "Bộ")."""
    words = [key(t.text) for t in s.toks[k:e]]
    return any(" ".join(words[:n]) in _phrases() for n in range(1, len(words) + 1))


@cache
def _phrases() -> frozenset[str]:
    """The keys of the lexicon's bodies, titles, events, awards, levels and ranks (whole phrases, not only their
    first words as ``person_thing_tests._not_name_starts``)."""
    out = {key(e.vi) for name in ("bodies", "posts", "events", "awards", "admin_levels", "ranks")
           for e in lexicon.entries(name)}
    return frozenset(out | {key(a) for a in lexicon.abbreviations()})
