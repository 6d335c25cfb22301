"""Stage 3 — mentions: typed spans of the text found with lexicon data and patterns.

Pure functions over one sentence at a time; :func:`annotate` writes them onto the document.
Kinds: person, title, body, place, rank, honorific, date, year, term, count, award, concept, event,
model, movement, directive. Offsets are half-open and absolute in ``Document.text``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property

from kg.extract import awards as award_grammar
from kg.extract import events, lexicon, names
from kg.extract.document import Document, Mention, Sentence
from kg.extract.normalise import key
from kg.extract.tokens import Token, match_view, tokenize

ROMAN = re.compile(r"^[IVXLC]+$")


class PhraseMatcher:
    """Word-bounded, case- and tone-style-insensitive matching of lexicon phrases over a match view."""

    def __init__(self, phrases: Iterable[str]) -> None:
        forms = sorted({match_view(p) for p in phrases if p}, key=lambda f: (-len(f), f))
        body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        self._rx = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")

    def finditer(self, view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        for m in self._rx.finditer(view, start, end):
            yield m.start(), m.end()


@cache
def _matcher(name: str) -> PhraseMatcher:
    return PhraseMatcher(e.vi for e in lexicon.entries(name))


@cache
def _title_matcher() -> PhraseMatcher:
    titles = [e.vi for e in lexicon.entries("posts")]
    return PhraseMatcher(titles + ["Phó " + t for t in titles if not t.startswith("Phó ")])


@cache
def _concept_matcher() -> tuple[PhraseMatcher, dict[str, lexicon.Concept]]:
    index: dict[str, lexicon.Concept] = {}
    for c in lexicon.concepts():
        for v in (c.vi, *c.variants):
            index.setdefault(key(v), c)
    return PhraseMatcher(index), index


@cache
def _abbrev_heads() -> dict[str, lexicon.Entry]:
    """Abbreviations that stand for a body head (UBND → Ủy ban nhân dân)."""
    heads = lexicon.by_key("bodies")
    return {a: heads[key(e.vi)] for a, e in lexicon.abbreviations().items() if key(e.vi) in heads}


@cache
def _levels() -> dict[str, lexicon.Entry]:
    """Admin level words by key, plus their abbreviations (TP, TX, TT)."""
    levels = dict(lexicon.by_key("admin_levels"))
    for a, e in lexicon.abbreviations().items():
        if key(e.vi) in levels:
            levels[key(a)] = levels[key(e.vi)]
    return levels


def _word_set(name: str) -> frozenset[str]:
    return lexicon.words(name)


# ---------------------------------------------------------------- helpers over tokens


class _Sent:
    """A sentence's tokens with quick look-ups (internal)."""

    def __init__(self, text: str, view: str, sent: Sentence) -> None:
        self.text = text
        self.view = view
        self.sent = sent
        self.toks: list[Token] = tokenize(text, sent.start, sent.end)
        self.at_start = {t.start: i for i, t in enumerate(self.toks)}
        self.at_end = {t.end: i for i, t in enumerate(self.toks)}
        self.titles: list[tuple[int, int]] = list(_title_matcher().finditer(view, sent.start, sent.end))
        self.stops: set[int] = _run_stops(self)

    def index_from(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset`` (binary search: token starts ascend)."""
        return bisect.bisect_left(self.toks, offset, key=lambda t: t.start)

    @cached_property
    def byline_blockers(self) -> list[int]:
        """Indices of the tokens that no byline holds besides its name (see :func:`_is_byline`)."""
        return [x for x, t in enumerate(self.toks) if t.text not in "()/-–.,:"
                and not (t.text.lower() in ("t", "h", "tổng", "hợp", "theo") or t.is_upper)]

    def lower(self, i: int) -> str:
        return key(self.toks[i].text) if 0 <= i < len(self.toks) else ""

    def adjacent(self, i: int) -> bool:
        """Token i follows token i-1 with only spaces between."""
        return i > 0 and self.text[self.toks[i - 1].end : self.toks[i].start].strip() == ""


def _mk(kind: str, s: _Sent, start: int, end: int, key_: str = "", **attrs: str) -> Mention:
    return Mention(
        kind=kind,
        start=start,
        end=end,
        text=s.text[start:end],
        sentence=s.sent.index,
        key=key_ or key(s.text[start:end]),
        attrs=tuple(sorted((k, v) for k, v in attrs.items() if v != "")),
    )


def _run_stops(s: _Sent) -> set[int]:
    """Tokens where a capitalised title, rank or honorific starts: a name never runs into them
    ("… Nguyễn Thiện Nhân Phó Thủ tướng Vũ Đức Đam" in run-on photo captions)."""
    starts = set()
    for a, _b in s.titles + list(_matcher("ranks").finditer(s.view, s.sent.start, s.sent.end)):
        if a in s.at_start and s.text[a].isupper():
            starts.add(s.at_start[a])
    # "Ông"/"Bà"/"Đồng chí" start a new name; "Anh", "Em", "Cô" are given names too, so they do not
    starts.update(i for i, t in enumerate(s.toks) if t.is_cap and (key(t.text) in ("ông", "bà") or (
        key(t.text) == "đồng" and i + 1 < len(s.toks) and key(s.toks[i + 1].text) == "chí")))
    return starts


def _is_name_word(t: Token) -> bool:
    return t.is_cap and t.text.isalpha() and not t.is_upper and len(t.text) <= 10


# ---------------------------------------------------------------- persons


def _person_spans(s: _Sent) -> list[tuple[int, int, str]]:
    """(first token, last token exclusive, anchor) of person names in the sentence."""
    surnames = _word_set("surnames")
    honorifics = _word_set("honorifics")
    ranks = _word_set("ranks")
    credits = {k for k, e in lexicon.by_key("stopnames").items() if e.en == "credit"}
    levels = _levels()
    heads = lexicon.by_key("bodies")
    toks = s.toks
    out: list[tuple[int, int, str]] = []
    stops = s.stops
    i = 0
    while i < len(toks):
        if not _is_name_word(toks[i]) or key(toks[i].text) in honorifics:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _is_name_word(toks[j + 1]) and s.adjacent(j + 1) and (j + 1) not in stops \
                and key(toks[j + 1].text) not in _name_enders():  # "… Nguyễn Văn A Tại hội nghị": a new clause
            j += 1
        run_end = j + 1
        if any(len(toks[x].text) == 1 for x in range(i + 1, run_end)):
            i = run_end  # an initial after the first syllable ("Nguyễn Thị L."): a withheld name, no one to name
            continue
        best: tuple[int, int] | None = None
        whole = run_end - i == 4 and key(toks[i].text) in surnames and not _is_province(s, i, i + 2) and not (
            i > 0 and (toks[i - 1].is_cap or toks[i - 1].is_upper) and s.adjacent(i)) and (
            not _title_before(s, i) or _title_right_before(s, i))  # "Thứ trưởng Đỗ Hoàng Anh Tuấn"
        if whole:  # "tác giả Nguyễn Đặng Hạnh Phúc": a four-syllable name, not "Nguyễn" + "Đặng Hạnh Phúc"
            best = (i, run_end)
        for pref in (3, 4, 2) if best is None else ():
            for k in range(i, run_end):
                if run_end - k == pref and key(toks[k].text) in surnames:
                    best = (k, run_end)
                    break
            if best:
                break
        if best is None and run_end - i in (2, 3, 4):
            best = (i, run_end)  # names without a listed surname need an anchor (below)
        if best is None and run_end - i == 1 and i > 0 and key(toks[i - 1].text) in ("ông", "bà", "chí") \
                and s.adjacent(i) and key(toks[i].text) not in _not_name_starts() \
                and not _level_before(s, i - 1) and not _starts_province(s, i - 1):
            out.append((i, run_end, "short"))  # "ông Dũng": kept only if the document names a full "… Dũng"
            i = run_end
            continue
        if best:
            k, e = best
            before = [key(toks[x].text) for x in range(max(0, k - 3), k)]
            two_before = " ".join(before[-2:])
            anchor = ""
            if before and (before[-1] in honorifics or two_before in honorifics):
                anchor = "honorific"
            elif before and (before[-1] in ranks or two_before in ranks):
                anchor = "rank"
            elif k > i and _title_right_before(s, k):
                anchor = "title"  # "nguyên Bí thư Trung ương Đảng Nguyễn Văn A": the title ends inside the run
            elif k > i:
                anchor = "after-body"  # a capitalised run before the name: a post's body ends there
            elif _title_before(s, k):
                anchor = "title"
            elif _title_after(s, e):
                anchor = "title-after"
            surname_ok = key(toks[k].text) in surnames
            # "Ảnh: Nguyễn Văn A", "(Ảnh Như Ý)", "Theo Trí Thức Trẻ": a credit word right before the name;
            # "Theo ông Võ Trọng Nam, Phó giám đốc …" is a person quoted, not a credit
            credit = (bool(before) and before[-1] in credits) or (k > 1 and toks[k - 1].text == ":"
                                                                 and key(toks[k - 2].text) in credits)
            place = bool(before) and (before[-1] in levels or before[-1] in heads
                                      or before[-1] in _word_set("name_stops") and False)
            place = place or _place_word_before(s, k)
            whole = _is_byline(s, k, e)
            accept = False
            if credit or whole:
                accept = False
            elif anchor in ("honorific", "rank", "title", "title-after"):
                accept = surname_ok or anchor in ("honorific", "rank") or (
                    anchor == "title" and _title_right_before(s, k) and key(toks[k].text) not in _not_name_starts())
            elif anchor == "after-body" and e - k == 2 and key(toks[k - 1].text) in _COMPASS:
                accept = False  # "quận Nam Từ Liêm": a place whose name opens with a compass word
            elif anchor == "after-body":
                # "Bí thư Thành ủy Hà Nội Hoàng Trung Hải" (without a title before the run, the capitalised words
                # before the name are more often a place or institution named after someone: "Viện Phan Châu Trinh")
                accept = surname_ok and _title_before(s, i) and e - k >= 2
            elif surname_ok and e - k >= 3 and not place:
                accept = True
            if accept and (_lunar_year(s, k, e) or (anchor in ("", "honorific") and _street_context(s, k))):
                accept = False  # "tết Đinh Dậu"; "các tuyến đường gồm: Nguyễn Huệ, Lê Lợi"
            if accept and e - k == 2 and anchor not in ("honorific", "rank") and (
                    _place_word_before(s, k) or (k > 0 and toks[k - 1].is_upper and s.adjacent(k)
                                                 and not _title_right_before(s, k))
                    or (anchor == "title" and _lower_words_before(s, k))):
                accept = False  # "trường THCS Đồng Thắng", "trường Mầm non Đồng Thắng": an institution's name
            if accept and ((_level_before(s, k) and e - k == 2) or _is_province(s, k, e)):
                accept = False  # "tỉnh Lâm Đồng", "xã Đồng Cương", "Hồ Chí Minh": a place
            if accept and not surname_ok and key(toks[k].text) in _not_name_starts():
                accept = False  # "Bộ Chính (trị)": a body or title word, not a name
            if accept:
                out.append((k, e, anchor or "name"))
        i = run_end
    return out


_PLACE_WORDS = frozenset(
    key(w)
    for w in (
        "đường", "phố", "trường", "quận", "huyện", "xã", "phường", "tỉnh", "thành phố", "TP", "thị xã", "thị trấn",
        "chùa", "đền", "làng", "thôn", "bản", "ấp", "khu", "cầu", "sông", "núi", "hồ", "tàu", "lăng",
        "nhà", "giải", "quỹ", "công viên", "bệnh viện", "công ty", "tập đoàn", "trung tâm", "đại học", "học viện",
        "tư tưởng", "di tích", "thủ đô", "tác phẩm", "cuốn", "sách", "chương trình", "dự án", "đề án", "quảng trường",
        "tiểu học", "trung học", "THCS", "THPT", "mầm non", "mẫu giáo", "cao đẳng", "phổ thông",
    )
)


_COMPASS = frozenset({"nam", "bắc", "đông", "tây", "thượng", "hạ", "trung"})


def _lunar_year(s: _Sent, k: int, e: int) -> bool:
    roles = {k_: e_.en for k_, e_ in lexicon.by_key("stopnames").items()}
    return e - k == 2 and roles.get(key(s.toks[k].text)) == "stem" and roles.get(key(s.toks[k + 1].text)) == "branch"


_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()}))
_STREET = re.compile(r"(?:[Đđ]ường|[Pp]hố|đại lộ|tuyến|quảng trường|hẻm|ngõ|ngách|khu vực|địa bàn|địa điểm)"
                     r"(?:\s+\w+)?\s*(?:gồm|như)?\s*:?\s*"
                     r"(?:(?:[" + _UPPER + r"]\w*|\d+|,|và|từ|đến|đoạn|các|số|…|\.\.\.)\s*)*$")


def _street_context(s: _Sent, k: int) -> bool:
    """The name stands in a list of street names ("…tuyến đường gồm: Trường Sơn, Nguyễn Văn Trỗi")."""
    start = s.toks[k].start
    return bool(_STREET.search(s.text[max(s.sent.start, start - 160) : start]))


def _starts_province(s: _Sent, k: int) -> bool:
    """Tokens k, k+1 open a province's name ("Bà Rịa – Vũng Tàu")."""
    if k + 1 >= len(s.toks):
        return False
    head = key(s.toks[k].text + " " + s.toks[k + 1].text)
    return any(p == head or p.startswith(head + " ") for p in _word_set("provinces"))


def _is_province(s: _Sent, k: int, e: int) -> bool:
    provinces = _word_set("provinces")
    return key(s.text[s.toks[k].start : s.toks[e - 1].end]) in provinces


def _level_before(s: _Sent, k: int) -> bool:
    levels = _levels()
    for n in (2, 1):
        if k - n >= 0 and " ".join(key(t.text) for t in s.toks[k - n : k]) in levels:
            return True
    return False


@cache
def _name_enders() -> frozenset[str]:
    """Function words that, capitalised after a name, open the next clause (a caption run on without punctuation):
    ``stopnames.tsv`` rows of role ``ends-name`` or ``credit`` (none of them a given name, unlike "Nên" or "Năm")."""
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en in ("ends-name", "credit"))


@cache
def _not_name_starts() -> frozenset[str]:
    """First words of body heads, titles, events and awards: such a word never starts a bare name."""
    out = set()
    for name in ("bodies", "posts", "events", "awards", "admin_levels", "ranks"):
        out |= {key(e.vi).split(" ")[0] for e in lexicon.entries(name)}
    out |= {key(a) for a in lexicon.abbreviations()}  # "Cty Thép Bắc Hà": an abbreviated head is no name
    return frozenset(out)


def _place_word_before(s: _Sent, k: int) -> bool:
    for n in (2, 1):
        if k - n >= 0 and " ".join(key(t.text) for t in s.toks[k - n : k]) in _PLACE_WORDS:
            return True
    return False


def _is_byline(s: _Sent, k: int, e: int) -> bool:
    """The name is all the sentence holds (a byline or a caption credit), maybe with (T/h) or a dash."""
    # "(T/h)", "(TTXVN)", "/VOV-TPHCM": what may follow a byline's name; every other token is within the name
    # (computed once per sentence: the check was linear per candidate, quadratic in a long sentence)
    blockers = s.byline_blockers
    return not blockers or (blockers[0] >= k and blockers[-1] < e)


def _title_before(s: _Sent, k: int) -> bool:
    """A post title ends right before token k, or within the few capitalised/body tokens before it."""
    start = s.toks[k].start
    lo = max(s.sent.start, start - 120)
    for _a, b in (t for t in s.titles if lo <= t[0] and t[1] <= start):
        between = s.text[b:start]
        if not re.search(r"[,;:()]|\.(?!\w)|\s(?:đã|cùng|với|cho|của|tại|trao|là)\s", " " + between + " "):
            return True
    return False


def _lower_words_before(s: _Sent, k: int) -> bool:
    """Between the title before token k and k, a lower-case word that is no body head or level word
    ("Hiệu trưởng trường Mầm non Đồng Thắng"), unlike "Phó bí thư Tỉnh ủy Y Mửi"."""
    start = s.toks[k].start
    ends = [b for a, b in s.titles if a >= start - 120 and b <= start]
    if not ends:
        return False
    lo = ends[-1]
    covered = [(a, b) for a, b in _matcher("bodies").finditer(s.view, lo, start)]
    covered += [(a, b) for a, b in _matcher("admin_levels").finditer(s.view, lo, start)]
    for t in s.toks:
        if lo <= t.start < start and t.is_word and not t.is_cap and not t.is_number:
            if not any(a <= t.start < b for a, b in covered):
                return True
    return False


def _title_right_before(s: _Sent, k: int) -> bool:
    """A title ends just before token k ("Tỉnh trưởng Vu Vĩ Quốc"), with no body or place between."""
    start = s.toks[k].start
    return any(b <= start and s.text[b:start].strip() == "" for _a, b in s.titles)


def _title_after(s: _Sent, e: int) -> bool:
    """``NAME, TITLE`` / ``NAME - TITLE`` / ``NAME (TITLE``."""
    if e >= len(s.toks):
        return False
    end = s.toks[e - 1].end
    m = re.match(r"\s*(?:,|-|–|\()\s*(?:nguyên\s+)?", s.view[end : s.sent.end])
    if not m:
        return False
    pos = end + m.end()
    for a, _b in s.titles:
        if pos <= a < pos + 60:
            return a == pos
    return False


# ---------------------------------------------------------------- bodies and places


def _continuation(s: _Sent, i: int, *, needs_name: bool, stop_at: set[int], max_lower: int = 5,
                  head_is_name: bool = False) -> int:
    """Token index where a body/place name that continues at token i ends (exclusive)."""
    levels = _levels()
    stops = _word_set("name_stops")
    abbr = lexicon.abbreviations()
    toks = s.toks
    j = i
    last_cap = i if head_is_name else -1
    lower_run = 0
    cap_run = 0  # consecutive capitalised words: after a proper name ("Bình Định") no lower-case word follows
    while j < len(toks) and j not in stop_at:
        t = toks[j]
        lk = key(t.text)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if not s.adjacent(j) and j > i:
            break
        if t.text in abbr or t.is_upper:
            j += 1
            last_cap = j
            lower_run = 0
            continue
        if t.is_cap and t.is_word:
            j += 1
            last_cap = j
            lower_run = 0
            cap_run += 1
            continue
        if ROMAN.match(t.text) or (t.is_number and j > i and key(toks[j - 1].text) == "số"):
            j += 1
            last_cap = j
            continue
        if lk in levels and nxt is not None and (nxt.is_cap or nxt.text in abbr) and (j + 1) not in stop_at:
            j += 1
            continue
        if lk in ("và", "&", "-", "–") and nxt is not None and (nxt.is_cap or nxt.text in abbr) and j > i:
            if (j + 1) in stop_at or (lk == "và" and _opens_body(s, j + 1)):
                break  # "Bộ Y tế và UBND tỉnh X": two bodies, not one name
            j += 1
            continue
        if lk == "số" and nxt is not None and nxt.is_number:
            j += 1
            continue
        resumes = any(x < len(toks) and toks[x].is_cap and toks[x].is_word for x in (j + 1, j + 2))
        if (t.is_word and not t.is_cap and needs_name and last_cap >= 0 and lower_run < max_lower
                and lk not in stops and (cap_run < 2 or resumes)):
            two = lk + " " + key(nxt.text) if nxt is not None else ""
            if two in stops:
                break
            j += 1
            lower_run += 1
            cap_run = 0
            continue
        break
    return j


@cache
def _multiword_heads() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("bodies") if " " in e.key)


def _opens_body(s: _Sent, j: int) -> bool:
    """Token j opens a body of its own: an abbreviated head (UBND) or a head of several words (Hội đồng nhân dân)."""
    if s.toks[j].text in _abbrev_heads():
        return True
    rest = key(s.text[s.toks[j].start : s.sent.end])
    return any(rest == h or rest.startswith(h + " ") for h in _multiword_heads())


def _bodies_and_places(s: _Sent, persons: list[tuple[int, int, str]]) -> list[Mention]:
    heads = lexicon.by_key("bodies")
    abbr_heads = _abbrev_heads()
    levels = _levels()
    abbr = lexicon.abbreviations()
    person_starts = {p[0] for p in persons}
    person_tokens = {x for p in persons for x in range(p[0], p[1])}
    title_starts = s.stops
    title_spans = s.titles
    out: list[Mention] = []
    starts: list[tuple[int, int, lexicon.Entry]] = []  # (token index, token after head, head entry)
    for a, b in _matcher("bodies").finditer(s.view, s.sent.start, s.sent.end):
        if a not in s.at_start or b not in s.at_end:
            continue
        entry = heads[key(s.text[a:b])]
        # "Phó Trưởng ban Tuyên giáo", "Phó ban", "Phó Giám đốc bệnh viện Đa khoa …": a head right after a title
        after_title = s.view[max(0, a - 7) : a] in ("trưởng ", "phó ") or any(tb + 1 == a for _ta, tb in s.titles)
        if entry.extra[1:2] == ("1",) and not s.text[a].isupper() and not after_title:
            continue
        starts.append((s.at_start[a], s.at_end[b] + 1, entry))
    for i, t in enumerate(s.toks):
        if t.text in abbr_heads:
            entry, after = abbr_heads[t.text], i + 1
            for n in (2, 1):  # "TAND tối cao" = "Tòa án nhân dân tối cao", a head of its own
                more = " ".join(x.text for x in s.toks[i + 1 : i + 1 + n])
                if i + n < len(s.toks) and all(x.is_word for x in s.toks[i + 1 : i + 1 + n]) \
                        and key(entry.vi + " " + more) in heads:
                    entry, after = heads[key(entry.vi + " " + more)], i + 1 + n
                    break
            starts.append((i, after, entry))
    taken: set[int] = set()
    for i, after, entry in sorted(starts, key=lambda x: (x[0], -x[1])):
        if i in taken or i in person_tokens:
            continue
        needs = _needs_name(entry)
        single = " " not in entry.vi
        in_title = any(ta < s.toks[i].start and s.toks[after - 1].end == tb for ta, tb in title_spans)
        lower_name = in_title and after < len(s.toks) and not s.toks[after].is_cap and any(
            x < len(s.toks) and s.toks[x].is_cap and x not in person_starts for x in (after + 1, after + 2, after + 3))
        if needs and (single or not s.text[s.toks[i].start].isupper()) and not lower_name and (
                after >= len(s.toks) or not (s.toks[after].is_cap or s.toks[after].text in abbr)
                                 or after in person_starts or not s.adjacent(after)):
            continue
        end = after
        if lower_name:  # "Trưởng ban tổ chức Trung ương": lower-case words, then the capitalised rest
            j = after
            while j < len(s.toks) and not s.toks[j].is_cap and s.toks[j].is_word and j - after < 3:
                j += 1
            end = _name_end(s, j, person_starts | title_starts) if j < len(s.toks) and s.toks[j].is_cap else after
        elif after < len(s.toks):
            end = _continuation(s, after, needs_name=needs, stop_at=person_starts | title_starts,
                                head_is_name=(needs and not single) or lower_name)
        if not needs:  # a standalone head takes only a place qualifier: admin level + name, or a bare name
            end = _qualifier_end(s, after, person_starts)
        a, b = s.toks[i].start, s.toks[end - 1].end
        out.append(_mk("body", s, a, b, head=entry.vi, cls=entry.en, en=entry.extra[0] if entry.extra else ""))
        taken.update(range(i, end))
    # "Chủ tịch FPT Trương Gia Bình", "Tổng giám đốc Viettel Nguyễn Mạnh Hùng": a name of an organisation of
    # no known kind (an acronym or one or two capitalised words) between a title and a person's name
    for _a, b in s.titles:
        i = s.index_from(b)
        for n in (1, 2):
            j = i + n
            if j in person_starts and i not in taken and all(
                    (s.toks[x].is_cap or s.toks[x].is_upper) and s.adjacent(x) and x not in person_tokens
                    and key(s.toks[x].text) not in levels and x not in title_starts for x in range(i, j)):
                out.append(_mk("body", s, s.toks[i].start, s.toks[j - 1].end, head="", cls="Body", en=""))
                taken.update(range(i, j))
                break
    # administrative units: level word + name ("TP Thanh Hóa", "tỉnh Nghệ An"), and TP.HCM-like tokens
    for i, t in enumerate(s.toks):
        lk = key(t.text)
        if not t.is_word:
            continue
        if t.text in abbr and key(abbr[t.text].vi) not in levels and " " in abbr[t.text].vi:
            exp = abbr[t.text].vi
            first = key(exp.split(" ")[0]) if exp.split(" ")[0] in ("thành", "thị") else ""
            if key(" ".join(exp.split(" ")[:2])) in levels and first:
                out.append(_mk("place", s, t.start, t.end, key(exp), level=" ".join(exp.split(" ")[:2])))
            continue
        level = None
        span = 1
        if (i + 1 < len(s.toks) and s.toks[i + 1].is_word and s.adjacent(i + 1)
                and key(t.text + " " + s.toks[i + 1].text) in levels):
            level, span = levels[key(t.text + " " + s.toks[i + 1].text)], 2
        elif lk in levels:
            level = levels[lk]
        if level is None:
            continue
        j = i + span
        if j < len(s.toks) and s.toks[j].is_cap and j not in person_starts and s.adjacent(j):
            end = _name_end(s, j, person_starts)
            name = s.text[s.toks[j].start : s.toks[end - 1].end]
            out.append(_mk("place", s, t.start, s.toks[end - 1].end, key(level.vi + " " + name),
                           level=level.vi, name=name))
        elif (span == 2 or key(level.vi) in ("tỉnh", "huyện", "quận")) and not (
            i > 0 and key(s.toks[i - 1].text) in ("các", "những", "mỗi", "từng", "cấp", "hai", "ba")
        ) and not (j < len(s.toks) and s.toks[j].text in lexicon.abbreviations()):
            a, b = t.start, s.toks[i + span - 1].end
            out.append(_mk("place", s, a, b, key(level.vi), level=level.vi, ref="1"))
    return out


def _name_end(s: _Sent, j: int, person_starts: set[int]) -> int:
    """End of a proper name of capitalised words (dash-joined parts included) starting at token j."""
    end = j + 1
    while end < len(s.toks) and end not in person_starts and s.adjacent(end):
        t = s.toks[end]
        if t.is_cap and t.is_word and not t.is_upper:
            end += 1
        elif t.text in ("-", "–") and end + 1 < len(s.toks) and s.toks[end + 1].is_cap and end + 1 not in person_starts:
            end += 2
        elif key(s.toks[end - 1].text + " " + t.text) in _CAPITAL_COMPOUNDS:
            end += 1  # "Trung ương", "Nhà nước": one name word written with a lower-case second syllable
        else:
            break
    return end


_CAPITAL_COMPOUNDS = frozenset({"trung ương", "nhà nước", "quốc hội", "chính phủ"})


def _qualifier_end(s: _Sent, i: int, person_starts: set[int]) -> int:
    """After a standalone head: an admin level + name, a bare proper name, or a Central/"Trung ương" tag."""
    levels = _levels()
    abbr = lexicon.abbreviations()
    if i >= len(s.toks) or i in person_starts or not s.adjacent(i):
        return i
    t = s.toks[i]
    nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
    pair = key(t.text + " " + nxt.text) if nxt is not None and nxt.is_word else ""
    if pair in levels and i + 2 < len(s.toks) and s.toks[i + 2].is_cap and (i + 2) not in person_starts:
        return _name_end(s, i + 2, person_starts)
    if key(t.text) in levels and nxt is not None and nxt.is_cap and (i + 1) not in person_starts:
        return _name_end(s, i + 1, person_starts)
    if t.text in abbr and " " in abbr[t.text].vi and key(abbr[t.text].vi.split(" ")[0]) in ("thành",):
        return i + 1
    if t.is_cap and t.is_word and not t.is_upper:
        return _name_end(s, i, person_starts)
    if key(t.text) in levels and (nxt is None or not nxt.is_word or not nxt.is_cap or (i + 1) in person_starts):
        return i + 1  # "UBND tỉnh", "HĐND huyện": level without a name ("UBND tỉnh kiêm …", "… tỉnh đối với")
    return i


# ---------------------------------------------------------------- dates, years, counts

_DATE_WORD = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)(?:\s+(?:nay|qua|mai|hôm\s+nay))?(?:\s+ngày)?"
_DATE_PATTERNS = (
    re.compile(_DATE_WORD + r"\s*\(?\s*(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?:\s*[/-]\s*(?P<y>\d{4}))?\)?"),
    re.compile(r"(?:[Nn]gày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s+năm\s+(?P<y>\d{4}))?"),
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"),
)
_YEAR = re.compile(r"(?:[Nn]ăm|[Kk]hóa|[Kk]hoá)\s+(?P<y>(?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")
_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn|khóa|khoá|niên khóa)\s+(?P<a>(?:19|20)\d{2})\s*[-–]\s*(?P<b>(?:19|20)\d{2})")
_COUNT_UNITS = ("tập thể", "cá nhân", "mô hình", "đơn vị", "hộ", "người", "cán bộ", "đại biểu", "doanh nghiệp", "vụ",
                "xã", "phường", "điểm", "tổ", "câu lạc bộ", "lượt", "tác phẩm")
_COUNT = re.compile(r"(?<![\w.,/])(?P<n>\d{1,3}(?:\.\d{3})*|\d+)\s+(?P<u>" + "|".join(_COUNT_UNITS) + r")(?!\w)")


def _dates(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    seen: list[tuple[int, int]] = []
    chunk = s.text[s.sent.start : s.sent.end]
    for rx in _DATE_PATTERNS:
        for m in rx.finditer(chunk):
            a, b = s.sent.start + m.start(), s.sent.start + m.end()
            if any(x < b and a < y for x, y in seen):
                continue
            d, mo = int(m.group("d")), int(m.group("m"))
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                continue
            seen.append((a, b))
            out.append(_mk("date", s, a, b, day=str(d), month=str(mo), year=m.group("y") or ""))
    for m in _YEAR.finditer(chunk):
        a = s.sent.start + m.start()
        if not any(x <= a < y for x, y in seen):
            out.append(_mk("year", s, a, s.sent.start + m.end(), year=m.group("y")))
    for m in _TERM.finditer(chunk):
        out.append(_mk("term", s, s.sent.start + m.start(), s.sent.start + m.end(), first=m.group("a"),
                       last=m.group("b")))
    for m in _COUNT.finditer(chunk):
        out.append(_mk("count", s, s.sent.start + m.start(), s.sent.start + m.end(),
                       n=m.group("n").replace(".", ""), unit=m.group("u")))
    return out


# ---------------------------------------------------------------- titles, lexicon words, concepts


def _lexicon_mentions(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    for a, b in s.titles:
        former = s.view[max(s.sent.start, a - 7) : a].strip().endswith("nguyên")
        out.append(_mk("title", s, a, b, former="1" if former else ""))
    for name, kind in (("ranks", "rank"), ("honorifics", "honorific"), ("awards", "award"),
                       ("directives", "directive")):
        table = lexicon.by_key(name)
        for a, b in _matcher(name).finditer(s.view, s.sent.start, s.sent.end):
            entry = table[key(s.text[a:b])]
            if kind == "honorific" and not _followed_by_cap(s, b):
                continue
            if kind == "award" and entry.extra[:1] == ("cap",) and not (
                (s.text[a].isupper() and (_followed_by_cap(s, b) or re.search(
                    r"(?:trao|tặng|nhận|đoạt|đạt|giành|công bố)\s+(?:\w+\s+){0,2}$", s.view[max(0, a - 30) : a])))
                or award_grammar.lower_case_ok(s.view[max(0, a - 30) : a], s.text[b : s.sent.end])
            ):
                continue
            if kind == "rank" and not s.text[a].isupper() and not _followed_by_cap(s, b):
                continue  # "trung tá Huy nói" is a rank; "đại úy" in running text without a name is not
            out.append(_mk(kind, s, a, b, entry.key, en=entry.en, vi=entry.vi, **_extra(kind, entry)))
    matcher, index = _concept_matcher()
    for a, b in matcher.finditer(s.view, s.sent.start, s.sent.end):
        c = index[key(s.text[a:b])]
        out.append(_mk("concept", s, a, b, f"{c.scheme}/{c.slug}", scheme=c.scheme, slug=c.slug))
    return out


def _extra(kind: str, entry: lexicon.Entry) -> dict[str, str]:
    if kind == "directive" and entry.extra:
        return {"role": entry.extra[0]}
    return {}


def _followed_by_cap(s: _Sent, offset: int) -> bool:
    rest = s.text[offset : s.sent.end]
    return bool(re.match(r"\s+\w", rest)) and rest.lstrip()[:1].isupper()


def _needs_name(entry: lexicon.Entry) -> bool:
    return len(entry.extra) > 1 and entry.extra[1] == "1"


# ---------------------------------------------------------------- events, models, movements


def _events(s: _Sent) -> list[Mention]:
    table = lexicon.by_key("events")
    out: list[Mention] = []
    for a, b in _matcher("events").finditer(s.view, s.sent.start, s.sent.end):
        entry = table[key(s.text[a:b])]
        end = events.complement_end(s.text, b, min(s.sent.end, b + 400))
        end = b if end is None else end
        desc = s.text[b:end].strip()
        named = bool(desc) and not re.match(r"^(?:này|trên|đó|nói trên|lần này)\b", desc)
        if named and len(desc.split()) < 2:
            named = False
        out.append(_mk("event", s, a, end if named else b, cls=entry.en,
                       head=entry.vi, en=entry.extra[0] if entry.extra else "", ref="" if named else "1"))
    return out


def _models_and_movements(s: _Sent) -> list[Mention]:
    out: list[Mention] = []
    view = s.view
    for word, kind in (("mô hình", "model"), ("phong trào", "movement")):
        for m in re.finditer(r"(?<!\w)" + word + r"(?!\w)", view[s.sent.start : s.sent.end]):
            a = s.sent.start + m.start()
            b = s.sent.start + m.end()
            rest = s.text[b : s.sent.end]
            q = re.match(r"\s*[“\"«]([^”\"»]{2,120})[”\"»]", rest)
            if q:
                name_a = b + q.start(1)
                out.append(_mk(kind, s, a, b + q.end(), key(q.group(1)), name=q.group(1),
                               name_start=str(name_a)))
                continue
            if kind == "movement":
                j = s.index_from(b)
                if j < len(s.toks) and s.toks[j].is_cap and s.adjacent(j):
                    end = _continuation(s, j, needs_name=True, stop_at=set(), max_lower=6)
                    name = s.text[s.toks[j].start : s.toks[end - 1].end]
                    out.append(_mk(kind, s, a, s.toks[end - 1].end, key(name), name=name,
                                   name_start=str(s.toks[j].start)))
                elif rest.lstrip().lower().startswith("thi đua"):
                    e = b + rest.lower().index("thi đua") + len("thi đua")
                    out.append(_mk(kind, s, a, e, key(s.text[a:e]), name=s.text[a:e], generic="1",
                                   name_start=str(a)))
                continue
            # a counted model kind: "N mô hình tự quản … đang hoạt động"
            before = s.text[max(s.sent.start, a - 8) : a]
            if re.search(r"\d\s*$", before):
                d = re.match(r"\s*(?!(?:đang|được|đã|trong đó)\b)([^,;.]*?)"
                             r"(?=\s+(?:đang|được|đã|trong đó|tạo|với|có|tại|trên)\b|[,;.]|$)", rest)
                if d and d.group(1).strip():
                    e = b + d.end(1)
                    out.append(_mk(kind, s, a, e, key(s.text[a:e]), name=s.text[a:e], counted="1",
                                   name_start=str(a)))
                    continue
            out.append(_mk(kind, s, a, b, key(word), ref="1", subcount="1" if re.search(r"\d\s*$", before) else ""))
    return out


# ---------------------------------------------------------------- entry points


def sentence_mentions(text: str, view: str, sent: Sentence) -> list[Mention]:
    """Every mention in one sentence (pure)."""
    s = _Sent(text, view, sent)
    persons = _person_spans(s)
    persons += [(a, b, "list") for a, b in names.list_neighbours(
        s.toks, [(a, b) for a, b, anchor in persons if anchor != "short"], _word_set("surnames"), _is_name_word,
        lambda k, e: (_place_word_before(s, k) or _level_before(s, k) or _is_province(s, k, e)
                      or _starts_province(s, k) or _street_context(s, k)))]
    out = [
        _mk("person", s, s.toks[a].start, s.toks[b - 1].end, anchor=anchor) for a, b, anchor in persons
    ]
    for a, b in _matcher("epithets").finditer(s.view, s.sent.start, s.sent.end):
        if s.text[a].isupper() and not any(m.start <= a < m.end for m in out):
            out.append(_mk("person", s, a, b, anchor="epithet"))
    out += _bodies_and_places(s, persons)
    out += _dates(s)
    out += _lexicon_mentions(s)
    out += _events(s)
    out += _models_and_movements(s)
    title_spans = [(m.start, m.end) for m in out if m.kind == "title"]
    body_starts = {m.start for m in out if m.kind == "body"}
    # "Tỉnh ủy": the level word that opens a body's head is no place of its own
    out = [m for m in out if not (m.kind == "place" and m.attr("ref") and m.start in body_starts)]
    # "Tỉnh trưởng": the level word inside a title is no place
    out = [m for m in out if not (m.kind == "place" and any(a <= m.start < b < m.end or (a <= m.start and m.end <= b)
                                                             for a, b in title_spans))]
    person_spans = [(m.start, m.end) for m in out if m.kind == "person"]
    # a title or body word inside a person's name is not a title (e.g. "Hà" in a name)
    out = [m for m in out if m.kind == "person" or not any(a <= m.start < b for a, b in person_spans)
           or m.kind in ("event", "date")]
    return out


def find_mentions(doc: Document) -> list[Mention]:
    """All mentions of the document, sorted by position (pure)."""
    view = match_view(doc.text)
    found: list[Mention] = []
    for sent in doc.sentences:
        found.extend(sentence_mentions(doc.text, view, sent))
    for m in found:
        doc.span(m.start, m.end, expected=m.text)
    return sorted(set(found), key=lambda m: (m.start, -m.end, m.kind, m.key))


def annotate(doc: Document) -> Document:
    """Stage entry point: set ``doc.mentions``."""
    doc.mentions = find_mentions(doc)
    return doc
