"""Where a person's name ends in a run of capitalised words (:func:`name_end`).

A phrase opener is a capitalised word right after a name that, with the words after it, opens a clause of general
Vietnamese — the name ends before it. Photo captions run on into the text without a full stop
("… Nguyễn Văn A Chiều 12/5, …", "… Sáng nay", "… Dự án …"), and the next sentence's first word is capitalised.

    OPENER = TIME (DATE | THEN)     "Chiều 12/5", "Năm 2017", "Sáng nay", "Ngày mai"   (``phrase_openers.tsv``)
           | PHRASE                 a phrase of the lexicon: "Tuy nhiên", "Dự án", "Căn cứ"
           | LEVEL AUX              a level word and an auxiliary after a run no honorific or title anchors:
                                    "… công viên A B Tỉnh đã …" (the province, the next clause's subject)
           | X y                    the same document writes "x y" in lower case elsewhere, y no function word
                                    (asked only for the last word of a run of four or more: a name plus one word)

The document decides too: a run whose shorter form it writes alone elsewhere is that name plus a word, and a run
followed by a lower-case word that completes a name it writes elsewhere ("Võ Minh khang" beside "Võ Minh Khang")
is that name, mistyped. Pure, over a sentence's tokens.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import lexicon
from kg.extract.mentions.body_runon import function_pair
from kg.extract.mentions.name_marks import authors_tail, note_mark
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.rx_uncached import compile_uncached
from kg.extract.tokens import UPPER, Token


def _by_role(role: str) -> frozenset[str]:
    """The phrases of one role of ``phrase_openers.tsv`` (``time``, ``then``, ``phrase``, ``connective``, ``given``;
    folded keys)."""
    return lexicon.roles("phrase_openers").get(role, frozenset())


@cache
def _phrases(*roles: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the rest of each phrase of these roles that opens with it (longest first)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in frozenset().union(*(_by_role(r) for r in roles)):
        first, *rest = p.split(" ")
        out.setdefault(first, []).append(tuple(rest))
    return {w: tuple(sorted(rs, key=len, reverse=True)) for w, rs in out.items()}


@cache
def _function_words() -> frozenset[str]:
    """Words after which "x y" proves nothing ("Bình và" beside "hòa bình và"): the function words of
    ``stopnames.tsv`` (``ends-name``) and ``name_stops.tsv``, and the honorifics."""
    ends = {e.key for e in lexicon.entries("stopnames") if e.en == "ends-name"}
    return frozenset(ends | lexicon.words("name_stops") | lexicon.words("honorifics"))


_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|(?:1[89]|20)\d\d")


_HOUR = re.compile(r"(?:h|giờ)\d{0,2}")


def _clock(s: _Sent, j: int) -> bool:
    """Tokens j, j+1 are a clock time: "8h30", "8 giờ"."""
    toks = s.toks
    return toks[j].is_number and j + 1 < len(toks) and bool(_HOUR.fullmatch(toks[j + 1].text.lower()))


def _lower_word(t: Token) -> bool:
    return t.is_word and not t.is_cap and not t.is_number


def _follows(s: _Sent, j: int, words: tuple[str, ...]) -> bool:
    """The tokens after token j are these lower-case words, adjacent."""
    toks = s.toks
    for n, w in enumerate(words, start=j + 1):
        if n >= len(toks) or not s.adjacent(n) or not _lower_word(toks[n]) or key(toks[n].text) != w:
            return False
    return True


def opens_time(s: _Sent, j: int, *, then: bool = True) -> bool:
    """Token j is a time word before a date or a clock time ("Chiều 12/5", "Năm 2017", "Đúng 8h30") or, with
    ``then``, before a "then" word ("Sáng nay", "Chiều qua")."""
    toks = s.toks
    if j + 1 >= len(toks) or not s.adjacent(j + 1) or key(toks[j].text) not in _by_role("time"):
        return False
    nxt = toks[j + 1]
    return bool(_DATE.fullmatch(nxt.text) or _clock(s, j + 1)) or (
        then and _lower_word(nxt) and key(nxt.text) in _by_role("then"))


_DAY_OR_MONTH = re.compile(r"\d{1,2}[/.\-]\d{1,4}(?:[/.\-]\d{2,4})?")


def dated(s: _Sent, j: int) -> bool:
    """Token j is a lower-case time word before a day or a month ("… Cục X hôm 6/2", "… Bộ Y tháng 7/2006"): the
    time of the clause, no part of the name before it (a year alone may be: "Ban Tổ chức Hội thi năm 2017")."""
    toks = s.toks
    return _lower_word(toks[j]) and j + 1 < len(toks) and s.adjacent(j + 1) \
        and key(toks[j].text) in _by_role("time") and bool(_DAY_OR_MONTH.fullmatch(toks[j + 1].text))


def opens_connective(s: _Sent, j: int) -> bool:
    """Token j (capitalised) opens a phrase that links clauses (``connective``: "Trước đây", "Ngoài ra", "Đây là")."""
    return j + 1 < len(s.toks) and s.adjacent(j + 1) and any(
        _follows(s, j, rest) for rest in _phrases("connective").get(key(s.toks[j].text), ()))


def opens_next_clause(s: _Sent, j: int) -> bool:
    """Token j (capitalised) opens the next clause of a caption or headline run on into the text: a time, a
    connective or a credit word (:func:`opens_time`, :func:`opens_connective`, :func:`opens_credit`)."""
    return opens_time(s, j) or opens_connective(s, j) or opens_credit(s, j)


def opens_credit(s: _Sent, j: int) -> bool:
    """Token j is a capitalised credit word ("Theo", "Ảnh": ``stopnames``, ``credit``), not an acronym, before a
    lower-case word, a body's head or a title the sentence reads (``s.titles``): a headline or caption run on into
    the next sentence ("… Tỉnh ủy X Theo quyết định …", "… Sở X TP Y Theo Sở X, …", "… Bệnh viện X Theo Thứ trưởng
    A")."""
    toks = s.toks
    t = toks[j]
    return t.is_cap and not t.is_upper and key(t.text) in _credit_keys() and j + 1 < len(toks) \
        and s.adjacent(j + 1) and toks[j + 1].is_word and (not toks[j + 1].is_cap or key(toks[j + 1].text) in
                                                           _body_firsts() or _title_at(s, toks[j + 1].start))


def _title_at(s: _Sent, offset: int) -> bool:
    return any(a == offset for a, _b in s.titles)


def closes_body_name(s: _Sent, j: int, inner: bool = True) -> bool:
    """Token j (capitalised) opens the next clause after a body's or place's name: :func:`opens_next_clause` or
    :func:`credit_colon`; or, ``inner`` (not the name's first word), a function word of ``stopnames``
    (``ends-name``: "Tại", "Khi", "Cũng", "Trong") right after a capitalised word (and maybe the lower-case
    syllable that completes it) or an abbreviation's dot, before a lower-case word that is no verb or function word
    of ``name_stops`` (or is a function word after one, :func:`function_pair`: "HTX X Trong các") and makes no noun
    of ``name_nouns`` with it ("… Tổng cục Thủy sản Tại cuộc họp", "Cty X Về hoạt động"; not "Phòng Không không
    quân", nor "huyện A Từ cho biết"): a headline or a caption run on into the text."""
    if opens_next_clause(s, j) or credit_colon(s, j) or inner and authors_tail(s, j):
        return True  # "… Trường X TP. Ảnh: A": a photo credit; "… TP X Lê A - Trần B": the authors' line
    toks = s.toks
    if not inner or j < 1 or j + 1 >= len(toks) or not s.adjacent(j + 1):
        return False
    t, prev, nxt = toks[j], toks[j - 1], toks[j + 1]
    named = prev.is_cap or prev.text == "." or j > 1 and toks[j - 2].is_cap and _lower_word(prev)  # "Thủy sản Tại"
    free = key(nxt.text) not in lexicon.words("name_stops") or function_pair(t.text, nxt.text)  # "Trong các"
    return t.is_cap and not t.is_upper and key(t.text) in _enders() and named and _lower_word(nxt) and free \
        and key(f"{t.text} {nxt.text}") not in lexicon.words("name_nouns") \
        and not _closed_elsewhere(s, prev.text, t.text)


def _closed_elsewhere(s: _Sent, prev: str, word: str) -> bool:
    """The document writes "prev word" elsewhere before punctuation: the word ends a name there ("huyện Hà Lâm,"
    beside "huyện Hà Lâm phản ứng"), a syllable of the name here too."""
    return re.search(rf"(?<!\w){re.escape(prev)}\s+{re.escape(word)}\s*[,.;:)]", s.text) is not None


@cache
def _enders() -> frozenset[str]:
    """The function words of ``stopnames`` (``ends-name``) that are verbs or function words of ``name_stops`` too (not
    "Giải", which opens a field: "Ban Giải quyết khiếu nại", "Báo X Giải phóng")."""
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "ends-name") & lexicon.words("name_stops")


def credit_colon(s: _Sent, j: int) -> bool:
    """Token j is a credit word ("Ảnh", "Nguồn": ``stopnames``, ``credit``) and a colon follows it: a photo or source
    credit opens there ("Hội X - Ảnh: Lê Văn A"), no word of the name before it; so does a reporter's note that
    closes a bracketed aside (:func:`kg.extract.mentions.name_marks.note_mark`: "… tỉnh X - PV)")."""
    return j + 1 < len(s.toks) and s.toks[j + 1].text == ":" and key(s.toks[j].text) in _credit_keys() \
        or note_mark(s, j)  # "(… tỉnh X - PV)": a reporter's note


@cache
def _body_firsts() -> frozenset[str]:
    """First words of the lexicon's body heads and the abbreviated heads ("Sở", "Công" of "Công an", "UBND")."""
    return frozenset(k.split(" ")[0] for k in lexicon.by_key("bodies")) | frozenset(
        key(a) for a in lexicon.abbreviations())


@cache
def _credit_keys() -> frozenset[str]:
    return frozenset(k for k, e in lexicon.by_key("stopnames").items() if e.en == "credit")


def opens_phrase(s: _Sent, j: int, *, by_document: bool = False, then: bool = True) -> bool:
    """Token j (capitalised) opens a phrase of general Vietnamese with the tokens after it; with ``by_document``,
    also when the document writes the two words in lower case elsewhere; without ``then``, a time word opens one
    only before a date or a clock time ("Lê Sáng nay đã …" may be a name and "nay")."""
    toks = s.toks
    if j + 1 >= len(toks) or not s.adjacent(j + 1):
        return False
    x, nxt = key(toks[j].text), toks[j + 1]
    if opens_time(s, j, then=then):
        return True
    if any(_follows(s, j, rest) for rest in _phrases("phrase", "connective").get(x, ())):
        return True  # "Tuy nhiên", "Dự án"
    if not by_document or not _lower_word(nxt) or key(nxt.text) in _function_words():
        return False
    return _written_lower(s, x, key(nxt.text), toks[j].start)


def _written_lower(s: _Sent, x: str, y: str, here: int) -> bool:
    """The document writes "x y" in lower case elsewhere than at ``here`` (its match view holds the folded words;
    the text, their case)."""
    if s.view.count(x) < 2 or y not in s.view:
        return False  # a plain look first
    rx = _words_rx((x, y))
    return any(s.text[m.start()].islower() and m.start() != here for m in rx.finditer(s.view))


def name_elsewhere(s: _Sent, i: int, e: int) -> bool:
    """The document writes tokens i..e (a name) elsewhere too, and there ends it: followed by no capitalised word
    and not by the word that follows it here ("Nguyễn Văn A" alone beside "Nguyễn Văn A Chiều" here)."""
    toks = s.toks
    if s.text.count(toks[e - 1].text) < 2:
        return False  # written once: here
    here = toks[e].text if e < len(toks) else ""
    gap = s.text[toks[e - 2].end : toks[e - 1].start] if e - i > 1 else ""
    if e - i > 1 and _spaced_pairs(s.text, toks[e - 2].text, toks[e - 1].text, 2) < 1 + (gap != "" and gap.isspace()):
        return False  # its last two words written together only here (a plain look before a pattern is built)
    rx, text = _words_rx(tuple(t.text for t in toks[i:e])), s.text
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        pos = m.start() + 1  # every start, overlapping ones too
        if m.start() == toks[i].start or _CAP_NEXT.match(text, m.end()):
            continue
        if here and _words_rx(("", here)).match(text, m.end()):
            continue  # followed by the word that follows it here
        return True
    return False


def _spaced_pairs(text: str, first: str, second: str, enough: int) -> int:
    """How many times (up to ``enough``) ``text`` writes ``second`` right after ``first`` and white space (``\\s+``):
    where :func:`_words_rx` of words ending in the two can match at all (no word bounds looked at: an upper bound)."""
    found, at = 0, text.find(second)
    while at != -1 and found < enough:
        j = at
        while j > 0 and text[j - 1].isspace():
            j -= 1
        found += j < at and text.endswith(first, 0, j)
        at = text.find(second, at + 1)
    return found


@lru_cache(maxsize=4096)
def _words_rx(words: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words separated by white space (a leading "" asks for white space first); the word start tested after the
    first character (a look-behind over it), so that the regex engine finds that character fast, not every position."""
    first = "" if words[0] == "" else re.escape(words[0][:1]) + r"(?<!\w(?s:.))" + re.escape(words[0][1:])
    return compile_uncached(r"\s+".join((first, *(re.escape(w) for w in words[1:]))) + r"(?!\w)")


_CAP_NEXT = re.compile(r"\s*[" + UPPER + r"]")


def name_end(s: _Sent, i: int, run_end: int) -> int:
    """The end of the name in the run i..run_end: less its last words while the last opens the next clause
    (:func:`opens_phrase`) or a body's head (:func:`_opens_body`): from a run of three or more (from a run of two,
    not a time word before "nay"), never leaving a middle name last ("Nguyễn Văn Thành công bố" keeps "Thành").
    From a run of four or more, the document decides too: the run less its last word is a name it writes alone
    elsewhere, or it writes the last word and the next in lower case; unless it writes the whole run elsewhere as
    well. A run whose last two or three words a
    mistyped lower-case word completes into a name written elsewhere takes that word, unless the word opens a
    phrase of its own."""
    start_end = run_end
    while run_end - i >= 2 and key(s.toks[run_end - 2].text) not in _word_set("middle_names"):
        n, last = run_end - i, run_end - 1
        if n == 2:  # "Giám đốc Nha Thông tin …": no name is left
            run_end = last if opens_phrase(s, last, then=False) or _opens_given(s, i, last) else run_end
            break
        if opens_phrase(s, last) or _opens_body(s, last, run_end) or _opens_given(s, i, last) \
                or _level_subject(s, i, last):
            run_end = last
        elif n >= 4 and not name_elsewhere(s, i, run_end) and (
                opens_phrase(s, last, by_document=True) or name_elsewhere(s, i, last)):
            run_end = last
        else:
            break
    if run_end == start_end and any(run_end - n >= i and _completed_elsewhere(s, run_end - n, run_end)
                                    for n in (2, 3)):
        return run_end + 1  # "Bí thư Thành ủy X Võ Minh khang": the name's last two or three words
    return run_end


def _level_subject(s: _Sent, i: int, last: int) -> bool:
    """Token last is a level word and an auxiliary follows it ("… công viên A B Tỉnh đã huy động …": the province,
    the next clause's subject), and nothing anchors the run from token i as a person's: no honorific or title right
    before it ("ông Lê Quang Tỉnh đã …" keeps its last syllable)."""
    toks = s.toks
    if key(toks[last].text) not in _word_set("admin_levels") or last + 1 >= len(toks) or not s.adjacent(last + 1) \
            or not _lower_word(toks[last + 1]) or key(toks[last + 1].text) not in _auxiliaries():
        return False  # the cheap gate
    start = toks[i].start
    return not (i > 0 and key(toks[i - 1].text) in _word_set("honorifics")) and not any(
        b <= start and not s.text[b:start].strip() for _a, b in s.titles)


@cache
def _auxiliaries() -> frozenset[str]:
    """The auxiliaries of ``person_cues.tsv`` (``subject``: "đã", "sẽ", "đang")."""
    return lexicon.roles("person_cues").get("subject", frozenset())


def _opens_given(s: _Sent, i: int, last: int) -> bool:
    """Token last opens a phrase whose first word is a given name too ("Hồi chưa", "Hồi đó": ``phrase_openers``,
    ``given``), and the document writes the name before it without it elsewhere ("ông Khải Hồi chưa …" beside "ông
    Khải bán …"): the name ends before it; "ông Lê Văn Hồi chưa …" keeps its last syllable."""
    rests = _phrases("given").get(key(s.toks[last].text))
    return rests is not None and any(_follows(s, last, r) for r in rests) and name_elsewhere(s, i, last)


@cache
def _body_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """The bodies' heads of one word, and those of several."""
    keys = [e.key for e in lexicon.entries("bodies")]
    return frozenset(k for k in keys if " " not in k), tuple(k for k in keys if " " in k)


def _opens_body(s: _Sent, last: int, run_end: int) -> bool:
    """The run's last word, itself a body's head, opens a head of several words with the capitalised words after
    the run ("Tổng Bí thư Lê Văn A Ban Bí thư Trung ương đã họp": "Ban" is no part of the name)."""
    toks = s.toks
    single, several = _body_heads()
    if run_end >= len(toks) or not s.adjacent(run_end) or not toks[run_end].is_cap or key(toks[last].text) not in \
            single:
        return False
    rest = key(s.text[toks[last].start : s.sent.end])
    return any(rest == h or rest.startswith(h + " ") for h in several)


def _completed_elsewhere(s: _Sent, i: int, e: int) -> bool:
    """Token e is an adjacent lower-case word, and the document writes tokens i..e with it capitalised elsewhere."""
    toks = s.toks
    if e >= len(toks) or not s.adjacent(e) or not _lower_word(toks[e]) or key(toks[e].text) in _function_words():
        return False
    word = toks[e].text
    cap = word[0].upper() + word[1:]
    if cap not in s.text or not _spaced_pairs(s.text, toks[e - 1].text, cap, 1):
        return False  # a plain look first: the name's last word and the capitalised one, white space between
    if _words_rx(tuple(t.text for t in toks[i:e]) + (cap,)).search(s.text) is None:
        return False
    return not opens_phrase(s, e, by_document=True)  # "… Võ Minh Khang đồng thời …": a phrase of its own


def last_syllable(s: _Sent, i: int, j: int) -> bool:
    """Token j, a capitalised function word that would open the next clause ("Đang", "Tại") after the run of name
    words from token i, is the name's last syllable when a colon follows it, or a comma or a spaced dash and a post's
    title: a clause does not open so ("bà Lò Thị Hồng Đang, Phó bí thư Quận ủy", "ông Lê Ngọc Tại - Trưởng phòng"),
    nor with a bracket that opens with a capital after a full name's third syllable ("ĐB Lê Huy Được (Ba Vì)");
    or when the document writes the name with it elsewhere so (:func:`_whole_elsewhere`)."""
    if j + 1 >= len(s.toks) or not s.toks[j].is_cap:
        return False
    if re.match(r":", s.text[s.toks[j].end :]):
        return True  # "+ Ông Trần Văn Các: …": the speaker of an interview's answer (no clause opens with a colon)
    if j - i == 2 and _BRACKET_CAP.match(s.text, s.toks[j].end):
        return True  # "ĐB Hoàng Huy Được (Ba Vì)": a bracketed place after the name (no clause opens with one)
    m = re.match(r"\s*,\s*|\s+[-–]\s+", s.text[s.toks[j].end :])
    return m is not None and any(a == s.toks[j].end + m.end() for a, _b in s.titles) or _whole_elsewhere(s, i, j)


_NAME_CLOSED = re.compile(r"\s*[,;:)]|\s+[-–]\s")
_BRACKET_CAP = re.compile(rf"\s*\(\s*[{UPPER}]")


def _whole_elsewhere(s: _Sent, i: int, j: int) -> bool:
    """The last two or three name words before token j and j itself, a family name first, are a name the document
    writes elsewhere closed by punctuation ("ông Lê Ngọc Tại - Trưởng phòng …", "ông A Bằng Có, Giám đốc …"):
    that person's full name, not a name and the next clause ("Lê Ngọc Tại hiện là …")."""
    toks, text = s.toks, s.text
    if text.count(toks[j].text) < 2:
        return False  # written once: here
    for k in range(max(i, j - 3), j - 1):
        if key(toks[k].text) not in _word_set("surnames"):
            continue
        for m in _words_rx(tuple(t.text for t in toks[k : j + 1])).finditer(text):
            if m.start() != toks[k].start and _NAME_CLOSED.match(text, m.end()):
                return True
    return False


def abbreviation_tail(s: _Sent, j: int, run_start: int, lower_run: int) -> bool:
    """One lower-case word between a body's abbreviated field and another lower-case word is the next clause's first
    word, not the name's ("Bộ GTVT sớm có ý kiến", "Sở TN&MT vốn là …"): an abbreviation in capitals of two letters
    or more writes the whole field; a level word after it ("Phòng CSGT tỉnh,") is the body's unit and stays, and so
    does a word before "và" or "của" (a noun's: "Hội DN trẻ của tỉnh"; other closing words follow verbs too: "Bộ X
    giao cho …")."""
    toks = s.toks
    if lower_run != 1 or run_start < 1 or j >= len(toks) or not _lower_word(toks[j]) \
            or key(toks[j].text) in ("và", "của"):
        return False  # "Hiệp hội DN nhỏ và vừa", "Hội DN trẻ của tỉnh": a conjunction or closing word follows
    before = toks[run_start - 1]
    return _lower_word(toks[run_start]) and before.is_upper and len(before.text) > 1 and not _ROMAN.match(before.text) \
        and key(toks[run_start].text) not in lexicon.levels()


_ROMAN = re.compile(r"^[IVXLC]+$")

