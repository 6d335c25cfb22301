"""The name of an award: kind + quoted or open name + grade (+ badge years, year, edition), a grammar over the
lexicon (``awards.tsv`` kinds, ``award_parts.tsv`` cue words):

    AWARD = KIND [vinh dự Nhà nước] [“QUOTED”] [proper name, for kinds marked ``proper``] [hạng GRADE]
            [N năm (, N năm)* tuổi Đảng] [năm YYYY] [open name, for kinds marked ``name``]

A kind marked ``general`` written without a name names such awards in general (no conferral). Pure functions over
the document text; the clause around the award (giver, recipients) is :mod:`kg.extract.awards`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract import lexicon
from kg.extract.award_edition_words import word_edition_end
from kg.extract.award_places import place_goes_on
from kg.extract.normalise import key


@dataclass(frozen=True, slots=True)
class Kind:
    """A row of ``awards.tsv`` read through its header."""

    vi: str
    en: str
    open_name: bool
    proper_name: bool = False  # a capitalised name may follow: "Huân chương KTN", "huy chương Bạc"
    general_alone: bool = False  # without a name it names such awards in general ("giữ được danh hiệu")
    cash: bool = False  # the kind is itself the give verb of a cash reward ("thưởng nóng 20 triệu đồng")


@dataclass(frozen=True, slots=True)
class Part:
    """A row of ``award_parts.tsv``."""

    vi: str
    role: str
    en: str


@cache
def kinds() -> dict[str, Kind]:
    out = {}
    for e in lexicon.entries("awards"):
        extra = (*e.extra, "", "", "", "")
        out[e.key] = Kind(e.vi, e.en, extra[1] == "name", extra[1] == "proper", extra[2] == "general",
                          extra[3] == "cash")
    return out


@cache
def parts(role: str) -> tuple[str, ...]:
    """Cue phrases of one role, longest first."""
    # entries() reads column 2 as ``en``: here column 2 is the role and column 3 the English gloss
    rows = [Part(e.vi, e.en, e.extra[0] if e.extra else "") for e in lexicon.entries("award_parts")]
    return tuple(sorted((r.vi for r in rows if r.role == role), key=len, reverse=True))


def alt(role: str) -> str:
    return "|".join(re.escape(p) for p in parts(role))


@cache
def _grade() -> re.Pattern[str]:
    """" hạng Nhất", and the grades listed in parentheses: " (hạng Nhất, Nhì, Ba)", or after the first grade: "hạng
    Ba, hạng Nhì", "hạng Nhất, Nhì và Ba" (one award per grade; a grade listed after another is capitalised and no
    capitalised word follows it: "hạng Nhì, Ba Vì" is a place)."""
    value = r"(?:" + alt("grade-value") + r"|I{1,3}|[123])(?!\w)"
    more = r"(?-i:" + alt("grade-value") + r"|I{1,3})(?!\w)(?!\s+(?-i:[A-ZĐ]))"
    return re.compile(r"\s+(?:" + alt("grade") + r")\s+" + value + r"(?:\s*(?:,|và)\s*(?:(?:" + alt("grade")
                      + r")\s+)?" + more + r")*" + r"|\s*\(\s*(?:" + alt("grade") + r")\s+" + value
                      + r"(?:\s*(?:,|và)\s*" + value + r")+\s*\)", re.IGNORECASE)


@cache
def _badge() -> re.Pattern[str]:
    years = r"\d{1,2}(?:\s+năm)?(?:\s*(?:,|và)\s*\d{1,2}(?:\s+năm)?)*"
    return re.compile(r"\s+(?:" + years + r")\s+năm\s+(?:" + alt("badge") + r")|\s+(?:" + years + r")\s+(?:"
                      + alt("badge") + r")|\s+Đảng(?!\w|\s+(?:bộ|ủy|viên|đoàn)(?!\w))")  # not "danh hiệu Đảng bộ …"


# "kỷ niệm chương: “…”" too; single quotes in headlines ('…', ‘…’)
_QUOTED = re.compile(r"(?:\s*:)?\s*(?:[“\"«][^”\"»]{1,120}[”\"»]|['‘][^'’\n]{1,120}['’](?!\w))")
_YEAR = re.compile(r"\s+năm\s+\d{4}(?:\s*[-–]\s*\d{4})?")
_AMOUNT = re.compile(r"\s+\d[\d.,]*\s*(?:triệu|tỉ|tỷ|nghìn|ngàn)?\s*(?:đồng|USD)(?!\w)")
# an edition with the years of its round after it: "lần thứ XI (2016-2017)", "lần thứ XI-2016"
_EDITION = re.compile(r"\s+lần\s+thứ\s+(?:[IVXLC]+|\d{1,3})(?!\w)"
                      r"(?:\s*\(\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*\)|\s*[-–]\s*\d{4}(?:\s*[-–]\s*\d{4})?(?!\d))?")


def lower_case_ok(view_before: str, text_after: str) -> bool:
    """A kind that needs a capital ("Huy hiệu", "Danh hiệu") still names an award in lower case when a
    badge's years or a quoted name follows, or a give/receive verb stands right before it, also before the opening
    quote of its name ("trao \"giải thưởng X\""), or before its receiver's name: "truy tặng liệt sĩ Nguyễn Văn A danh
    hiệu …")."""
    if _badge().match(text_after) or _QUOTED.match(text_after):
        return True
    return bool(re.search(r"(?:trao|tặng|nhận|đoạt|đạt|giành|công nhận|phong tặng|giữ vững|gắn)\s+(?:\w+\s+){0,2}"
                          r"[“\"]?$", view_before) or re.search(r"(?:trao|tặng)\s+(?:\w+\s+){0,5}$", view_before))


@cache
def _not_prize() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(r"(?<!\w)(?:" + alt("not-prize-after") + r")\s+$"),  # lower case: not a name ("Lê Văn Hòa")
            re.compile(r"\s*[“\"']?(?:" + alt("not-prize") + r")(?!\w)", re.IGNORECASE))


def not_prize(kind_key: str, text_before: str, text_after: str) -> bool:
    """"giải" is no prize where the word after it makes with it a verb or noun of its own ("giải quyết", "giải
    trình", "đường Giải Phóng": ``award_parts`` role ``not-prize``), or the word before it ("hòa giải", "lý giải":
    role ``not-prize-after``)."""
    if kind_key != "giải":
        return False
    before, after = _not_prize()
    return bool(after.match(text_after) or before.search(text_before))


def is_cash(kind_key: str) -> bool:
    """The kind is itself the verb of giving a cash reward ("X thưởng nóng Y")."""
    kind = kinds().get(kind_key)
    return kind is not None and kind.cash


def name_end(text: str, start: int, end: int, limit: int) -> int:
    """Where the full name of the award whose kind spans ``text[start:end]`` ends (at most ``limit``)."""
    kind = kinds().get(key(text[start:end]))
    pos = end
    honour = _honour().match(text, pos, limit)  # "danh hiệu vinh dự Nhà nước “…”"
    if honour and kind is not None and (kind.open_name or _QUOTED.match(text, honour.end(), limit)):
        pos = end = honour.end()
    if kind is not None and kind.proper_name:  # "Huân chương KTN", "huy chương Vàng"
        pos = _proper_name_end(text, pos, limit)
    titled = _titled().match(text, pos, limit) if kind is not None and not kind.open_name and pos == end else None
    if titled:  # "Bằng khen tập thể lao động xuất sắc": the title the certificate honours
        pos = titled.end()
    for rx in (_QUOTED, _grade(), _badge(), _YEAR):
        m = rx.match(text, pos, limit)
        if m:
            pos = m.end()
    if kind is not None and kind.cash:  # "thưởng nóng 20 triệu đồng"
        m = _AMOUNT.match(text, pos, limit)
        pos = m.end() if m else pos
    if kind is not None and kind.open_name and pos == end:  # "Giải báo chí “…” lần thứ XIII năm 2017 - 2018"
        pos = name_end_of_open(text, pos, limit)
    return pos


@cache
def _fixed_phrase() -> re.Pattern[str]:
    """A fixed phrase that goes on an open name although it opens with a stop word (role ``phrase``)."""
    return re.compile(r"\s+(?:" + alt("phrase") + r")(?!\w)", re.IGNORECASE)


@cache
def _titled() -> re.Pattern[str]:
    """An emulation title in lower case right after a certificate's kind (role ``titled``)."""
    return re.compile(r"\s+(?-i:" + alt("titled") + r")(?!\w)")


@cache
def _honour() -> re.Pattern[str]:
    """A qualifier between an award's kind and its name: "danh hiệu vinh dự Nhà nước “…”"."""
    return re.compile(r"\s+(?:" + alt("honour") + r")(?!\w)", re.IGNORECASE)


def _proper_name_end(text: str, pos: int, limit: int) -> int:
    """The end of a proper name right after ``pos`` that opens with a capital (at most 6 words, up to a grade, a cue
    word, a stop word or another award): the name of a general kind ("Huân chương KTN", "huy chương Bạc", "Huân
    chương Kháng chiến hạng Nhì")."""
    stops, kinds_, grades = _stops(), kinds(), {key(g) for g in parts("grade")}
    graded = _graded_lower(text, pos, limit)
    n, most = 0, 6
    while n < most:
        m = re.match(r"\s+([\w&/-]+)", text[pos:limit])
        if not m or (n == 0 and not m.group(1)[:1].isupper() and not graded) or key(m.group(1)) in stops | grades:
            break
        if any(key(text[pos + m.start(1) : pos + m.start(1) + len(k) + 2]).startswith(k) for k in kinds_):
            break
        pos += m.end()
        n += 1
        if n < most and key(m.group(1)) in _field_words() and text[pos:limit].lstrip()[:1].isupper():
            most = n + 6  # "… ngành Xây dựng Việt Nam": the field's name and its country or body, up to six words
    return pos


@cache
def _field_words() -> frozenset[str]:
    """The words that open the field a medal is named for (``award_parts`` role ``field``)."""
    return frozenset(key(p) for p in parts("field"))



def _graded_lower(text: str, pos: int, limit: int) -> bool:
    """A name in lower case (one to three words) that a grade follows right after: "huy chương kháng chiến hạng
    nhì" — the grade shows the words are the award's name, not the sentence going on."""
    m = re.match(r"(?:\s+[^\W\d_]+){1,3}?(?=" + _grade().pattern + r")", text[pos:limit], re.IGNORECASE)
    return m is not None and not any(key(w) in _stops() for w in m.group(0).split())


def more_names(text: str, kind_span: tuple[int, int], name_end: int, limit: int) -> list[tuple[int, int]]:
    """"hai danh hiệu A và B", "các danh hiệu A, B": after a plural marker, each further capitalised name joined by
    "," or "và" to an open name is an award of the same kind (the spans of the further names)."""
    start, end = kind_span
    kind = kinds().get(key(text[start:end]))
    if kind is None or not kind.open_name or not re.search(r"(?<!\w)(?:hai|ba|bốn|các|những|\d+)\s+$",
                                                           text[max(0, start - 12) : start], re.IGNORECASE):
        return []
    out: list[tuple[int, int]] = []
    pos = name_end
    while True:
        m = re.match(r"\s*(?:,|\s+và)(?=\s+[^\W\d_])", text[pos:limit])
        nxt = pos + m.end() if m else pos
        if not m or not text[nxt:limit].lstrip()[:1].isupper():
            return out
        stop = name_end_of_open(text, nxt, limit)
        if stop == nxt:
            return out
        out.append((nxt + len(text[nxt:stop]) - len(text[nxt:stop].lstrip()), stop))
        pos = stop


def name_end_of_open(text: str, pos: int, limit: int) -> int:
    """Where an open name that starts after ``pos`` ends (with its quoted title, edition and year)."""
    pos = _open_name_end(text, pos, limit)
    m = _QUOTED.match(text, pos, limit)
    pos = m.end() if m else pos
    m = _EDITION.match(text, pos, limit)
    pos = m.end() if m else word_edition_end(text, pos, limit)  # "lần thứ XI (2016-2017)"; "lần thứ hai | năm 2031"
    m = _YEAR.match(text, pos, limit)
    return m.end() if m else pos


def split_names(name: str) -> list[str]:
    """One name per award of a name that lists several badges' years or several grades (:func:`split_years`,
    "Huân chương Lao động (hạng Nhất, Nhì, Ba)" → "Huân chương Lao động hạng Nhất", … "hạng Ba")."""
    out = []
    grade = r"(" + alt("grade") + r")\s+"
    listed = r"(?:" + alt("grade-value") + r"|I{1,3}|[123])(?:\s*(?:,|\svà)\s*(?:(?:" + alt("grade") + r")\s+)?(?:" \
        + alt("grade-value") + r"|I{1,3}))+"
    for one in split_years(name):
        m = (re.search(r"\s*\(\s*" + grade + r"([^()]+)\)", one, re.IGNORECASE)
             or re.search(r"\s+" + grade + "(" + listed + r")(?!\w)", one, re.IGNORECASE))
        grades = [re.sub(r"^(?:" + alt("grade") + r")\s+", "", g, flags=re.IGNORECASE)
                  for g in re.split(r"\s*(?:,|\svà)\s*", m.group(2).strip())] if m else []
        out += [f"{one[: m.start()]} {m.group(1)} {g}{one[m.end():]}" for g in grades] if m else [one]
    return out


def split_years(name: str) -> list[str]:
    """One name per badge of a name that lists several years: "Huy hiệu 45 năm và 50 năm tuổi Đảng" →
    "Huy hiệu 45 năm tuổi Đảng", "Huy hiệu 50 năm tuổi Đảng" (each is its own award)."""
    m = re.search(r"\s(\d{1,2}(?:\s+năm)?(?:\s*(?:,|và)\s*\d{1,2}(?:\s+năm)?)+)\s+(?:năm\s+)?(?=(?:"
                  + alt("badge") + r"))", name)
    if not m:
        return [name]
    return [f"{name[: m.start()]} {y} năm {name[m.end():]}" for y in re.findall(r"\d{1,2}", m.group(1))]


@cache
def _stops() -> frozenset[str]:
    out = set(lexicon.words("name_stops")) | {key(p) for r in ("giver", "recipient", "stop", "delegate")
                                              for p in parts(r)}
    return frozenset(out)


def _open_name_end(text: str, pos: int, limit: int) -> int:
    """An open name: words up to a clause boundary, a stop word or the next award kind (at most 10 words)."""
    stops = _stops()
    kinds_ = kinds()
    end = pos
    words = 0
    phrase = _fixed_phrase()
    about: int | None = None  # where the name ends before a "về" taken on
    for m in re.finditer(r"\s+([\w&/-]+(?:\.[\w&/-]+)*)", text[pos:limit]):  # a dot inside a word only
        if m.start() < end - pos:
            continue  # inside a fixed phrase taken whole
        if m.start() != end - pos:
            break
        fixed = phrase.match(text, pos + m.start(), limit) if words else None
        if fixed:  # "xuất sắc trong phong trào thi đua": a fixed phrase that opens with a stop word goes on
            end, about = fixed.end(), None  # a phrase after "về" is the topic taken on
            continue
        w = key(m.group(1))
        two = key(text[pos + m.start(1): pos + m.end(1) + 12]).split(" ")[:2]
        opens = (words == 0 and m.group(1)[:1].isupper() and w not in kinds_  # "Kỷ niệm chương Vì sự nghiệp …"
                 or w in stops and place_goes_on(text, pos + m.start(1), pos + m.end(1), limit))  # "TP Cần Lộc"
        topic = about is not None and w not in kinds_  # the topic's first word goes on, a stop word or not
        if w == "về" and words and about is None and _topic_before(text[pos:end]):
            about = end  # "Giải thưởng toàn quốc về thông tin …": "về" and the topic go on the prize's name
        elif not topic and ((not opens and (w in stops or " ".join(two) in stops)) or w in kinds_):
            break
        elif words and bare_edition(w, text, pos + m.end(), limit):
            break
        else:
            about = None
        if words >= 10:
            return _without_cut_place(text, pos, end, limit)
        end = pos + m.end()
        words += 1
    return end if about is None else about  # nothing after "về": the name ends before it


def bare_edition(word: str, text: str, after: int, limit: int) -> bool:
    """An edition word (``award_parts`` role ``edition``: "lần") with no ordinal after it ("Giải X lần này"): it
    ends the open name; "lần thứ VII", "lần 2" go on."""
    return word in _editions() and not re.match(r"\s+(?:thứ\s+)?(?:[IVXLC]+|\d{1,3})(?!\w)", text[after:limit])


@cache
def _editions() -> frozenset[str]:
    return frozenset(key(p) for p in parts("edition"))


@cache
def _topics() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + alt("topic") + r")$", re.IGNORECASE)


def _topic_before(name: str) -> bool:
    """The open name so far ends with a word after which "về" and its topic go on the prize's name (role ``topic``:
    "Giải thưởng toàn quốc về …", "Giải báo chí về …"); a name already proper ("Giải thưởng Nhà nước") is whole, its
    topic being its field."""
    return _topics().search(name.rstrip()) is not None


@cache
def _admin_levels() -> frozenset[str]:
    """The words of an administrative level ("huyện", "thành phố") and their abbreviations ("TP")."""
    levels = {key(e.vi) for e in lexicon.entries("admin_levels")}
    return frozenset(levels | {key(e.vi) for e in lexicon.entries("abbreviations") if key(e.en) in levels})


def _without_cut_place(text: str, pos: int, end: int, limit: int) -> int:
    """An open name cut at its word limit inside a place ("… nhân dân huyện Tân| Lộc", "… thành phố| Hải Phòng"): it
    ends before the place's level word ("huyện", "thành phố", "TP"), the place being whose the award is; else where it
    was cut."""
    if not re.match(r"\s+(?-i:[A-ZĐ])", text[end:limit]):
        return end
    words = list(re.finditer(r"[\w.&/-]+", text[pos:end]))
    k = len(words)  # where the capitalised words at the end start
    while k > 0:
        for n in (2, 1):  # "thành phố", then "huyện"
            if k - n > 0 and key(" ".join(w.group().rstrip(".") for w in words[k - n : k])) in _admin_levels():
                return pos + words[k - n - 1].end()
        if not words[k - 1].group()[:1].isupper():
            break
        k -= 1
    return end



@cache
def _epithets() -> re.Pattern[str]:
    """Words of praise that end an award's phrase and name none (role ``epithet``): "danh hiệu cao quý"."""
    return re.compile(r"(?:\s+(?:" + alt("epithet") + r"))+$", re.IGNORECASE)


def generic_plural(text: str, start: int, name_end: int, limit: int) -> bool:
    """"nhiều huân chương, huy hiệu … khác": a bare kind after a plural marker, in a list of lower-case words that
    ends with "khác" ("other"), names awards in general, not one conferred; so do "huân huy chương" ("orders and
    medals") and a kind that needs a name written without one ("giữ được danh hiệu", "các danh hiệu và phần
    thưởng", "các danh hiệu cao quý")."""
    bare = _epithets().sub("", text[start:name_end])  # "các danh hiệu cao quý": a kind praised, no name
    kind = kinds().get(key(bare))  # the name is the kind alone
    if kind is not None and kind.general_alone or praised_kind(text[start:name_end]):
        return True
    if re.search(r"(?<!\w)huân\s*,?\s+$", text[max(0, start - 8) : start], re.IGNORECASE):
        return True
    return bool(re.search(r"(?<!\w)(?:nhiều|những|các)\s+$", text[max(0, start - 8) : start], re.IGNORECASE)) and bool(
        re.match(r"(?:\s*,?\s*[^\W\d_A-ZĐ]+){0,8}?\s+khác(?!\w)", text[name_end:limit]))


@cache
def _praise_then_lower() -> re.Pattern[str]:
    """Praise words, then no capitalised name (a lower-case complement or nothing): "cao ở cuộc thi quốc tế"; not a
    superlative ("giải thưởng cao nhất": the one top prize)."""
    return re.compile(r"(?>(?:\s+(?:" + alt("epithet") + r")(?!\w))+)(?!\s*(?:nhất(?!\w)|[“\"']?\s*(?-i:[A-ZĐ\d])))",
                      re.IGNORECASE)


def praised_kind(name: str) -> bool:
    """A kind that needs a name, praised right after it ("giải thưởng cao ở cuộc thi quốc tế", "danh hiệu cao quý
    của ngành"): what follows the praise is a complement, no name, so no one award is told; a capitalised name after
    the praise ("Danh hiệu cao quý Anh hùng …") still names one."""
    words = name.split(" ")
    for n in (2, 1):
        kind = kinds().get(key(" ".join(words[:n])))
        if kind is not None and kind.general_alone:
            return _praise_then_lower().match(name, len(" ".join(words[:n]))) is not None
    return False
