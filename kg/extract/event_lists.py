"""Lists of parties inside an event name: "Buổi làm việc với A, B và C", "Cuộc họp giữa A, B, C và D", "Lễ trao
tặng Huân chương của A, B". A comma after a party goes on with the list when the list follows a party link (class
``party-link``: "với", "giữa", "của"), the member before the comma is a name or a party noun, and what follows is
a conjunct of the same class: a body (a capitalised body head of lexicon ``bodies``, or an abbreviation in
capitals) or a party noun (class ``party``: "lãnh đạo", "đại diện", "thủ trưởng") before a capital or a
determiner — not a document ("Đại hội … của Đảng, Chỉ thị …") nor a person's title ("… của Bộ X, Trung tướng …").
A post title goes on only a list of titles ("giao ban Chủ tịch, Phó Chủ tịch …", "với Giám đốc, Thủ trưởng …").
A conjunct that is the subject of the next clause ends the list: a title with its holder's name (a name found in
the text, ``units``) or words before a verb of saying or directing (", Ban tổ chức cho biết", ", lãnh đạo A và B
cho biết"). A comma between two awards goes on ("Lễ trao tặng Huy hiệu X, Huân chương Y và …", ``award_comma``).
A second topic after a topic link goes on after "và" ("về X và Y", ``topic_list``); a party after "cùng"
too ("với A cùng UBND xã B", ``party_with``). After "và" a party noun goes on as the second party "giữa" needs,
whatever follows it ("giữa các hộ dân và đại diện chủ đầu tư", ``second_party``), and in a list of parties a level
word before a capital names one more unit ("… và thành phố Quy Hòa"). The grammar
itself (``kg/extract/events.py``) reads each member's words and ends the name at a verb."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_tokens import Toks, classes, groups, is_year, ordinal
from kg.extract.normalise import key

_MEMBER_WORDS = 12  # words of a conjunct looked at for its end


def _title(t: Toks, i: int) -> int:
    """Tokens of a post title at ``i`` (lexicon ``posts``, up to four words), or 0."""
    titles = lexicon.by_key("posts")
    for n in (4, 3, 2, 1):
        span = t.words[i : i + n]
        if len(span) == n and all(w[:1].isalpha() for w in span) and key(" ".join(span)) in titles:
            return n
    return 0


def party_noun(t: Toks, i: int) -> bool:
    """A party noun ("lãnh đạo", "đại diện") before a capital or a determiner: "và lãnh đạo các sở"."""
    n = t.match(i, "party")
    after = t.word(i + n)
    return bool(n) and (after[:1].isupper() or bool(t.match(i + n, "determiner")))


@cache
def _bodies() -> frozenset[str]:
    return frozenset(lexicon.words("bodies"))


def _body(t: Toks, j: int) -> bool:
    """A body at ``j``: a capitalised body head of the lexicon (``bodies``: "Sở", "Ban Chỉ đạo", "Nhà nước") or
    an abbreviation in capitals ("UBND", "CATP")."""
    w = t.word(j)
    if len(w) > 1 and w.isupper() and w.isalpha():
        return True
    spans = (" ".join(t.words[j : j + n]) for n in (4, 3, 2, 1) if len(t.words) >= j + n)
    return w[:1].isupper() and any(key(x) in _bodies() for x in spans)


def _lower_body(t: Toks, j: int) -> bool:
    """A body head of the lexicon (``bodies``) written in lower case at ``j`` and a capital after it ("phòng Tài chính
    …", "sở Xây dựng …")."""
    if not t.word(j)[:1].islower():
        return False
    return any(all(w.isalpha() for w in t.words[j : j + n]) and key(" ".join(t.words[j : j + n])) in _bodies()
               and t.word(j + n)[:1].isupper() for n in (3, 2, 1))


def _party(t: Toks, j: int) -> bool:
    """A conjunct of a list of parties at ``j``: a body or a party noun (not a document, not a person's title)."""
    return (_body(t, j) and not t.match(j, "opener")) or party_noun(t, j)


@cache
def _verbs() -> frozenset[str]:
    return lexicon.roles("person_cues").get("speech", frozenset()) | classes().get("agent", frozenset())


def _subject(t: Toks, j: int) -> bool:
    """Whether the conjunct at ``j`` is the subject of the next clause: a title with a name found in the text
    among its words ("…, Bí thư Tỉnh ủy Nguyễn Văn A …"; a place counts too: the list then stops where it did
    before), or words before a verb of saying or directing in lower case (", Ban tổ chức cho biết …")."""
    title = _title(t, j)
    shut = _bracketed(t, j)
    for k in range(j, min(len(t.words), j + _MEMBER_WORDS + len(shut))):
        w = t.words[k]
        if k in shut:
            continue  # a bracketed short form inside the conjunct: ", đại diện Sở X (SX) cho biết …"
        if w == "," or (key(w) != "và" and not w[:1].isalnum()):
            break
        if title and k >= j + title and w[:1].isupper() and t.ends[k] in t.units:
            return True
        if w[:1].islower() and any(key(" ".join(t.words[k : k + m])) in _verbs() for m in (3, 2, 1)):
            return True
    return False


def _bracketed(t: Toks, j: int) -> frozenset[int]:
    """The tokens from ``j`` on (within twice ``_MEMBER_WORDS``) inside a bracket that opens after a word and closes
    before a comma: "(", its words and ")"."""
    out: set[int] = set()
    end = min(len(t.words), j + 2 * _MEMBER_WORDS)
    for k in range(j + 1, end):
        if t.words[k] == "(" and t.words[k - 1][:1].isalnum():
            close = next((m for m in range(k + 1, end) if t.words[m] in (")", ",")), 0)
            if close and t.words[close] == ")":
                out.update(range(k, close + 1))
    return frozenset(out)


def _member_start(t: Toks, i: int) -> int:
    """The first token of the list member that ends before ``i``: after the last comma, "và", "cùng" or party
    link."""
    j = i
    while j > 0 and t.words[j - 1] != "," and key(t.words[j - 1]) not in ("và", "cùng") \
            and not t.match(j - 1, "party-link"):
        j -= 1
    return j


def in_party_list(t: Toks, i: int) -> bool:
    """Whether a party link comes before ``i`` in the name ("với …", "giữa …", "của …")."""
    return any(t.match(k, "party-link") for k in range(i))


def party_noun_in_list(t: Toks, i: int) -> bool:
    """A party noun right after "và", a comma or a party link of a list of parties: "với A và lãnh đạo các sở"."""
    prev = t.word(i - 1) if i > 0 else ""
    if key(prev) == "và" and t.match(i, "party") and second_party(t, i - 1):
        return True  # "giữa các hộ dân và đại diện chủ đầu tư": the second party "giữa" needs, whatever follows
    if key(prev) == "và" and t.word(i)[:1].islower() and _unit(t, i) and in_party_list(t, i):
        return True  # "với các sở, …, các đơn vị và chính quyền một số huyện và thành phố Quy Nhơn"
    return party_noun(t, i) and (prev == "," or key(prev) == "và" or bool(t.match(i - 1, "party-link"))) \
        and in_party_list(t, i)


def _unit(t: Toks, i: int) -> bool:
    """A level word at ``i`` and a capital right after it: a unit named ("thành phố Quy Nhơn", "huyện Tân Lập")."""
    levels = lexicon.words("admin_levels")
    return any(key(" ".join(t.words[i : i + n])) in levels and t.word(i + n)[:1].isupper() for n in (2, 1))


def second_party(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` is the first "và" after "giữa" in the name: what follows is the second party."""
    for k in range(i - 1, -1, -1):
        if key(t.words[k]) == "và":
            return False
        if key(t.words[k]) == "giữa":
            return k < i - 1
    return False


def party_with(t: Toks, i: int) -> int:
    """Tokens of a "cùng" or "cùng với" at ``i`` that adds a party to a list of parties after a party link ("với A
    cùng UBND xã B", "với A cùng các sở, ngành"): a body or a party noun follows, or a determiner before a
    coordinate word, or after "giữa" a noun for people (class ``people``: the second party "giữa" needs, "giữa A cùng
    đoàn công tác của Bộ B"); not the subject of the next clause; 0 when none ("Lễ X cùng các nghi thức …")."""
    if key(t.word(i)) != "cùng" or not in_party_list(t, i):
        return 0
    n = 2 if key(t.word(i + 1)) == "với" else 1
    j = i + n
    det = t.match(j, "determiner")
    coord = det and any(_group(t.words[j + det : j + det + k]) for k in (2, 1))
    second = t.match(j, "people") and "giữa" in (key(w) for w in t.words[:i])  # "giữa A cùng đoàn công tác …"
    return n if (_party(t, j) or coord or second) and not _subject(t, j) else 0


def topic_list(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` joins a second topic after a topic link (class ``topic-link``: "về X và Y"): the
    words before it since the link are in lower case (a list with commas or dashes too: "về công tác A, B và C",
    "về tình hình kinh tế - xã hội và …"), or the topic opens in lower case and names a body or a place after it
    ("về công tác Đoàn và phong trào …"), and a lower-case word follows the "và". A year in the first topic ("về X
    năm 2030 và …") only when the second reaches a year too (``_dated_topic``)."""
    named = dated = False
    for k in range(i - 1, -1, -1):
        if t.match(k, "topic-link"):
            return k < i - 1 and (not named or (t.words[k + 1][:1].islower() and t.word(i + 1)[:1].islower())) \
                and (not dated or _dated_topic(t, i + 1))
        named = named or t.words[k][:1].isupper()
        dated = dated or is_year(t.words[k])
        if not (t.words[k][:1].isalpha() or t.words[k] in (",", "-", "–") or is_year(t.words[k])):
            return False
    return False


def _dated_topic(t: Toks, j: int) -> bool:
    """Whether lower-case words from ``j`` reach a year before the end of the clause: the second topic of "về X
    năm 2030 và Y năm 2031" (the year each topic is of, round events43b)."""
    if not t.word(j)[:1].islower():
        return False
    for k in range(j, min(len(t.words), j + _MEMBER_WORDS)):
        if is_year(t.words[k]):
            return True
        if not t.words[k][:1].isalpha() or t.match(k, "boundary") > _whole_word(t, k):
            return False
    return False


def _whole_word(t: Toks, k: int) -> int:
    """Tokens of a word read whole at ``k`` (classes kind, purpose, word, theme)."""
    return max(t.match(k, c) for c in ("kind", "purpose", "word", "theme"))


def _group(words: list[str]) -> frozenset[str]:
    """The coordinate groups of ``words`` when they form one word of class ``coordinate``, else none."""
    k = key(" ".join(words))
    return groups().get(k, frozenset()) if words and all(w[:1].isalpha() for w in words) else frozenset()


def coordinate(t: Toks, i: int) -> bool:
    """Whether the "," or "và" at ``i`` joins two words of one group of coordinate words (class ``coordinate``: "các
    sở, ngành", "kinh tế, xã hội", "tập thể và cá nhân"): a list inside the name, not the end of it. The longest word
    (four to one syllables: "gian lận thương mại") is read on each side; a determiner may open both ("các chuyên
    gia, các nhà …")."""
    if t.word(i) != "," and key(t.word(i)) != "và":
        return False
    n_before = next((n for n in (4, 3, 2, 1) if i >= n and _group(t.words[i - n : i])), 0)
    before = _group(t.words[i - n_before : i]) if n_before else frozenset()
    j = i + 1
    if t.match(j, "determiner") and i > n_before and t.match(i - n_before - 1, "determiner"):
        j += 1  # a determiner on both members: "các chuyên gia, các nhà khoa học"
    after = next((g for n in (4, 3, 2, 1) if (g := _group(t.words[j : j + n]))), frozenset())
    return bool(before & after)


def session_body(t: Toks, i: int) -> int:
    """Where the ordinal of the body ends when the "," at ``i`` right after an ordinal opens the body the numbered
    event belongs to, written to its own ordinal: "Kỳ họp thứ 3, Quốc hội khóa XX", "Kỳ họp thứ 4, HĐND tỉnh khóa
    IX", "Hội nghị lần thứ năm, Ban Chấp hành (BCH) khóa X"; 0 when it does not. No body may come before the comma
    ("Đại hội Đảng … lần thứ XII, Quốc hội khóa XIV" lists two events). From the body (``_body``) to its ordinal,
    within ``_MEMBER_WORDS`` tokens, come only words that end nothing (no boundary, time or opener word, unless read
    whole), a point, a dash or a bracket — no comma."""
    if t.word(i) != "," or not any(ordinal(t, k) == i - k for k in range(max(0, i - 6), i)) or not _body(t, i + 1):
        return 0
    if any(_body(t, k) for k in range(i)):
        return 0
    j = i + 2
    while j < min(len(t.words), i + 1 + _MEMBER_WORDS):
        w, whole = t.words[j], max(t.match(j, c) for c in ("kind", "purpose", "word", "theme"))
        if t.match(j, "ordinal") and ordinal(t, j):
            return j + ordinal(t, j)
        if whole > 1:  # a word read whole: "Thường vụ" is no "thường"
            j += whole
            continue
        if not (w[:1].isalnum() or w in ".-&()") or any(t.match(j, c) for c in ("boundary", "time", "opener")):
            return 0
        j += 1
    return 0


def party_comma(t: Toks, i: int) -> int:
    """Tokens of the "," at ``i`` that goes on with a list of parties (1), or 0 (see the module)."""
    if t.word(i) != "," or _subject(t, i + 1):
        return 0
    if _title(t, i + 1):  # a title goes on only a list of titles: "giao ban Chủ tịch, Phó Chủ tịch …"
        start = _member_start(t, i)  # the title before the comma is not inside a body's name ("Văn phòng Chủ tịch")
        return 1 if any(i - n >= start and _title(t, i - n) == n and not any(_body(t, k) for k in range(start, i - n))
                        for n in (1, 2, 3, 4)) else 0
    start = _member_start(t, i)
    if start > 1 and key(t.word(start - 1)) == "và" and t.word(start)[:1].islower():
        start = _member_start(t, start - 1)  # a "và" inside a body's name: "Hội đồng Quốc phòng và an ninh, …"
    first = t.word(start)  # the member before: a name, a party noun ("với Đảng, Nhà nước …") or a body whose head
    named = (first[:1].isupper() and not t.match(start, "opener")) or party_noun(t, start) or _lower_body(t, start)
    #       is in lower case ("giữa phòng Tài chính huyện X, UBND xã Y …")
    if start < i and in_party_list(t, start) and parallel(t, i, start):
        return 1  # "với các sở, ngành …, các đơn vị …": members that each open with a determiner
    return 1 if start < i and named and _party(t, i + 1) and in_party_list(t, start) else 0


def parallel(t: Toks, i: int, start: int) -> bool:
    """Whether the member after the "," at ``i`` opens with a determiner and a lower-case noun, as the first member
    of the list does right after its party link ("với các sở, ngành chức năng, các đơn vị …")."""
    first = _member_start(t, start - 1) if start > 1 and t.word(start - 1) == "," else start
    while first > 1 and t.word(first - 1) == ",":
        first = _member_start(t, first - 1)
    if not (t.match(i + 1, "determiner") and t.match(first, "determiner") and first > 0
            and t.match(first - 1, "party-link") and t.word(i + 2)[:1].islower() and t.word(first + 1)[:1].islower()):
        return False
    return closing_and(t, i + 2) > 0  # a last member after "và" follows: ", các đại biểu | đã …" is a clause


def closing_and(t: Toks, j: int) -> int:
    """Where the "và" is that follows lower-case words from ``j`` (none a boundary word, within ``_MEMBER_WORDS``);
    0 when none."""
    for k in range(j, min(len(t.words), j + _MEMBER_WORDS)):
        if key(t.words[k]) == "và":
            return k if k > j else 0
        if not t.words[k][:1].islower() or t.match(k, "boundary") or t.match(k, "time"):
            return 0
    return 0


def last_party(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` adds the last member to a list of parties whose members open with a determiner
    (``parallel``): "với các sở, ngành, các đơn vị vận tải và | chính quyền địa phương"."""
    for k in range(i - 1, 0, -1):
        if t.words[k] == "," and t.match(k + 1, "determiner"):
            return closing_and(t, k + 2) == i and parallel(t, k, _member_start(t, k)) and t.word(i + 1)[:1].islower()
        if not (t.words[k][:1].islower() or t.words[k] == ","):
            return False
    return False


@cache
def _awards() -> frozenset[str]:
    return frozenset(lexicon.words("awards"))


def _award(t: Toks, j: int, lower: bool = False) -> int:
    """Tokens of a capitalised award kind at ``j`` (lexicon ``awards``: "Huân chương", "Bằng khen"; with ``lower``
    one in lower case too), or 0."""
    if not (t.word(j)[:1].isupper() or (lower and t.word(j)[:1].islower())):
        return 0
    return next((n for n in (4, 3, 2, 1) if len(t.words) >= j + n and key(" ".join(t.words[j : j + n])) in _awards()),
                0)


def award_comma(t: Toks, i: int) -> bool:
    """Whether the "," at ``i`` goes on with a list of awards: a capitalised award kind after it, and one in the
    member before it ("Lễ trao tặng Huy hiệu X, Huân chương Y và Bằng khen …"); or an award kind in lower case
    after it and one in lower case in the member before ("Lễ trao huy hiệu Đảng, huân chương, bằng khen …")."""
    if t.word(i) != ",":
        return False
    before = range(_member_start(t, i), i)
    if _award(t, i + 1):
        return any(_award(t, k) for k in before)
    return t.word(i + 1)[:1].islower() and bool(_award(t, i + 1, lower=True)) \
        and any(t.words[k][:1].islower() and _award(t, k, lower=True) for k in before)
