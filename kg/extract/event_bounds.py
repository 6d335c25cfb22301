"""Where the words of an event name end (the grammar is in ``kg/extract/events.py``): a clause boundary (a verb,
adverb, pronoun or function word, a time adverbial, a capitalised clause opener or verb), the words read whole
(a syllable of them is no boundary), the capitalised words that go on a name, a post title that is the subject of
the next clause, and whether a noun phrase starts after a link."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import event_sides, lexicon
from kg.extract.event_caption import glued_caption
from kg.extract.event_credit import credit
from kg.extract.event_lists import in_party_list, party_noun_in_list
from kg.extract.event_lists import last_party as last_party  # read by events.py (at its size cap)
from kg.extract.event_manner import manner
from kg.extract.event_matter import matter_verb, no_matter
from kg.extract.event_tokens import Toks, classes, groups, is_number, is_year, level, not_event, ordinal
from kg.extract.normalise import key

# forms of address ("ông", "bà", "anh", "chị"): no opener after a name or level word ("Hai Bà Trưng")
_TITLES = lexicon.classed("honorifics", 2, "address") | lexicon.classed("honorifics", 2, "familiar")
_ADDRESS = lexicon.classed("honorifics", 2, "address") | lexicon.classed("honorifics", 2, "comrade")
_NEEDS_NUMBER = frozenset({"ngày", "tháng"})  # a time word only before a number ("ngày 3", not "ngày Quốc khánh")


def _proper(t: Toks, i: int) -> bool:
    """A capitalised word that is part of a name: not a clause opener (a title only after a lower-case word)."""
    w = t.word(i)
    if not w[:1].isupper() or credit(t, i) or glued_caption(t, i):
        return False  # not capitalised, a photo credit glued on ("… | Lê Văn A/TTXVN"), a caption (event_caption.py)
    n = t.match(i, "opener")
    if not n and sentence_start(t, i):
        return False  # "… năm 2031 | Mở đầu …": the next sentence, run on without a stop
    if not n:  # a capitalised verb after a lower-case word opens a clause ("Hội nghị Nhấn mạnh …"), unless it
        b = t.match(i, "boundary") if _whole(t, i) <= 1 else 0  # is a numbered document: "thực hiện Quyết
        after = t.word(i + b)
        numbered = b > 0 and (key(after) == "số" or is_number(after))
        return not (b and (i == 0 or not t.word(i - 1)[:1].isupper())) or numbered  # định số 12"
    prev = t.word(i - 1) if i > 0 else ""
    if prev[:1].isupper() and t.ends[i + n - 1] in t.units and not t.match(i, "time"):
        return True  # the opener ends a known place or person: "Ba Vì"
    if t.ends[i] - len(w) in t.inner and not t.match(i, "time"):
        return True  # the opener is inside a known place or person: "quận Nam Từ Liêm"
    after_name = prev[:1].isupper() and not is_number(prev)
    return key(w) in _TITLES and n == 1 and (after_name or key(prev) in lexicon.words("admin_levels"))


def sentence_start(t: Toks, i: int) -> bool:
    """Whether the capitalised word at ``i``, right after a year or the number of a term ("năm 2031 | Mở đầu bài …",
    "khóa IX | Nói về …", "2031 | Thủ tướng …"), opens the next sentence, a caption or title run into the text
    without a stop: it alone is capitalised before a lower-case word (a proper name capitalises every syllable),
    and it opens no body or level word ("… nhiệm kỳ 2030 - 2035 Đảng bộ tỉnh …", "… Thành phố …")."""
    w, nxt = t.word(i), t.word(i + 1)
    if not (i > 0 and w[1:].isalpha() and w[1:].islower() and nxt.isalpha() and nxt.islower()):
        return False
    prev = t.word(i - 1)
    if not (is_year(prev) or (is_number(prev) and i > 1 and key(t.word(i - 2)) in ("khóa", "khoá"))):
        return False
    heads = lexicon.words("bodies") | lexicon.words("admin_levels")
    return not any(key(" ".join(t.words[i : i + n])) in heads for n in (1, 2, 3, 4))


def head_again(text: str, start: int, limit: int, heads: re.Pattern[str]) -> bool:
    """Whether the complement at ``start`` opens with another event head (``heads``): a caption run into the
    sentence that repeats it ("Toàn cảnh Đại hội | Đại hội đã nghe …"), two heads ("Hội nghị Hội thảo"); not a head
    inside another noun ("Phiên họp Đại hội đồng …"), nor "cuộc" or "buổi" alone ("lễ hội Cuộc thi …"), nor a head
    in lower case or that is a purpose ("Lễ gặp mặt đầu xuân")."""
    m = heads.match(text, start)
    if m is None or not m.group().lstrip()[:1].isupper() or key(m.group()) in classes()["purpose"] | {"cuộc", "buổi"}:
        return False
    return not not_event(text, m.end() - len(m.group().lstrip()), limit)


@cache
def _agent_verbs() -> frozenset[str]:
    """Verbs whose subject is a person: verbs of saying (``person_cues.tsv``) and of directing (class ``agent``)."""
    return lexicon.roles("person_cues").get("speech", frozenset()) | classes().get("agent", frozenset())


def _subject(t: Toks, i: int) -> bool:
    """Whether a capitalised post title at ``i`` (lexicon ``posts``), with the name of its holder if any, is the
    subject of a verb of saying or directing that follows, past an adverb or two (class ``pre-verb``): "Tại cuộc họp
    Phó Thủ tướng giao …", "… Phó Thủ tướng cũng giao …"."""
    if not t.word(i)[:1].isupper():
        return False
    titles = lexicon.by_key("posts")
    for n in (4, 3, 2, 1):
        if key(" ".join(t.words[i : i + n])) in titles:
            j = i + n
            while j < i + n + 8 and (t.word(j)[:1].isupper() or (j > i + n and _body_word(t, j))):
                j += 1  # the holder's name, known as a person, after the body of the title: "Bí thư Tỉnh ủy X"
            if j > i + n and t.ends[j - 1] not in t.units:
                return False
            for _ in range(2):  # an adverb or two before the verb: "… cũng giao …", "… đã tiếp tục yêu cầu …"
                j += t.match(j, "pre-verb")
            return any(key(" ".join(t.words[j : j + k])) in _agent_verbs() for k in (3, 2, 1))
    return False


def _body_word(t: Toks, j: int) -> bool:
    """Whether the lower-case word at ``j`` ends a body head of two words begun by a capital ("Tỉnh ủy") or is a
    level word after a capital ("UBND tỉnh"), or ends a level word of two syllables begun after one ("UBND thành
    phố")."""
    prev = t.word(j - 1)
    if not prev[:1].isupper():
        return t.word(j - 2)[:1].isupper() and key(f"{prev} {t.word(j)}") in lexicon.words("admin_levels")
    return key(f"{prev} {t.word(j)}") in lexicon.words("bodies") or level(t, j)


def _np(t: Toks, j: int) -> bool:
    """Whether a noun phrase starts at ``j`` (after a link): a word that ends nothing, past any determiner, or a
    quoted title that opens with a capital ("về “Kinh nghiệm …”"; the name reads it only when it closes)."""
    if t.word(j) in ("“", '"', "«"):
        return t.word(j + 1)[:1].isupper()
    while t.match(j, "determiner"):
        j += 1
    return t.word(j)[:1].isalnum() and not _ends(t, j)


def _ends(t: Toks, i: int) -> bool:
    """Whether the word at ``i`` ends the name: a boundary word, a time adverbial, a clause opener."""
    w = t.word(i)
    if manner(t, i):
        return True  # "… đền Alpha | an toàn, …", "Lễ khánh thành | đảm bảo trang trọng" (event_manner.py)
    if _whole(t, i) > 1 or party_noun_in_list(t, i):
        return False  # a word of two syllables is read whole: "giao thông" is no "giao", "nhà ở" no "ở"
    if no_matter(t, i):
        return True  # "Ban tổ chức lễ hội X | về việc …": a festival takes no matter (event_matter.py)
    n = t.match(i, "time")
    if t.match(i, "document") and any(i >= k and t.match(i - k, "object") == k for k in (1, 2, 3)):
        return False  # the object of a purpose: "Lễ công bố quyết định", "Quyết định …" (not the verb "quyết định")
    if w[:1].isupper():  # a capitalised time word before a number ("Ngày 3-2") or of two words ("Ngày thường")
        return not _proper(t, i) or n > 1 or (n > 0 and key(w) in _NEEDS_NUMBER and is_number(t.word(i + 1))) \
            or caption_head(t, i)
    if t.match(i, "boundary"):
        return not person_object(t, i) and not matter_verb(t, i)
    if n and (key(w) not in _NEEDS_NUMBER or is_number(t.word(i + 1))):
        return True
    return False


def caption_head(t: Toks, i: int) -> bool:
    """Whether the capitalised word at ``i``, right after a kind word in lower case, opens another event's name, the
    next sentence of a caption run into the text without a stop ("… trong lễ hội truyền thống | Lễ hội đua ngựa là
    …"); not a head inside another noun ("Hội đồng")."""
    if not any(i >= m and t.match(i - m, "kind") == m and t.words[i - m][:1].islower() for m in (1, 2)):
        return False
    events = lexicon.by_key("events")
    start = t.ends[i] - len(t.words[i])
    return any(key(" ".join(t.words[i : i + n])) in events for n in (3, 2, 1)) \
        and not not_event(t.text, start, t.ends[min(len(t.ends), i + 4) - 1])


def person_object(t: Toks, i: int) -> bool:
    """Whether the form of address at ``i`` ("ông", "bà", "đồng chí") opens the person a purpose that honours one
    names (class ``person``: "Lễ dâng hương | đồng chí Lê Văn A"): right after that purpose, a person's name found in
    the text after it."""
    n = next((m for m in (2, 1) if key(" ".join(t.words[i : i + m])) in _ADDRESS), 0)
    if not n or not any(i >= k and t.match(i - k, "person") == k for k in (1, 2, 3)):
        return False
    for k in range(i + n, i + n + 5):
        if not t.word(k)[:1].isupper():
            return False
        if t.ends[k] in t.units:
            return True
    return False


def _whole(t: Toks, i: int) -> int:
    """Tokens of a kind, purpose, theme or other word (class ``word``) at ``i``, read whole; a word whose last
    syllable is a preposition that may take a time (mark ``time-prep``: "đầu tư vào") is not, before a time adverbial
    ("… đầu tư | vào tháng 6")."""
    n = max(t.match(i, c) for c in ("kind", "purpose", "word", "theme"))
    if n > 1 and t.match(i, "time-prep") == n and _time(t, i + n - 1):
        return 0
    return n


def _time(t: Toks, i: int) -> bool:
    """Whether a time adverbial follows the preposition at ``i`` ("vào | tháng 6", "vào | cuối tuần qua")."""
    j = i + 1
    n = t.match(j, "time")
    return bool(n) and (key(t.word(j)) not in _NEEDS_NUMBER or is_number(t.word(j + 1)))


def lower_apposition(t: Toks, i: int) -> bool:
    """Whether the spaced dash at ``i`` after a name opens an apposition in lower case ("Quốc hội - cơ quan …",
    "Lễ hội Hoa X - chuỗi sự kiện …"): no capital follows before punctuation ("lăng Tự Hòa - lăng Đồng Lạc" goes
    on), and the word after it is neither a coordinate of the word before ("Văn hóa - xã hội") nor an ordinal
    ("- nhiệm kỳ …")."""
    named = any(i >= k and t.word(i - k)[:1].isupper() and not t.word(i - k).isupper() for k in (1, 2))
    if not named or not t.word(i + 1)[:1].islower() or ordinal(t, i + 1):
        return False
    def group(a: int, b: int) -> frozenset[str]:
        return groups().get(key(" ".join(t.words[max(0, a) : b])), frozenset())
    if any(group(i - m, i) & group(i + 1, i + 1 + k) for m in (1, 2) for k in (1, 2)):
        return False  # two words of one group: "Văn hóa - xã hội"
    for w in t.words[i + 1 : i + 13]:
        if not w[:1].isalnum():
            return True
        if w[:1].isupper():
            return False
    return True


def before_ordinal(t: Toks, j: int) -> int:
    """Tokens of lower-case words at ``j`` (one word read whole, or two syllables) that end nothing and come right
    before the event's ordinal ("… và doanh nghiệp | lần thứ 2"): a second party of a numbered event; 0 when none."""
    for m in (max(1, _whole(t, j)), 2):
        words = range(j, j + m)
        if all(t.word(x)[:1].islower() and not _ends(t, x) for x in words) and t.match(j + m, "ordinal") \
                and ordinal(t, j + m):
            return m
    return 0


def anniversary(t: Toks, i: int) -> bool:
    """Whether "ngày" at ``i``, after the ordinal of an anniversary, opens the day it marks ("Lễ kỷ niệm lần thứ 90
    | ngày sinh …", "… lần thứ 50 | ngày thành lập …"): a lower-case word after it, no number (a date: "ngày 9/5")."""
    nxt = t.word(i + 1)
    return key(t.word(i)) == "ngày" and nxt[:1].isalpha() and nxt[:1].islower() and not _ends(t, i + 1) \
        and any(t.match(k, "purpose") == 2 and key(" ".join(t.words[k : k + 2])) == "kỷ niệm" for k in range(i))


def anniversaries(t: Toks, i: int) -> bool:
    """Whether "và" at ``i`` joins a second anniversary to the first one of "kỷ niệm" ("Lễ kỷ niệm 70 năm … và 20 năm
    thành lập …"): a number and a unit noun (class ``measure``) after it, as after the purpose, and a word of what it
    marks after them ("… và 5 năm | sau đó …" is a clause)."""
    if not (is_number(t.word(i + 1)) and t.match(i + 2, "measure") and t.word(i + 3)[:1].isalpha()
            and not _ends(t, i + 3)):
        return False
    return any(key(" ".join(t.words[k : k + 2])) == "kỷ niệm" and is_number(t.word(k + 2)) and t.match(k + 3, "measure")
               for k in range(i))


def party_before_time(t: Toks, j: int) -> int:
    """Tokens of a last party after "và" at ``j`` in a list of parties: lower-case words (at most three) that end
    nothing, right before a time adverbial ("với các doanh nghiệp vận tải và bất động sản | cuối tuần qua"); 0 when
    none."""
    if not in_party_list(t, j):
        return 0
    for m in range(1, 4):
        if not t.word(j + m - 1)[:1].islower() or _ends(t, j + m - 1) or t.match(j + m - 1, "determiner"):
            return 0
        if t.match(j + m, "time"):
            return m
    return 0


OTHERS_WORDS = 6  # words of "các … khác" looked at after "và"


def others(t: Toks, j: int) -> bool:
    """Whether "và" before ``j`` adds "the other …" ("… APEC 2031 và | các sự kiện trọng đại khác"): a determiner,
    lower-case words and "khác" before the end of the phrase, or a determiner and a generic word for events (class
    ``generic``: "và | các sự kiện, hoạt động …"); no part of the name."""
    n = t.match(j, "determiner")
    if n and t.match(j + n, "generic"):
        return True  # "… APEC và | các sự kiện, hoạt động bên lề …": events of any kind beside it
    for k in range(j + n, j + n + OTHERS_WORDS) if n else ():
        if not t.word(k)[:1].islower():
            return False
        if key(t.word(k)) == "khác":
            return not t.word(k + 1)[:1].isalnum() or _ends(t, k + 1)
    return False


def period(t: Toks, i: int) -> int:
    """Tokens of the month of a periodic meeting at ``i`` ("tháng 3/2031" after a word of the name marked
    ``periodic``: "phiên họp thường kỳ tháng 3/2031", "giao ban … tháng 3"): the meeting's number, not a time
    adverbial; 0 when none."""
    if key(t.word(i)) != "tháng" or not is_number(t.word(i + 1)) or not any(t.match(k, "periodic") for k in range(i)):
        return 0
    return 2


def person_owner(t: Toks, i: int) -> bool:
    """Whether "của" at ``i`` is followed by a capitalised post title (lexicon ``posts``: "của Thủ tướng …"): after a
    numbered name ("Hội nghị X lần thứ 23 | của Thủ tướng …") a person owns the noun before the event ("chuyến thăm
    … và tham dự …"), not the event, which a body numbers ("lần thứ 5 của Ban Chấp hành")."""
    if key(t.word(i)) != "của" or not t.word(i + 1)[:1].isupper():
        return False
    titles = lexicon.by_key("posts")
    return any(key(" ".join(t.words[i + 1 : i + 1 + n])) in titles for n in (4, 3, 2, 1) if len(t.words) > i + n)


def matter_cut(t: Toks, parts: list[tuple[int, int]]) -> int:
    """Parts (first token, tokens) at the end of a name to drop when a matter ("về việc") is followed only by a verb
    of up to two syllables cut from its object, before a word or a comma ("… về việc phân công | ông …", "… về việc
    bổ nhiệm | , điều động …"): the link and the verb; also a "giữa" phrase of a single party (``event_sides``)."""
    if event_sides.one_sided(t, parts):
        return event_sides.one_sided(t, parts)
    end = sum(parts[-1]) if parts else 0
    if not (t.word(end)[:1].isalnum() or t.word(end) == ","):
        return 0
    for k in (2, 3):
        first, n = parts[-k] if len(parts) >= k else (0, 0)
        if n and key(" ".join(t.words[first : first + n])) == "về việc":
            return k if sum(p[1] for p in parts[-k + 1 :]) <= 2 else 0
    return owner_verb(t, parts) if key(t.word(end)) in _ADDRESS else 0


def owner_verb(t: Toks, parts: list[tuple[int, int]]) -> int:
    """Parts at the end of a name to drop when a personnel verb (lexicon ``personnel_verbs``) after the owner of a
    document ("của" and a capital) is cut before a form of address ("Lễ công bố quyết định của Ban Alpha phân công |
    ông …"): the verb of a clause whose object, the person, is no part of the name; 0 when none."""
    size = 0
    for k in range(1, min(3, len(parts))):
        size += parts[-k][1]
        first = parts[-k][0]
        if size > 2 or not t.words[first][:1].islower():
            return 0
        if key(" ".join(t.words[first : first + size])) in _personnel_verbs() and _owned(t, first):
            return k
    return 0


OWNER_WORDS = 8  # tokens looked at before a verb for "của" and a capitalised owner


def _owned(t: Toks, i: int) -> bool:
    """Whether "của" and a capitalised word ("của Ban Thường vụ …") come before ``i`` with only words between."""
    for j in range(i - 1, max(-1, i - 1 - OWNER_WORDS), -1):
        if key(t.words[j]) == "của":
            return t.word(j + 1)[:1].isupper()
        if not t.words[j][:1].isalnum():
            return False
    return False


@cache
def _personnel_verbs() -> frozenset[str]:
    return lexicon.words("personnel_verbs")


def after_term(t: Toks, i: int) -> bool:
    """Whether a bracketed term ("(khóa XX)") ends right before ``i``: a kind word after it is the clause's verb
    ("… (khóa XX) hiệp thương …"), not as after a bracketed name ("… (IPU) khu vực …")."""
    if t.word(i - 1) != ")":
        return False
    j = i - 2
    while j > 0 and t.words[j] != "(":
        j -= 1
    return t.word(j) == "(" and t.match(j + 1, "ordinal") > 0 and ordinal(t, j + 1) == i - j - 2


def bare_ordinal(t: Toks, p: tuple[int, int]) -> bool:
    """Whether the part ``p`` (first token, tokens) is an ordinal word with no number after it, right after a
    capitalised word or a determiner ("Lễ hội Hoa Sen năm | có …", "… những năm | tiếp"): a number the text left
    out, or a time phrase, no part of the name ("Hội nghị tổng kết năm", "6 tháng đầu năm" keep theirs)."""
    first, n = p
    prev = t.word(first - 1) if first > 0 else ""
    return (t.match(first, "ordinal") == n and not ordinal(t, first) and first > 0
            and (prev[:1].isupper() or bool(t.match(first - 1, "determiner"))))


FIELD_WORDS = 12  # tokens looked at on each side of a comma in a list of fields


def field_list(t: Toks, i: int) -> bool:
    """Whether the "," at ``i`` goes on with a list of fields after a word marked ``fields`` ("công tác dân vận, tôn
    giáo và dân tộc"): from that word to the comma and from the comma to a "và" only lower-case words that end
    nothing (and commas), and after the "và" a lower-case word that ends nothing; no "và" ahead, a capital or a
    boundary word before it ("công tác A, B đã …", "công tác A, các đại biểu …") ends the name at the comma."""
    if t.word(i) != ",":
        return False
    k = i - 1
    while k >= max(0, i - FIELD_WORDS) and not t.match(k, "fields"):
        if not (t.words[k][:1].islower() and not _ends(t, k)) and t.words[k] != ",":
            return False
        k -= 1
    if k < max(0, i - FIELD_WORDS):
        return False
    for j in range(i + 1, min(len(t.words), i + 1 + FIELD_WORDS)):
        w = t.words[j]
        if key(w) == "và":
            return j > i + 1 and t.word(j + 1)[:1].islower() and not _ends(t, j + 1) \
                and not t.match(j + 1, "determiner")
        if w != "," and not (w[:1].islower() and not _ends(t, j) and not t.match(j, "determiner")):
            return False
    return False


def edition(t: Toks, j: int) -> bool:
    """Whether "năm YYYY" at ``j``, after a comma right after "lần thứ N", is the year of that edition and goes on
    with the name ("Hội nghị X lần thứ hai, năm 2031, với …"): only before punctuation; a word after the year makes
    it the time of the next clause (", năm 2031 tỉnh …")."""
    if t.word(j - 1) != "," or not is_year(t.word(j + 1)) or t.word(j + 2)[:1].isalnum():
        return False
    return any(key(t.words[k]) == "lần" and ordinal(t, k) == j - 1 - k for k in range(max(0, j - 5), j - 1))
