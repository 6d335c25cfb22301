"""Places that look like personal names: a province, a level or a place word before the name, a street in a list,
a house number, a comma list of places after a level or a body word. The tests of :mod:`persons` and of the
driver's list neighbours use them.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.person_addresses import numbered_address
from kg.extract.mentions.places import _CAPITAL_COMPOUNDS
from kg.extract.mentions.sentence import _is_name_word, _levels, _points, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.tokens import UPPER


def _continues_places(s: _Sent, k: int) -> bool:
    """Token k continues a comma list of place names after a level or a body word ("Bí thư Tỉnh ủy Vĩnh An,
    Hà Đồng"; "các tỉnh Kon Tum, Gia Lai, …"): each item before it one to three name words."""
    toks = s.toks
    while k >= 2 and toks[k - 1].text == ",":
        st = k - 1
        while st - 1 >= 0 and _is_name_word(toks[st - 1]) and (st == k - 1 or s.adjacent(st)) and k - 1 - st < 3:
            st -= 1
        if st == k - 1:
            return False
        if _level_before(s, st) or any(st - n >= 0 and " ".join(key(t.text) for t in toks[st - n : st])
                                       in lexicon.by_key("bodies") for n in (1, 2)):
            return True
        k = st
    return False


def _house_number_before(s: _Sent, k: int, e: int) -> bool:
    """A house number stands right before the name: a number, not an ordinal ("lần thứ 2 Nguyễn Văn A"), and
    the name ends a phrase (no lower-case word after it) or "số", "nhà" or "tại" comes before the number."""
    toks = s.toks
    if numbered_address(s, k, e):
        return True  # "nhà số 12, Lê Lợi (phường …)": the number, a comma, the street
    if k == 0 or not toks[k - 1].is_number or not s.adjacent(k):
        return False
    before = key(toks[k - 2].text) if k >= 2 else ""
    if before == "thứ":
        return False
    return not (e < len(toks) and toks[e].text[0].islower()) or before in ("số", "nhà", "tại")


# "đường", "Phố", "ngõ", "địa bàn" … (street_words.tsv)
_CAPITALISED = "".join(re.escape(f[:1].upper() + f[1:]) + "|" for f in lexicon.forms("street_words", 2, "capitalised"))
# (a street's stretch in parentheses: "Lê Lợi (đoạn từ A đến B), C")
_ITEMS = r"(?:(?:[" + UPPER + r"]\w*|\d+|,|[-–()]|và|từ|đến|đoạn|các|số|…|\.\.\.)\s*)*$"
_STREET = re.compile(r"(?:" + _CAPITALISED + lexicon.alternation("street_words", 2, "street") + ")"
                     r"(?:(?:\s+\w+){1,4}\s+(?:gồm|như)|(?:\s+\w+)?\s*(?:gồm|như)?)\s*:?\s*" + _ITEMS)  # "… quận 2 như"
# a street noun proper ("đường", "phố"; not in "thành phố") and at most one word, then a comma before "gồm" or "như":
# "9 đường đèn, gồm: A, B"
_STREETS_LISTED = re.compile(r"(?<!\w)(?<![Tt]hành )(?:" + _CAPITALISED
                             + lexicon.alternation("street_words", 2, "capitalised")
                             + r")(?:\s+\w+)?\s*,\s*(?:gồm|như)\s*:?\s*" + _ITEMS)
# a junction, a road's stretch or a direction between two streets ("ngã tư A - B", "đoạn A - B", "hướng A - B"): the
# streets' names, maybe each after "đường", joined by dashes or written "đoạn từ A đến B" ("đoạn từ ngã tư X tới B")
_JUNCTION = re.compile(r"(?:[Nn]út giao(?: thông)?|[Vv]òng xoay|[Gg]iao lộ|[Nn]gã (?:ba|tư|năm|sáu|\d)|đoạn|hướng)\s+"
                       r"(?:(?:[" + UPPER + r"]\w*|\d+|đường|từ|đến|tới|ngã (?:ba|tư|năm|sáu)|[-–])\s*)*$")


def _street_context(s: _Sent, k: int) -> bool:
    """The name stands in a list of street names ("…tuyến đường gồm: Trường Sơn, Nguyễn Văn Trỗi"; "… đường đèn, gồm:
    …") or names a junction's or a stretch's street ("ngã tư Trường Sơn - Nguyễn Văn Trỗi")."""
    start = s.toks[k].start
    before = s.text[max(s.sent.start, start - 400) : start]  # a long list: twelve streets and a stretch
    return bool(_STREET.search(before) or _STREETS_LISTED.search(before)
                or _JUNCTION.search(s.text[max(s.sent.start, start - 100) : start]))


def _starts_province(s: _Sent, k: int) -> bool:
    """Tokens k, k+1 open a province's name ("Bà Rịa – Vũng Tàu")."""
    if k + 1 >= len(s.toks):
        return False
    head = key(s.toks[k].text + " " + s.toks[k + 1].text)
    return any(p == head or p.startswith(head + " ") for p in _word_set("provinces"))


def _is_province(s: _Sent, k: int, e: int) -> bool:
    provinces = _word_set("provinces")
    return key(s.text[s.toks[k].start : s.toks[e - 1].end]) in provinces


def _place_opens(s: _Sent, k: int, e: int) -> bool:
    """The capitalised words k..e are a province's name ("Hải Phòng") or open with a word of ``place_words.tsv`` or
    a level that is no family name ("Làng Sen", "Xã Bình An"): after a function word ("Từ Hải Phòng đi …", "Từ
    Làng Sen, …") they name a place, not a person."""
    first = key(s.toks[k].text)
    return _is_province(s, k, e) or e - k >= 2 and first not in _word_set("surnames") and (
        first in _word_set("place_words") or first in _levels())


def _level_before(s: _Sent, k: int) -> bool:
    """A level word ends right before token k ("huyện", "thành phố"), or its abbreviation and a point ("TP. X",
    "Q. X": ``event_words.tsv``, class point): a name at k names the unit, not a person (an honorific at k opens
    a sentence after a point that ends one: "… Trường Chính trị TP. Ông A …")."""
    levels = _levels()
    if k >= 2 and s.toks[k - 1].text == "." and s.toks[k - 2].end == s.toks[k - 1].start \
            and s.toks[k - 2].text in _points() and key(s.toks[k].text) not in _word_set("honorifics"):
        return True
    for n in (2, 1):
        if k - n >= 0 and " ".join(key(t.text) for t in s.toks[k - n : k]) in levels:
            return True
    return False


def _place_word_before(s: _Sent, k: int, *, levels: bool = True) -> bool:
    """One to four words before token k are a word of ``place_words.tsv`` ("đường", "trường ĐH", "khu du lịch"), not
    the end of a longer noun (``place_word_compounds.tsv``: "môi trường") or of a country's name ("Nhật Bản"):
    a name after them names a place, an institution or a work; without ``levels``, no level word ("huyện") counts
    (a writer may leave out the place's name: "Chủ tịch UBND huyện Nguyễn Văn A")."""
    toks = s.toks
    ends = [k - 1 if _qualifier_before(s, k) else k]  # "trường tiểu học chính X": over the place word's qualifier
    while ends[-1] > 0 and toks[ends[-1] - 1].is_upper and s.adjacent(ends[-1]):
        ends.append(ends[-1] - 1)  # "Công ty TNHH Nguyễn Văn A": over the type's abbreviation
    for end in (ends[0], ends[-1]):
        for n in (4, 3, 2, 1):
            word = " ".join(key(t.text) for t in toks[max(0, end - n) : end])
            if n > 1 and end - n >= 0 and (word in _word_set("place_word_compounds") or word in _word_set("countries")):
                break  # "Bộ Tài nguyên và Môi trường", "Đại sứ Việt Nam tại Nhật Bản": no "trường", no "bản"
            if end - n >= 0 and not levels and word in _levels():
                return False  # "thành phố" is a level word, not "phố" a street
            if end - n >= 0 and word in _word_set("place_words"):
                # "chủ tàu …": an owner of the place is a person (person_cues.tsv, owner)
                return not (end - n > 0 and key(toks[end - n - 1].text) in names.cue_phrases("owner"))
    return False


def _qualifier_before(s: _Sent, k: int) -> bool:
    """Token k-1 is a lower-case qualifier of ``place_qualifiers.tsv`` after a lower-case word ("… học chính X";
    not "Bộ Tài chính X", where the word ends a capitalised name)."""
    return k >= 2 and s.adjacent(k) and key(s.toks[k - 1].text) in _word_set("place_qualifiers") \
        and s.toks[k - 1].text.islower() and s.toks[k - 2].text.islower()


def _dash_items(s: _Sent, x: int, step: int) -> int:
    """Items of a spaced-dash chain next to the name, going from token x by ``step`` (-1 before the name, +1 after
    it): each a dash, then one to four name words or a number ("3/2")."""
    toks, items = s.toks, 0
    while 0 <= x < len(toks) and toks[x].text in ("-", "–"):
        y, n = x + step, 0
        while 0 <= y < len(toks) and n < 4 and (_is_name_word(toks[y]) or toks[y].is_number or toks[y].text == "/"):
            y, n = y + step, n + 1
        if not n:
            break
        x, items = y, items + 1
    return items


def _dash_chain(s: _Sent, k: int, e: int) -> bool:
    """The name is an item of a chain of at least four names joined by spaced dashes, a route's streets and places
    ("A Bình - Sông Đà - Nguyễn Văn Tám - Hòa Vang"), not a person's name."""
    return _dash_items(s, k - 1, -1) + _dash_items(s, e, 1) >= 3


def _lunar_year(s: _Sent, k: int, e: int) -> bool:
    roles = _stopname_roles()
    return e - k == 2 and roles.get(key(s.toks[k].text)) == "stem" and roles.get(key(s.toks[k + 1].text)) == "branch"


@cache
def _stopname_roles() -> dict[str, str]:
    """Each stop-name's key and its role (``stopnames.tsv``: "stem", "branch" …), built once."""
    return {k_: e_.en for k_, e_ in lexicon.by_key("stopnames").items()}


@cache
def _clan_words() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "clan")  # "tộc"


def _clan_name(s: _Sent, k: int, e: int) -> bool:
    """The name k..e is a clan's: it ends with a clan word ("Nguyễn Phước Tộc"), one follows it in lower case ("con
    cháu Nguyễn Phước tộc"), or a clan noun stands right before it ("dòng tộc Nguyễn Phước", ``stopnames.tsv``)."""
    toks = s.toks
    nouns = {e_.key for e_ in lexicon.entries("stopnames") if e_.en == "clan-before"}
    return key(toks[e - 1].text) in _clan_words() or (
        e < len(toks) and s.adjacent(e) and toks[e].text.islower() and key(toks[e].text) in _clan_words()) or (
        k >= 2 and key(f"{toks[k - 2].text} {toks[k - 1].text}") in nouns)


def _country_branch(s: _Sent, k: int, e: int) -> bool:
    """The run k..e of three words or more opens with no family name and ends with a country's name of two or three
    words ("Phó tổng giám đốc Samsung Việt Nam"): a firm's branch in that country, no person."""
    words = [key(t.text) for t in s.toks[k:e]]
    return len(words) >= 3 and words[0] not in _word_set("surnames") and any(
        " ".join(words[-n:]) in _word_set("countries") for n in (2, 3))


def _after_lower_body_word(s: _Sent, i: int) -> bool:
    """Token i, which opens a run of four name words, follows a body's name whose last word is written in lower
    case ("Bộ Tài chính Đỗ Hoàng Anh Tuấn"): no level or place word (after "huyện" a place's name and a
    two-syllable name may run together), no capitalised compound ("Trung ương Đoàn X Y Z": a body's head), and the
    run opens with no body's head nor a country and holds no foreign word ("Quốc phòng Thái Lan X Y")."""
    toks = s.toks
    t = toks[i - 1] if i > 0 else None
    if t is None or not s.adjacent(i) or not t.is_word or t.is_cap or t.is_upper or _place_word_before(s, i):
        return False
    run = [x.text for x in toks[i : i + 4]]
    return key(f"{toks[i - 2].text} {t.text}") not in _CAPITAL_COMPOUNDS and key(run[0]) not in _body_firsts() \
        and key(" ".join(run[:2])) not in _word_set("countries") and not any(names.is_foreign(w) for w in run)


@cache
def _body_firsts() -> frozenset[str]:
    return frozenset(key(e.vi).split(" ")[0] for e in lexicon.entries("bodies"))


def _country_before(s: _Sent, k: int) -> bool:
    """A country's name ends right before token k ("… Việt Nam Lương Văn A")."""
    words = [key(t.text) for t in s.toks[max(0, k - 3) : k]]
    return any(" ".join(words[-n:]) in _word_set("countries") for n in (1, 2, 3) if n <= len(words))
