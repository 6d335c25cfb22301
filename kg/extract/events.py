"""Event names: a head ("Hội nghị", "Lễ", "buổi làm việc") and its complement, only when the complement can be
shown to be a name. The grammar (word classes in ``kg/lexicon/event_words.tsv``):

    NAME        = HEAD COMPLEMENT
    COMPLEMENT  = OPENING PART*
    OPENING     = PURPOSE | KIND            "kỷ niệm …", "tổng kết …", "khoa học", "cấp cao"
                | ORDINAL | NUMBER          "lần thứ N", "thứ N", "khóa X", "năm 2017", "XII"
                | LINK NP                   "của …", "với …", "giữa …", "về …"
                | PROPER                    a capitalised word that does not open a clause; a quoted title
    PART        = PROPER | ORDINAL | LINK | a word of the noun phrase | "(" PROPER … ")"
                | "(" ORDINAL ")"           a bracketed term in lower case: "(khóa XX)"
                | "," (PURPOSE | KIND)       a second purpose, after a first: "tổng kết …, triển khai …"
                | "và" OPENING              a second purpose or name (not a second event: "… và Cuộc bầu cử …")
                | "và" PEOPLE …  NAME       a member that names people: "… và đoàn đại biểu X" (event_people.py)
                | "," WORD ("," | "và" | END) a list inside the phrase: "quận, huyện và …"
                | PROPER "-" PROPER         a compound name: "Việt Nam - Lào"
                | ABBREVIATION "." PROPER   an abbreviation point (class ``point``): "TP. Hà Nội", "Q. 1"
                | "," PARTY                 a list of parties after "với", "giữa", "của" or of titles: "với A, B
                                            và C" (``kg/extract/event_lists.py``), "và" a second topic: "về X và Y"
                | "cùng" PARTY              a party more after a party link: "với A cùng UBND xã B"
                | "," AWARD                 a list of awards: "trao tặng Huy hiệu X, Huân chương Y và …"
                | "," ANNIVERSARY           a second anniversary of "kỷ niệm N năm …": "…, 10 năm thành lập …"

The complement ends at a clause boundary, before: a verb, adverb, pronoun or function word (class ``boundary``), a
time adverbial (``time``: "năm nay", "mới đây", "sáng 23.6"), a capitalised clause opener (``opener``: "Theo", "Dù")
or capitalised verb, a comma or "và" not followed by an opening or followed by another event head, sentence
punctuation, a spaced dash before a capital, an unmatched closing quote or bracket. After an ordinal, a year, a
label number ("Trung ương 9"), a bracket or a named place or person only a name, an ordinal, a link, a kind, level
or determiner word or a second opening may follow ("… khóa X xác định …" ends after "khóa X", "… Đồ Sơn trở về …"
after "Đồ Sơn"); a determiner there only before a name, a kind or a level word ("kỳ họp thứ ba | các dự án luật").
The month of a periodic meeting (``periodic`` in the lexicon) goes on its name ("phiên họp thường kỳ tháng 3/2031");
a spaced dash before an hour ends the name ("Lễ X - 5h …"). Words of two syllables in the lexicon are read whole
("giao thông" is no "giao"); so is a word of a known place or person ("quận Nam Từ Liêm": "Từ" opens no clause
there). A number after a level word numbers a unit ("quận 2"); before a unit noun (class ``measure``) it is a
quantity ("Huy hiệu 30 năm tuổi Đảng"); a range of years is read whole ("giai đoạn 2017 - 2021"). A document after a
purpose that needs an object is its object ("Lễ công bố quyết định"). Also ending the name: a capitalised post title
that is the subject of a verb of saying or directing (class ``agent``, ``person_cues.tsv``: "cuộc họp Phó Thủ tướng
| giao …"), a predicate purpose after a word of the name ("Lễ hội Đền X | khai hội"), a spaced dash or a comma
before a numeral, a determiner or a boundary word (an apposition: "… – một trong những …").

What the boundary cuts from its noun is dropped: a trailing link, joiner or determiner, a count ("với 400 | …";
a year is none: "… hè 2031 | và …"), and a purpose that needs an object (``object`` in the lexicon) when it
follows only kind or purpose words ("Hội nghị công bố | đã …").

No name — the mention is then a head-only *reference*, never a node named by a fragment — when the first word
is none of the openings ("Đại hội nêu rõ", "Lễ hội vẫn …"), when a demonstrative comes before the boundary
("Lễ … này", "Kỳ họp … lần này": a reference back), when the complement opens with numbers up to a day and month
(the days of the event: "Hội thảo 12 và 13-9"), when a head in lower case follows a copula ("Đây là một lễ hội …",
``kg/extract/mentions/events.py``), when nothing is left after the drops, or when the complement runs past
``MAX_WORDS`` words (``LIST_WORDS`` more with a list of parties: a list whose end cannot be found leaves a reference,
not a fragment). A complement of one word is a name only when it is a Roman ordinal, an acronym or a known place
(``one_word_name``). Tokens, word classes: ``kg/extract/event_tokens.py``; whether a word ends the name, is read
whole, goes on as a capitalised name or a list of fields ("công tác A, B và C"): ``kg/extract/event_bounds.py``.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import event_bounds as bounds
from kg.extract import event_sides, lexicon
from kg.extract.event_adjuncts import _DAY_MONTH, _dates, adjunct, appended, dated
from kg.extract.event_bounds import _ends, _np, _proper, _subject, _whole
from kg.extract.event_gloss import head_alias, place_gloss
from kg.extract.event_length import name_words
from kg.extract.event_lists import coordinate, party_comma, party_noun_in_list, party_with, session_body, topic_list
from kg.extract.event_members import named_member, placed_member, to_the_end
from kg.extract.event_open import open_end
from kg.extract.event_party_this import closes_party
from kg.extract.event_people import people_member
from kg.extract.event_place_list import named_list_comma
from kg.extract.event_recipients import recipients
from kg.extract.event_ring_road import ring_side
from kg.extract.event_tokens import Toks, is_number, is_year, level, ordinal, tokens
from kg.extract.event_verbs import after_name
from kg.extract.normalise import key

MAX_WORDS = 30
LIST_WORDS = 12  # more words for a name that lists parties ("Lễ ký … giữa A, B và C về …") or recipients

_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "‘": "’", "'": "'"}


@cache
def _heads() -> re.Pattern[str]:
    forms = sorted({e.vi for e in lexicon.entries("events")} | {"cuộc", "buổi"}, key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)


def _opening(t: Toks, i: int) -> int:
    """Tokens of an opening at ``i`` (see the grammar); 0 when the words there open no name."""
    for cls in ("purpose", "kind", "aim"):  # "aim" ("để nghe …", meeting_aims.tsv): an opening only
        n = t.match(i, cls)
        if n:
            return n if t.match(i, "boundary") <= n else 0  # the longer word wins: "bàn thảo" is no "bàn"
    n = ordinal(t, i)
    if n:
        return n
    if is_number(t.word(i)):
        return 1
    n = t.match(i, "link")
    if n and _np(t, i + n) and t.match(i, "boundary") <= n:  # "với sự tham gia …" is a clause
        return n
    if t.word(i) in _OPEN_QUOTES or _proper(t, i):
        return 1
    return _body(t, i)


@cache
def _body_heads() -> frozenset[str]:
    """Body heads of two words or more (lexicon ``bodies``), which open a name even in lower case."""
    return frozenset(k for k in lexicon.words("bodies") if " " in k)


def _body(t: Toks, i: int) -> int:
    """Tokens of a body head at ``i`` ("thành ủy", "ban thường vụ": "Hội nghị thành ủy … mở rộng"), or 0."""
    for n in (4, 3, 2):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalnum() for w in span) and key(" ".join(span)) in _body_heads():
            return n
    return 0


def _bracket(t: Toks, i: int) -> int:
    """Tokens of a quoted or bracketed part at ``i`` (it must open with a capital or a number and close), or 0."""
    close = _OPEN_QUOTES.get(t.word(i), ")" if t.word(i) == "(" else "")
    if not close:
        return 0
    first = "" if dated(t, i) else t.word(i + 1)  # "(6/2031)": the time of the event
    term = close == ")" and _term(t, i + 1) and t.word(i + 1 + ordinal(t, i + 1)) == ")"  # "(khóa XX)"
    if close == ")" and not term and (not (first[:1].isupper() or is_number(first)) or t.match(i + 1, "opener")):
        return 0  # "(diễn ra …)" is a clause, "(Ảnh: …)" a caption
    for j in range(i + 1, min(len(t.words), i + 2 + MAX_WORDS)):
        if t.words[j] == close or (close == "”" and t.words[j] == '"'):  # “…" closed by a straight quote
            return j - i + 1
    return 0


def _joined(t: Toks, i: int) -> int:
    """Tokens of a "," or "và" at ``i`` that joins a second part of the name; 0 when it ends the name.

    "," joins a second purpose or kind ("tổng kết …, triển khai …") or a list member ("quận, huyện và …"); "và" joins a
    purpose, a kind, a name, a number or a determiner ("và các …"), or anything but a verb after "giữa"."""
    w, nxt = t.word(i), t.word(i + 1)
    if w != "," and key(w) not in ("và", "cùng"):
        return 0  # only a comma, "và" or "cùng" joins: every branch below gives 0 for another word (tested first)
    if _heads().match(t.text, t.ends[i]) or event_sides.sibling(t, i) or appended(t, i):
        return 0  # "Đại hội …, bầu cử …", "Đại hội … và Cuộc bầu cử …", "… và Liên hoan …": two events
    purpose = t.match(i + 1, "purpose")
    j = i + 1 + purpose
    if t.match(i + 1, "object") and t.word(j)[:1].isalnum() and (_ends(t, j) or t.match(j, "boundary")):
        return 0  # a purpose without its object: "…, triển khai quyết định …" is a clause
    if w == ",":
        listed = named_list_comma(t, i)  # awards or places: "Huy hiệu X, Huân chương Y", "thôn A, xã B"
        if (party_comma(t, i) or coordinate(t, i) or session_body(t, i) or _term(t, i + 1) or listed
                or bounds.anniversaries(t, i)):
            return max(1, listed)  # a list of parties: "với A, B và C" (event_lists.py), a second anniversary
        kind = 0 if purpose else t.match(i + 1, "kind")
        if nxt[:1].islower() and (purpose or kind > 1) and _opened(t, i, kind) and not t.match(i + 1 + kind, "copula"):
            return 1  # a second one after a first ("Đại hội … lần thứ XX, | xây dựng …" is a clause); a one-syllable
        #           kind (", báo chí"), a capital (", Bộ trưởng …") or a subject of a copula (", đại biểu là …")
        #           opens the next clause
        n = _member(t, i + 1)
        return 1 + n if n else 0
    if key(w) == "cùng":
        return party_with(t, i)  # "với A cùng UBND xã B": a party more
    if key(w) == "và" and party_noun_in_list(t, i + 1):
        return 1  # "với A và lãnh đạo các sở"
    if key(w) != "và" or not nxt[:1].isalnum() or _ends(t, i + 1) or bounds.others(t, i + 1):
        return 0
    doc = t.match(i + 1 + t.match(i + 1, "determiner"), "document")
    if doc and not any(t.match(k, "document") for k in range(i)):
        return 0  # "Đại hội … và các nghị quyết": a document beside the event, unless the name lists documents
    if (purpose or t.match(i + 1, "kind") or t.match(i + 1, "determiner") or _proper(t, i + 1)
            or ((is_number(nxt) or ordinal(t, i + 1)) and is_number(t.word(i - 1))) or bounds.anniversaries(t, i)):
        return 1  # a number only after a number: "khóa 13 và 14", not "Đại hội … và năm 2016"
    if t.word(i - 2) == "," or "giữa" in (key(x) for x in t.words[:i]) or topic_list(t, i) or bounds.last_party(t, i) \
            or coordinate(t, i):
        return 1  # a list's end ("A, B và C"), the second party ("giữa A và B"), topic ("về X và Y"), coordinate
    n = (_member(t, i + 1, after_va=True) or bounds.party_before_time(t, i + 1)) if t.word(i - 1)[:1].islower() \
        else placed_member(t, i + 1)  # after a place word in capitals too: "các KCN và chế xuất Quy Hòa"
    n = n or people_member(t, i + 1)  # "… và đoàn đại biểu Beta | đã …" (kg/extract/event_people.py)
    return 1 + n if n else 0  # two nouns: "Hội nghị tổng kết và khen thưởng."


def _opened(t: Toks, i: int, kind: int = 1) -> bool:
    """Whether a purpose, an aim ("để rà soát …"), a lower-case kind word or a topic link ("về X, Y …") is before i."""
    bare = not kind and any(t.match(i - m, "kind") == m for m in (1, 2, 3))  # "Lễ hội truyền thống, | quán triệt"
    return any(t.match(k, "purpose") or (not bare and t.match(k, "kind") and t.words[k][:1].islower())
               or t.match(k, "topic-link") or t.match(k, "aim") for k in range(i))  # "Đảng bộ": a body


_LIST_END = ("", ",", "và", ".", ";", ":", "!", "?", "…", ")")


def _term(t: Toks, j: int) -> bool:
    """Whether an ordinal word and its number at ``j`` (after a comma) number the event again: ", khóa XX", ",
    nhiệm kỳ 2030 - 2035"; a year only after "lần thứ N": ``bounds.edition``, else ", năm 2030, …" opens a clause)."""
    return bool(ordinal(t, j)) and t.match(j, "ordinal") > 0 and (not t.match(j, "measure") or bounds.edition(t, j))


def _member(t: Toks, j: int, after_va: bool = False) -> int:
    """Tokens of a lower-case list member at ``j`` that the list's end follows (a comma, "và", punctuation; after a
    word of one syllable or a word read whole, also a boundary): ", bồi thường cho …"; 0 when none (", một trong
    những …" is an apposition, ", các đại biểu …" a clause). Two syllables not read whole only inside a list
    already begun (", ngành, địa phương và …"; not "Lễ khởi công, máy móc …") or after "và" ("khu công nghiệp và
    chế xuất"); after "và" a comma ends the list only before what ends the name ("và nhiệm vụ, giải pháp …" no)."""
    if (not t.word(j)[:1].islower() or _ends(t, j) or t.match(j, "determiner") or t.match(j, "link")
            or t.match(j, "numeral") or key(t.word(j)) == "và"):
        return 0
    whole = max(1, _whole(t, j))
    two = t.words[j : j + 2]
    if t.word(j + whole) in _LIST_END or _ends(t, j + whole):
        n = whole
    elif (whole == 1 and len(two) == 2 and two[1][:1].islower() and not _ends(t, j + 1)
            and t.word(j + 2) in _LIST_END
            and (after_va or "," in t.words[: j - 1] or topic_list(t, j - 1) or bounds.field_list(t, j - 1))):
        n = 2  # a noun of two syllables
    elif (after_va or "," in t.words[: j - 1]) and named_member(t, j):
        n = named_member(t, j)  # "…, đường hoa Lê Văn Tám, đường đèn …"
    elif after_va and placed_member(t, j):
        n = placed_member(t, j)  # "khu công nghiệp và chế xuất Quy Hòa" (kg/extract/event_members.py)
    elif after_va and bounds.before_ordinal(t, j):
        n = bounds.before_ordinal(t, j)  # "Hội nghị Thủ tướng và doanh nghiệp lần thứ 2"
    elif after_va and to_the_end(t, j):
        return to_the_end(t, j)  # the last member, up to the sentence's end: "… và thuyền độc mộc."
    else:
        return 0
    if t.match(j + n, "copula"):
        return 0  # the subject of a copula opens the next clause: ", đại biểu là …"
    nxt = t.word(j + n + 1)
    if after_va and t.word(j + n) == "," and nxt[:1].islower() and not (t.match(j + n + 1, "determiner")
                                                                      or _ends(t, j + n + 1)):
        return 0
    return n


def complement_end(text: str, start: int, limit: int, units: frozenset[int] = frozenset(),
                   inner: frozenset[int] = frozenset()) -> int | None:
    """Where the complement that starts at ``start`` ends; None when it cannot be shown to be a name. ``units``:
    where the names of places and persons found in the text end (after one, as after an ordinal or a bracket, only a
    name, a link, an ordinal, a kind or level word or a second opening goes on: "… Đồ Sơn trở về …"); ``inner``:
    the offsets inside them (a clause opener there is part of the name)."""
    t = tokens(text, start, limit, units, inner)
    if not t.words or _DAY_MONTH.fullmatch(t.words[0]) or bounds.head_again(text, start, limit, _heads()):
        return None  # "lễ 30-4": a holiday; "Đại hội | Đại hội đã …": a caption run into its sentence
    if _dates(t):
        return None  # "ngày Hội thảo 12 và 13-9": the days of an event, not its name
    i = 0 if _subject(t, 0) else _opening(t, 0)
    if not i:
        return None
    closed = bool(ordinal(t, 0)) or is_number(t.word(0)) or t.ends[i - 1] in units
    if t.words[0] in _OPEN_QUOTES:
        i = _bracket(t, 0)
        if not i:
            return None
    parts = [(0, i)]  # (first token, tokens) of each part read
    listed = False  # a list of parties read
    sealed = len(t.words)  # after the body of a session and its ordinal only a term or a bracket goes on
    while i < len(t.words):
        if t.match(i, "demonstrative"):  # "Lễ … này": a reference back, not a name; "… với chủ cơ sở này": a party's
            return _last(t, parts + [(i, 1)]) if closes_party(t, i, parts) else None
        n = _part(t, i, closed)
        if not n or (i >= sealed and not (ordinal(t, i) or t.words[i] == "(" or _term(t, i + 1))):
            break
        if t.words[i] == ",":
            sealed = min(sealed, session_body(t, i) or sealed)
        closed = (bool(ordinal(t, i) or bounds.period(t, i)) or _label_number(t, i) or t.ends[i + n - 1] in units
                  or t.words[i] == "(")
        parts.append((i, n))
        i += n
        listed = listed or (t.words[i - n] == "," and n == 1 and bool(party_comma(t, i - n))) \
            or bool(recipients(t, i - n))  # a list of parties or the recipients of a conferral: a longer name
        if name_words(t.words, i) > MAX_WORDS + (LIST_WORDS if listed else 0):
            return None
    more = open_end(t, i)  # a relative clause or a list goes on past the stop (event_open.py)
    return None if more is None else _last(t, parts + ([(i, more)] if more else []))


def one_word_name(word: str, unit: bool = False) -> bool:
    """Whether a complement of one word names the event: a Roman ordinal ("Đại hội VI"), an acronym ("Hội nghị
    APEC") or a known place ("Lễ hội Lim", ``unit``); a lower-case word makes a kind ("Lễ cúng"), an Arabic number
    a date or a count ("lễ 30-4", "cuộc họp 3 | bên"), not a name."""
    return (word.isupper() and word.isalpha()) or (unit and word[:1].isupper())


def _last(t: Toks, parts: list[tuple[int, int]]) -> int | None:
    """The end of the name: trailing joiners and links dropped, and a purpose that needs an object but was cut
    before it ("Hội nghị công bố | đã …") with them; None when nothing is left."""
    def joiner(p: tuple[int, int]) -> bool:
        return ((t.words[p[0]] in (",", "-", "–", ":", ".") or key(t.words[p[0]]) == "và") and p[1] == 1) \
            or key(" ".join(t.words[p[0] : p[0] + p[1]])) in ("cùng", "cùng với")

    def dangling(p: tuple[int, int]) -> bool:  # a link, a determiner, an ordinal word without its number
        return joiner(p) or t.match(p[0], "link") == p[1] or t.match(p[0], "determiner") == p[1] \
            or bounds.bare_ordinal(t, p)
    while parts and dangling(parts[-1]):
        parts.pop()
    if not parts:
        return None
    cut = t.word(sum(parts[-1]))[:1].isalnum()  # the name stopped before a word, not at punctuation
    last = parts[-1][0] if parts else 0
    listed = key(t.word(last - 1)) == "và" and is_number(t.word(last - 2))  # "khóa 7 và 8"
    year = is_year(t.words[last]) and (t.word(last - 1)[:1].isalnum() or t.word(last - 1) == ")") \
        and not t.match(last - 1, "link")
    if cut and len(parts) > 1 and is_number(t.words[last]) and parts[-1][1] == 1 \
            and not _label_number(t, last) and not listed and not year:
        parts.pop()  # a count cut from its noun: "… với 400 | doanh nghiệp" (a year is none: "… hè 2031 | và …")
    if len(parts) > 2 and t.match(parts[-1][0], "theme") == parts[-1][1] and t.match(parts[-2][0], "link"):
        del parts[-2:]  # a theme without its title: "… với chủ đề | ông …"
    del parts[len(parts) - bounds.matter_cut(t, parts) :]  # "… về việc phân công | ông …"
    if parts and (cut or len(parts) == 1) and t.match(parts[-1][0], "object") == parts[-1][1] and all(
            joiner(p) or max(t.match(p[0], "kind"), t.match(p[0], "purpose")) == p[1] for p in parts[:-1]):
        parts.pop()  # a purpose cut from its object, after an opening only: "Hội nghị công bố | đã …", "Lễ kỷ niệm."
    while parts and dangling(parts[-1]):
        parts.pop()
    if not parts:
        return None
    first, n = parts[-1]
    return t.ends[first + n - 1]


def _point(t: Toks, i: int) -> bool:
    """Whether the "." at ``i`` closes an abbreviation of a level word (class ``point``: "TP.", "Q.") written right
    before it, with a name or a number after it."""
    prev, nxt = t.word(i - 1) if i > 0 else "", t.word(i + 1)
    return (prev[:1].isupper() and t.match(i - 1, "point") == 1 and t.ends[i] - 1 == t.ends[i - 1]
            and not t.match(i + 1, "opener") and (_proper(t, i + 1) or is_number(nxt)))


def _label_number(t: Toks, i: int) -> bool:
    """A number that numbers a name ("Trung ương 9", "APEC 2017") or a unit of a level ("quận 2"), not a quantity
    ("kỷ niệm 50 năm", "30 hài cốt")."""
    prev = t.word(i - 1) if i > 0 else ""
    if prev == "." and is_number(t.words[i]):
        return _point(t, i - 1)  # "Q. 1"
    if not is_number(t.words[i]) or not prev[:1].isalnum() or key(prev) == "và" or t.match(i - 1, "link"):
        return False
    if t.match(i + 1, "measure") and t.match(i + 1, "time") < 2 and not is_number(t.word(i + 2)):
        return False  # a quantity: "Huy hiệu 30 năm tuổi Đảng" (not "APEC 2017 năm nay", "… 5 ngày 10/5")
    levels = lexicon.words("admin_levels")
    if t.word(i - 1)[:1].isupper() or any(i >= n and key(" ".join(t.words[i - n : i])) in levels for n in (1, 2)):
        return True  # "Trung ương 9", "quận 2", "thành phố 3"
    return i >= 2 and t.words[i - 2][:1].isupper() and t.match(i - 2, "purpose") != 2


def _determined(t: Toks, i: int) -> bool:
    """A determiner at ``i`` before a name, a kind or a level word ("… lần thứ 5 các Bộ trưởng …"); before any other
    lower-case noun it opens the object of the clause ("trình tại kỳ họp thứ ba | các dự án luật")."""
    n = t.match(i, "determiner")
    return bool(n) and (t.word(i + n)[:1].isupper() or bool(t.match(i + n, "kind")) or level(t, i + n))


def _part(t: Toks, i: int, closed: bool) -> int:
    """Tokens of the next part of the name at ``i`` (see the grammar); 0 at a clause boundary."""
    w = t.word(i)
    if place_gloss(t, i) or head_alias(t, i):
        return 0  # "Lễ hội X (Beta, Gamma)": a place gloss; "… (Đại hội)": the head as an alias (event_gloss.py)
    n = _bracket(t, i) or _joined(t, i) or ordinal(t, i) or bounds.period(t, i) or adjunct(t, i, closed) \
        or recipients(t, i) or ring_side(t, i, MAX_WORDS)
    if n:
        return n
    if w in "-–" and t.word(i + 1)[:1].isalnum():
        spaced = i > 0 and t.ends[i] - len(w) > t.ends[i - 1]
        nxt = t.word(i + 1)
        if spaced and (t.match(i + 1, "numeral") or t.match(i + 1, "determiner") or _ends(t, i + 1)
                       or (nxt[:1].islower() and _heads().match(t.text, t.ends[i]))
                       or (nxt[:1].isdigit() and not is_number(nxt)) or bounds.lower_apposition(t, i)):
            return 0  # an apposition: "Lễ hội X – một trong những …", "– nơi …", "Hội nghị X - hội nghị …", "Quốc
            #           hội - cơ quan …" (``lower_apposition``); an
            #           hour ("Lễ X - 5h ngày …": the next item of a programme)
        if spaced and t.word(i + 1)[:1].isupper():  # "Việt Nam - Lào", "Văn hóa – Ngoại giao" go on, "… - Ảnh" not
            named = t.word(i - 1)[:1].isupper() or (i >= 2 and t.word(i - 2)[:1].isupper())
            return 1 if named and _proper(t, i + 1) else 0
        return 1
    if w == "&" and t.word(i - 1)[:1].isalnum() and _proper(t, i + 1):
        return 1  # "Hoa hồng X & Bạn bè": a name of two parts
    if w == "." and _point(t, i):
        return 1  # "TP. Hà Nội", "Q. 1": an abbreviation point inside the name
    if w == ":" and t.word(i + 1) in _OPEN_QUOTES and any(i >= n and t.match(i - n, "theme") == n for n in (1, 2)):
        return 1  # "với chủ đề: “…”"
    if not w[:1].isalnum() or key(w) == "và" or _ends(t, i) or _subject(t, i) or after_name(t, i):
        return 0
    if (t.match(i, "predicate") and t.word(i - 1)[:1].isalnum() and key(t.word(i - 1)) != "và"
            and not any(i >= k and t.match(i - k, "purpose") == k for k in (1, 2, 3))):
        return 0  # the clause's verb: "Lễ hội Đền X khai hội" (not "… và bế mạc", "Lễ cắt băng khai mạc …")
    n = t.match(i, "link")
    if n and closed and bounds.person_owner(t, i):
        return 0  # after "lần thứ 23" a person owns the noun before the event: "… của Thủ tướng"
    if n:
        return n if _np(t, i + n) else 0
    if closed and w[:1].islower() and not ((t.match(i, "kind") and not bounds.after_term(t, i)) or _determined(t, i)
                                            or level(t, i) or bounds.anniversary(t, i)):
        return 0  # after "khóa X", "năm 2017", a unit: a name, an ordinal, a link, an opening (no kind after "(khóa)")
    n = _whole(t, i)
    return n if n > 1 else 1  # a word of two syllables is read whole: "thành lập", not "thành" then "lập"
