"""How a body's name goes on past its capitalised words (a plural noun phrase inside it: :mod:`.body_plurals`):
a name in lower case after a title, a short form in parentheses that spells the words before it, and the
abbreviation of a whole body's name. Token-index helpers for :mod:`kg.extract.mentions.bodies`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from kg.extract import lexicon, names
from kg.extract.document import Mention
from kg.extract.mentions.body_said import said_at
from kg.extract.mentions.sentence import _abbrev_heads, _levels, _mk, _Sent, _word_set
from kg.extract.normalise import fold, key


def and_lower_field(s: _Sent, j: int, stop_at: set[int], needs_name: bool = True) -> int:
    """Tokens of a second field a body's name joins with a lower-case "và" (or "&") at token j, after a lower-case
    word: "và" and one to six lower-case words ("Cục Quản lý nhà và thị trường bất động sản - Bộ X", "Phòng Giáo dục
    và đào tạo quận X"), when a capitalised word that opens no body follows them, or a level word with its name, or
    a capitalised word after "(" or a dash, or a body after a comma; also a list of fields that a comma at token j
    opens and "và" closes ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch X"). 0 for a "và" that joins another
    body, people (``person_cues``, ``group``) or a clause, and for a head that needs no name (``needs_name``)."""
    toks, levels = s.toks, _levels()
    if not needs_name or j == 0 or not toks[j - 1].is_word or toks[j - 1].is_cap or toks[j - 1].is_number \
            or toks[j].text not in (",", "và", "&") or toks[j].text in ("và", "&") and not s.adjacent(j):
        return 0
    lead = _lower_words(s, j + 1, stop_at, 3) if toks[j].text == "," else 0
    if toks[j].text == ",":  # the items before "và" of a list of fields
        if not lead or j + 1 + lead >= len(toks) or toks[j + 1 + lead].text != "và":
            return 0
        j, lead = j + 1 + lead, lead + 1
    n = _lower_words(s, j + 1, stop_at, 6)
    end = j + 1 + n
    if not n or end + 1 >= len(toks) or end in stop_at:
        return 0
    nxt, then = toks[end], toks[end + 1]
    named = then.is_cap and then.is_word and (end + 1) not in stop_at and s.adjacent(end + 1)
    if s.adjacent(end) and (nxt.is_cap and not _head_at(s, end) or key(nxt.text) in levels and named) \
            or nxt.text in ("(", "-", "–") and named or nxt.text == "," and named and _head_at(s, end + 1):
        return lead + 1 + n
    # a field of two words or more after a word that is no level word, then punctuation or a verb of saying
    return lead + 1 + n if n >= 2 and key(toks[j - 1].text) not in levels and (  # "Bộ Nông nghiệp và phát triển
        toks[end].text in (",", ";", ":", ".", "(", ")") or names.cue_after(toks, end, "speech")) else 0  # nông thôn,"


def _lower_words(s: _Sent, x0: int, stop_at: set[int], most: int) -> int:
    """Lower-case words of a field from token x0 (up to ``most``): none when a body's head or people open it, and no
    verb, function word, level or honorific among them ("… và khẳng định …")."""
    toks, stops, levels = s.toks, _word_set("name_stops"), _levels()
    if x0 >= len(toks) or _head_at(s, x0) or names.cue_after(toks, x0, "group"):
        return 0
    n = 0
    while (x := x0 + n) < len(toks) and n < most and x not in stop_at and s.adjacent(x) and toks[x].is_word \
            and not toks[x].is_cap and not toks[x].is_number and (k := key(toks[x].text)) not in stops \
            and k not in levels and k not in _word_set("honorifics") and not names.cue_after(toks, x, "speech") \
            and key(" ".join(t.text for t in toks[x : x + 2])) not in stops:
        n += 1
    return n


def _head_at(s: _Sent, x: int) -> bool:
    """A body's head (of one to four words, or abbreviated) opens at token x ("bệnh viện", "UBND", "Sở")."""
    heads = lexicon.by_key("bodies")
    if s.toks[x].text in _abbrev_heads():
        return True
    return any(key(" ".join(t.text for t in s.toks[x : x + n])) in heads for n in (1, 2, 3, 4))


def lower_then_name(s: _Sent, after: int, person_starts: set[int]) -> bool:
    """One to four lower-case words (no verb or function word), then a capitalised word that is no person's name:
    the name of a body whose head ends a title ("Trưởng ban tổ chức Trung ương", "Trưởng phòng kế toán Cty X");
    up to six when the last is a level word ("Trưởng phòng quản lý đô thị quận X")."""
    stops = _word_set("name_stops")
    for x in range(after, min(after + 7, len(s.toks))):
        t = s.toks[x]
        if t.is_cap:
            return x > after and x not in person_starts and s.adjacent(x) and (x <= after + 4 or any(key(" ".join(
                w.text for w in s.toks[x - n : x])) in _levels() for n in (1, 2)))
        if not t.is_word or key(t.text) in stops and not _in_noun(s, x) or not s.adjacent(x):
            return False
    return False


def _in_noun(s: _Sent, x: int) -> bool:
    """Token x opens or closes a noun of two syllables (``name_nouns``: the verb "ký" of "đăng ký", registration)."""
    return any(0 <= y < len(s.toks) - 1 and key(f"{s.toks[y].text} {s.toks[y + 1].text}") in lexicon.words(
        "name_nouns") for y in (x - 1, x))


def lower_then_person(s: _Sent, after: int, person_starts: set[int]) -> bool:
    """One to four lower-case words (no verb, function word, level, honorific or head), then right away a person's
    name: the name of a body whose head follows a title, written in lower case ("Thứ trưởng Bộ tài chính Lê Văn
    A"), or two such fields joined by "và" or "&" ("Giám đốc Sở tài nguyên & môi trường Lê Văn A")."""
    n = _lower_words(s, after, person_starts, 4)
    if n and (x := after + n) + 1 < len(s.toks) and s.toks[x].text in ("và", "&") and s.adjacent(x):
        n += 1 + (m := _lower_words(s, x + 1, person_starts, 4))
        if not m or any(s.toks[x].end < a < s.toks[x + m].end for a, _b in s.titles):
            return False  # not "… và kế toán Lê Văn A": a second person's title
    return n > 0 and after + n in person_starts and s.adjacent(after + n)


def lower_name_end(s: _Sent, i: int, after: int, person_starts: set[int]) -> int | None:
    """A head right after a title whose name is written in lower case: two to four words (a spaced dash may join
    two), no verb or function word among them, that run to a comma, a parenthesis, a dash, a word that closes a
    name and a capitalised word ("do X") or the sentence's end ("Tổ trưởng Tổ thẩm định độc lập, …"), or up to
    eight words that run to a comma, a parenthesis, a verb of saying or the sentence's end ("Cục kiểm soát hoạt
    động bảo vệ môi trường,"), or to the unit it serves, a level word and its name or number ("Giám đốc Ban Quản
    lý dự án giao thông tỉnh X", "CLB hưu trí quận 3"), or to "số" and a number ("Tổ trưởng tổ dân phố số 20")."""
    toks = s.toks
    if not any(tb + 1 == toks[i].start or ta < toks[i].start < tb for ta, tb in s.titles):
        return None  # (or the title ends with the head's first word: "Trưởng ban Quản lý dự án …")
    stops, levels = _word_set("name_stops"), _levels()
    j, words = after, 0
    while j < len(toks) and words < 8 and s.adjacent(j) and j not in person_starts:
        t = toks[j]
        if t.text in "-–" and words and j + 1 < len(toks) and toks[j + 1].is_word and not toks[j + 1].is_cap:
            j += 1
            continue
        if j + 1 < len(toks) and key(t.text + " " + toks[j + 1].text) in lexicon.words("name_nouns"):
            j, words = j + 2, words + 2  # "dự án": a noun, though "dự" alone is a verb
            continue
        if t.text in ("và", "&") and words and (n := and_lower_field(s, j, person_starts)):
            j, words = j + n, words + n - 1  # "Cục kỹ thuật an toàn và môi trường công nghiệp,": a second field
            continue
        if not t.is_word or t.is_cap or key(t.text) in stops or key(t.text) in levels:
            break
        j, words = j + 1, words + 1
    if words >= 2 and (place := _place_end(s, j, person_starts) or _province_end(s, j, person_starts)):
        return place
    if words and j + 1 < len(toks) and key(toks[j].text) == "số" and toks[j + 1].is_number and s.adjacent(j + 1):
        return j + 2  # "Tổ trưởng tổ dân phố số 20"
    if 2 <= words <= 8 and not toks[after].is_cap and key(toks[after].text + " " + toks[after + 1].text) \
            in lexicon.words("name_nouns"):
        return _noun_name_end(s, j, person_starts)  # "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng,"
    most = 8 if j == len(toks) or toks[j].text in ",;()" or said_at(toks, j) else 4  # "Cục kiểm soát … trường,"
    if words < 2 or words > most or (most == 4 and toks[j].text not in ",;()-–.:!?" and not (key(toks[j].text) in {
            key(r[0]) for r in lexicon.rows("name_stops") if r[2:3] == ["closes"]} and j + 1 < len(toks)
            and toks[j + 1].is_cap)):  # "… vay vốn do Hội X quản lý" (not "… di tích và rừng …")
        return None
    return j


def _noun_name_end(s: _Sent, j: int, person_starts: set[int]) -> int | None:
    """A lower-case name that opens with a noun (``name_nouns``: "dự án"), a name and no clause, ends at token j
    before punctuation, a verb of saying or the sentence's end, or with up to six capitalised words or acronyms at
    j before a lower-case word or punctuation ("… đường sắt đô thị TP.HCM cho biết"; a dash joins two); or None."""
    toks = s.toks
    k = j
    while k < len(toks) and k - j < 6 and k not in person_starts and s.adjacent(k) and (
            toks[k].is_word and (toks[k].is_cap or toks[k].is_upper)
            or k > j and toks[k].text in "-–" and k + 1 < len(toks) and toks[k + 1].is_cap):
        k += 1  # (a dash joins two names: "… cao tốc Hà Nam - Ninh Bình")
    if k == len(toks) or toks[k].text in ",;()-–.:!?" or k == j and said_at(toks, k):
        return k  # (or a verb of saying right after it: "Tổ trưởng tổ công tác thẩm định tàu cá đã cho biết")
    # before a lower-case word: an acronym or two capitalised words, not one that the word completes ("Công ty")
    return k if toks[k].is_word and not toks[k].is_cap and (k - j > 1 or k > j and toks[j].is_upper) else None


def _place_end(s: _Sent, j: int, person_starts: set[int]) -> int | None:
    """After a level word at token j ("tỉnh", "thành phố"): the end of its name (capitalised words, dash-joined
    parts) or number ("quận 10"); None when no level word with a name or number stands at j."""
    toks, levels = s.toks, _levels()
    for n in (2, 1):
        if j + n < len(toks) and all(t.is_word for t in toks[j : j + n]) and s.adjacent(j + n) \
                and key(" ".join(t.text for t in toks[j : j + n])) in levels:
            x = j + n
            if toks[x].is_number:
                return x + 1
            while x < len(toks) and x not in person_starts and s.adjacent(x) and (
                    toks[x].is_cap and toks[x].is_word or toks[x].text in "-–" and x + 1 < len(toks)
                    and toks[x + 1].is_cap):
                x += 1
            return x if x > j + n else None
    return None


def _province_end(s: _Sent, j: int, person_starts: set[int]) -> int | None:
    """A province's or centrally-run city's name written without its level word at token j (``provinces``: "Hà
    Nam", "Cần Thơ"), before punctuation (no dash, which may join a second name), a lower-case word or the
    sentence's end: the end of its name; else None."""
    toks = s.toks
    for n in (3, 2, 1):
        x = j + n
        if x <= len(toks) and j not in person_starts and all(t.is_cap and t.is_word for t in toks[j:x]) \
                and key(s.text[toks[j].start : toks[x - 1].end]) in _word_set("provinces") \
                and (x == len(toks) or toks[x].text in ",;().:!?" or toks[x].is_word and not toks[x].is_cap):
            return x
    return None


def unit_follows(s: _Sent, after: int, person_starts: set[int], stop_at: set[int]) -> bool:
    """A party committee or union followed by the unit it belongs to, opened by a lower-case noun of a unit
    ("Đảng ủy cơ quan LĐLĐ", "Bí thư Đảng ủy trường Sỹ quan …", "Chi bộ ban Tuyên giáo"): the noun is a body
    head or a word of ``unit_nouns.tsv``, and a capitalised name follows within four lower-case words."""
    toks = s.toks
    if after >= len(toks) or not toks[after].is_word or not s.adjacent(after) or after in stop_at \
            or after in person_starts:
        return False
    if toks[after].is_cap:  # "Đảng bộ Cơ quan LĐLĐ …": a unit noun of its own list, capitalised
        return any(key(" ".join(t.text for t in toks[after : after + n])) in lexicon.words("unit_nouns")
                   for n in (1, 2) if after + n <= len(toks))
    nouns = _unit_nouns()
    first = any(key(" ".join(t.text for t in toks[after : after + n])) in nouns for n in (1, 2, 3)
                if after + n <= len(toks))
    return first and lower_then_name(s, after, person_starts)


@cache
def _unit_nouns() -> frozenset[str]:
    return lexicon.words("unit_nouns") | frozenset(e.key for e in lexicon.entries("bodies"))


_SKIP_INITIALS = frozenset({"và", "-", "–", "&", ","})


def short_form_end(s: _Sent, after: int, end: int, person_starts: set[int]) -> tuple[int, bool]:
    """A body name followed by its short form in parentheses ends after it, and after a place that qualifies it:
    "Hội Bảo trợ Người khuyết tật - trẻ mồ côi (NKT-TMC) tỉnh X" — the words whose initials spell the short form
    belong to the name even when written in lower case; a short form that spells no words of the name
    ("(Cty Y)") leaves the body as it is. Returns (end, whether a place may follow)."""
    toks = s.toks
    close = next((x for x in range(end, min(end + 14, len(toks))) if toks[x].text == "(" or x in person_starts
                  or toks[x].text in ".;:,"), None)
    if close is None or toks[close].text != "(" or close + 2 >= len(toks) or toks[close + 2].text != ")":
        return end, False
    letters = [c for c in fold(toks[close + 1].text) if c.isalpha()]  # tones aside: "(UBKT)" spells "Ủy ban …"
    if len(letters) < 2 or not toks[close + 1].is_upper:
        return end, False
    initials: list[str] = []
    for x in range(close - 1, after - 1, -1):
        k = key(toks[x].text)
        if k in _SKIP_INITIALS or toks[x].text in _SKIP_INITIALS:  # (the key of a comma is empty)
            continue
        if not k[:1].isalpha():
            break  # a number or a sign spells no letter: the name does not run back over it
        initials.insert(0, fold(k[0]))
        if initials == letters:
            return close + 3, close + 3 < len(toks)
    return (close + 3 if close == end else end), False


@cache
def _named_abbrevs() -> dict[str, lexicon.Entry]:
    """Abbreviations of a whole body's name, a head and its name ("TTXVN" = "Thông tấn xã Việt Nam") → the head."""
    heads = lexicon.by_key("bodies")
    out = {}
    for a, e in lexicon.abbreviations().items():
        words = key(e.vi).split()
        head = next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in heads), "")
        if head and a.isupper() and a not in _abbrev_heads():
            out[a] = heads[head]
    return out


def abbreviated_bodies(s: _Sent, person_tokens: set[int], taken: set[int]) -> list[Mention]:
    """A body written as the abbreviation of its whole name ("Tổng giám đốc TTXVN"), with the unit's name after
    one that ends with a level ("CATP Hà Nội" = "Công an thành phố Hà Nội")."""
    named, abbr, levels, heads = _named_abbrevs(), lexicon.abbreviations(), _levels(), lexicon.by_key("bodies")
    out = []
    for i, t in enumerate(s.toks):
        if t.text in named and i not in taken and i not in person_tokens:
            e, first, end = named[t.text], i, i + 1
            if i and i - 1 not in taken and s.toks[i - 1].is_cap and s.adjacent(i) \
                    and key(s.toks[i - 1].text + " " + e.vi) in heads:  # "Tổng LĐLĐVN": "Tổng Liên đoàn Lao động"
                first, e = i - 1, heads[key(s.toks[i - 1].text + " " + e.vi)]
            words = key(abbr[t.text].vi).split()
            if words[-1] in levels or " ".join(words[-2:]) in levels:
                while end < len(s.toks) and s.toks[end].is_cap and s.toks[end].is_word and not s.toks[end].is_upper \
                        and s.adjacent(end) and end not in person_tokens and end not in s.stops:
                    end += 1
            out.append(_mk("body", s, s.toks[first].start, s.toks[end - 1].end, head=e.vi, cls=e.en,
                           en=e.extra[0] if e.extra else ""))
            taken.update(range(first, end))
    return out


def missions(s: _Sent, person_tokens: set[int], taken: set[int]) -> list[Mention]:
    """A country's mission abroad after a title, with "của" between or not: a country (``countries.tsv``), "tại"
    and the place, a country or one or two capitalised words before punctuation or a verb ("Đại sứ Việt Nam tại X",
    "Tổng Lãnh sự … của Việt Nam tại Y"): one body, the country and the place."""
    toks, out = s.toks, []
    for _a, b in s.titles:
        i = s.index_from(b)
        if i + 1 < len(toks) and key(toks[i].text + " " + toks[i + 1].text) == "thường trực":
            i += 2  # "Trưởng Phái đoàn thường trực Việt Nam tại …"
        if i < len(toks) and key(toks[i].text) == "của":
            i += 1
        j = _country_end(s, i, person_tokens, taken)
        if j is None or j + 1 >= len(toks) or key(toks[j].text) != "tại" or not s.adjacent(j):
            continue
        end = _country_end(s, j + 1, person_tokens, taken)
        if end is None:
            end = j + 1
            while end < len(toks) and end - j <= 2 and _name_tok(s, end, person_tokens, taken):
                end += 1
            if end == j + 1 or end - j > 2 or (end < len(toks) and toks[end].is_word
                                               and key(toks[end].text) not in _word_set("name_stops")):
                continue  # a place of no listed country ends at punctuation or a verb ("tại Pa-ri cho biết")
        out.append(_mk("body", s, toks[i].start, toks[end - 1].end, head="", cls="StateAgency", en="mission"))
        taken.update(range(i, end))
    return out


def mission_place_end(s: _Sent, end: int, person_tokens: set[int], taken: set[int]) -> int:
    """A mission's name that ends at ``end`` goes on over "tại" and the country it is in ("Đại sứ quán Việt Nam
    tại Nhật Bản")."""
    if end < len(s.toks) and key(s.toks[end].text) == "tại" and s.adjacent(end):
        return _country_end(s, end + 1, person_tokens, taken) or end
    return end


def _country_end(s: _Sent, i: int, person_tokens: set[int], taken: set[int]) -> int | None:
    """End of a country's name (``countries.tsv``, longest first) written at token i; None for none."""
    for n in (3, 2, 1):  # its first word capitalised, the rest maybe not ("Liên hợp quốc")
        if i + n <= len(s.toks) and _name_tok(s, i, person_tokens, taken) and all(
                _name_tok(s, x, person_tokens, taken) or s.toks[x].text in "-–"
                or s.toks[x].is_word and s.adjacent(x) and x not in person_tokens and x not in taken
                for x in range(i + 1, i + n)) \
                and key(" ".join(t.text for t in s.toks[i : i + n])) in _word_set("countries"):
            return i + n
    return None


def _name_tok(s: _Sent, j: int, person_tokens: set[int], taken: set[int]) -> bool:
    t = s.toks[j]
    return t.is_cap and t.is_word and not t.is_upper and s.adjacent(j) and j not in person_tokens \
        and j not in taken and j not in s.stops


_GLUED_LEVEL = re.compile(r"[A-ZĐ]{1,2}\.[A-ZĐ]")  # "H.Yên", "TP.Hòa", "Q.Bình": a level's abbreviation, a unit's name


def _dashed_field(s: _Sent, j: int, stops: frozenset[str], levels: Mapping[str, object]) -> int:
    """Number of lower-case words (one to four, no verb or function word) of a field written after a dash at
    token j when a boundary follows them — punctuation, the sentence's end, "và", a level word or a level's
    abbreviation glued to the unit's name ("H.Yên Mỹ", "TP.Hòa Vang"); 0 for none."""
    toks, n = s.toks, 0
    while j + n < len(toks) and n < 4 and s.adjacent(j + n) and toks[j + n].is_word and not toks[j + n].is_cap \
            and (k := key(toks[j + n].text)) not in stops and k not in levels and k != "và":
        n += 1
    end = j + n
    if n and (end == len(toks) or not s.adjacent(end) or key(toks[end].text) in levels or toks[end].text == "và"
              or _GLUED_LEVEL.match(toks[end].text)):
        return n
    return 0


def _bare_level(s: _Sent, j: int) -> int:
    """Length (1 or 2 tokens) of a level word at token j written without a name and followed by punctuation or
    the sentence's end ("tỉnh,", "thành phố."); 0 for none."""
    levels, toks = _levels(), s.toks
    for n in (2, 1):
        if j + n <= len(toks) and all(t.is_word for t in toks[j : j + n]) and s.adjacent(j) \
                and key(" ".join(t.text for t in toks[j : j + n])) in levels \
                and (j + n == len(toks) or not toks[j + n].is_word):
            return n
    return 0


@cache
def _abbrev_pairs() -> dict[str, dict[str, lexicon.Entry]]:
    """Two abbreviations whose expansions make one head: first → second → head ("UBTƯ MTTQ")."""
    heads, abbr = lexicon.by_key("bodies"), lexicon.abbreviations()
    out: dict[str, dict[str, lexicon.Entry]] = {}
    for a, e in abbr.items():
        for b, f in abbr.items():
            if key(e.vi + " " + f.vi) in heads:
                out.setdefault(a, {})[b] = heads[key(e.vi + " " + f.vi)]
    return out
