"""Places: administrative units — a level word and a name ("tỉnh Nghệ An", "quận 7"), a level word that refers
back ("tỉnh"), tokens that abbreviate a whole unit ("TP.HCM"), and a province or city the title names without its
level word ("Họp ở Nghệ An")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.body_group_run import group_opens
from kg.extract.mentions.body_objects import glued_head
from kg.extract.mentions.name_ends import closes_body_name, credit_colon, opens_connective
from kg.extract.mentions.place_address import address_opens
from kg.extract.mentions.place_titles import titled_short_form
from kg.extract.mentions.sentence import PhraseMatcher, _levels, _mk, _Sent, _word_set
from kg.extract.normalise import key


def _places(s: _Sent, person_starts: set[int], person_tokens: frozenset[int] = frozenset()) -> list[Mention]:
    """Administrative units: level word + name ("TP Thanh Hóa", "tỉnh Nghệ An"), a level word that refers back
    ("tỉnh"), TP.HCM-like tokens (an abbreviation of a whole unit), and in the title a province named bare."""
    levels = _levels()
    abbr = lexicon.abbreviations()
    out: list[Mention] = []
    for i, t in enumerate(s.toks):
        if not (kind := _place_word(t.text)):
            continue  # no word, or none that opens a unit (most tokens: one look-up of the word's text)
        if kind == 1:
            exp = abbr[t.text].vi
            first = key(exp.split(" ")[0]) if exp.split(" ")[0] in ("thành", "thị") else ""
            if key(" ".join(exp.split(" ")[:2])) in levels and first:
                out.append(_mk("place", s, t.start, t.end, key(exp), level=" ".join(exp.split(" ")[:2]),
                               name=" ".join(exp.split(" ")[2:])))  # "TP.HCM": a named unit
            continue
        place = _level_place(s, i, person_starts)
        if place is not None:
            out.append(place)
    if s.sent.paragraph == 0:
        out += _bare_provinces(s, person_tokens, out)
    return out


@lru_cache(maxsize=65536)
def _place_word(text: str) -> int:
    """What the token ``text`` may open (its text alone decides: once per word): 1, a whole unit by an abbreviation
    that stands for a level and a name ("TP.HCM"); 2, a unit by its level word (:func:`_opens_level`); 0, nothing
    (no word: Token.is_word)."""
    if not text[0].isalnum():
        return 0
    abbr = lexicon.abbreviations()
    if text in abbr and key(abbr[text].vi) not in _levels() and " " in abbr[text].vi:
        return 1
    return 2 if _opens_level(text) else 0


@cache
def _bare_levels() -> dict[str, str]:
    """Folded name → level word of the provinces and cities a title may name without the level (lexicon
    ``provinces``; not "Hồ Chí Minh", the person's name too)."""
    return {key(r[0]): r[2] for r in lexicon.rows("provinces") if len(r) > 3 and r[3] == "1"}


@cache
def _province_matcher() -> PhraseMatcher:
    return PhraseMatcher(r[0] for r in lexicon.rows("provinces") if len(r) > 3 and r[3] == "1")


def _bare_provinces(s: _Sent, person_tokens: frozenset[int], found: list[Mention]) -> list[Mention]:
    """A province or centrally-run city the title names without its level word ("Nghệ An: họp bàn …", "Họp ở
    Đà Nẵng"): the unit of that level. Not inside a person's name, a unit already found ("tỉnh Nghệ An") or a
    longer capitalised name ("Điện Biên Phủ")."""
    out: list[Mention] = []
    levels = _levels()
    for a, b in _province_matcher().spans(s.view, s.sent.start, s.sent.end):
        if a not in s.at_start or b not in s.at_end or not s.text[a].isupper():
            continue
        i, j = s.at_start[a], s.at_end[b]
        if any(x in person_tokens for x in range(i, j + 1)) or any(m.start <= a < m.end for m in found):
            continue
        before = s.toks[i - 1] if i > 0 and s.adjacent(i) else None
        after = s.toks[j + 1] if j + 1 < len(s.toks) and s.adjacent(j + 1) else None
        if any(t is not None and t.is_word and t.is_cap and not t.is_upper for t in (before, after)):
            continue
        level = levels[key(_bare_levels()[key(s.text[a:b])])].vi
        out.append(_mk("place", s, a, b, key(level + " " + s.text[a:b]), level=level, name=s.text[a:b]))
    return out


def _level_place(s: _Sent, i: int, person_starts: set[int]) -> Mention | None:
    """The place a level word at token i opens: with the name after it, or alone as a reference back."""
    t = s.toks[i]
    if not _opens_level(t.text):
        return None  # no level word starts here (most tokens: one look-up before the pair's key is built)
    levels = _levels()
    level = None
    span = 1
    if (i + 1 < len(s.toks) and s.toks[i + 1].is_word and s.adjacent(i + 1)
            and key(t.text + " " + s.toks[i + 1].text) in levels):
        level, span = levels[key(t.text + " " + s.toks[i + 1].text)], 2
    elif key(t.text) in levels:
        level = levels[key(t.text)]
    if level is None:
        return None
    j = i + span
    if span == 1 and t.text in lexicon.abbreviations() and j + 1 < len(s.toks) and s.toks[j].text == "." \
            and s.text[s.toks[j].end : s.toks[j + 1].start] == " ":
        j += 1  # "TP. Cần Thơ"
    if j < len(s.toks) and s.toks[j].is_cap and j not in person_starts and s.adjacent(j) and not closes_body_name(s, j):
        end = _name_end(s, j, person_starts)
        name = s.text[s.toks[j].start : s.toks[end - 1].end]
        return _mk("place", s, t.start, s.toks[end - 1].end, key(level.vi + " " + name), level=level.vi, name=name)
    if (key(level.vi) in ("quận", "phường") and j < len(s.toks) and s.toks[j].text.isdigit() and s.adjacent(j)
            and not re.match(r"[/.,:]\d", s.text[s.toks[j].end : s.toks[j].end + 2])):
        name = s.toks[j].text  # "quận 5", "phường 12": a unit named by its number (not "quận 5/2017", "5.000")
        return _mk("place", s, t.start, s.toks[j].end, key(level.vi + " " + name), level=level.vi, name=name)
    if (span == 2 or " " in level.vi or key(level.vi) in ("tỉnh", "huyện", "quận")) and not (
        i > 0 and key(s.toks[i - 1].text) in ("các", "những", "mỗi", "từng", "cấp", "hai", "ba")
    ) and not (j < len(s.toks) and s.toks[j].text in lexicon.abbreviations()):
        return _mk("place", s, t.start, s.toks[i + span - 1].end, key(level.vi), level=level.vi, ref="1")
    return None


@cache
def _level_firsts() -> frozenset[str]:
    """First words of the level words' keys ("thành" of "thành phố", "tp")."""
    return frozenset(k.split(" ", 1)[0] for k in _levels())


@lru_cache(maxsize=65536)
def _opens_level(word: str) -> bool:
    """The first word of a level word's key is this word's (its text alone decides: once per word)."""
    return key(word).split(" ", 1)[0] in _level_firsts()


def _name_end(s: _Sent, j: int, person_starts: set[int]) -> int:
    """End of a proper name of capitalised words (dash-joined parts included) starting at token j; a country's
    formal name runs to the country ("Cộng hòa Dân chủ Nhân dân Lào", "Cộng hòa Liên bang X"); none (j) when token
    j opens the next clause ("UBND TP. Theo ông A, …": :func:`closes_body_name`)."""
    if closes_body_name(s, j):
        return j
    if state := _state_end(s, j, person_starts):
        return state
    end = j + 1
    while end < len(s.toks) and end not in person_starts and end not in s.title_starts and s.adjacent(end):
        t = s.toks[end]
        if t.is_cap and t.is_word and not t.is_upper and not closes_body_name(s, end) and not glued_head(s, end) \
                and not address_opens(s, end, j) and not group_opens(s, end):  # (not "… xã Hà Lâm Ông Quế cho biết":
            # a caption run on; nor "Công ty X Lãnh đạo UBND …": the next clause's subject)
            end += 1  # "… Vinaconex Chiều qua, …", "… Hoàng Mai Trước đây …", "… X Theo quyết định": a caption run on
        elif t.text in ("-", "–") and end + 1 < len(s.toks) and s.toks[end + 1].is_cap and (
                end + 1 not in person_starts and end + 1 not in s.title_starts and not opens_connective(s, end + 1)
                and not credit_colon(s, end + 1)  # "… tỉnh X - Ảnh: A": a photo credit
                and not titled_short_form(s, end + 1)  # "… TP X - Trưởng BTC …": a title and a body's short form
                and key(s.text[s.toks[end + 1].start : s.toks[min(end + 2, len(s.toks) - 1)].end]) not in _word_set(
                    "ranks")) and not province_after_dash(s, j, end):  # "huyện X – Kon Tum": the province is not of X
            end += 2  # "Bà Rịa - Vũng Tàu", not "… Kim Sơn - Trưởng ban …" nor "… - Thiếu tướng A" (a title, a rank)
        elif (pair := key(s.toks[end - 1].text + " " + t.text)) in _CAPITAL_COMPOUNDS:
            end += 1  # "Trung ương", "Nhà nước": one name word written with a lower-case second syllable
        elif pair in _INNER_COMPOUNDS and end + 1 < len(s.toks) \
                and s.toks[end + 1].is_cap and s.toks[end + 1].is_word and s.adjacent(end + 1):
            end += 1  # "Đảng Nhân dân Cách mạng X": inside a name that goes on (not "Công an Nhân dân tỉnh X")
        else:
            break
    nxt = s.toks[end + 1].text if end + 1 < len(s.toks) else "."
    if end < len(s.toks) and s.toks[end].is_number and len(s.toks[end].text) <= 3 and s.adjacent(end) \
            and end not in person_starts and nxt in (",", ".", ";", ":", ")"):
        end += 1  # "thôn Phú An 2,": a unit named by a name and a number, before punctuation
    return end


def _state_end(s: _Sent, j: int, person_starts: set[int]) -> int | None:
    """"Cộng hòa" at token j, then at most eight words that end with a country's name (``countries.tsv``): the end
    of that country's formal name, at the first country; None for none."""
    toks = s.toks
    if j + 2 >= len(toks) or key(toks[j].text + " " + toks[j + 1].text) != "cộng hòa" or not s.adjacent(j + 1):
        return None
    seen: list[str] = []
    for x in range(j + 2, min(len(toks), j + 10)):
        if x in person_starts or x in s.title_starts or not s.adjacent(x) or not (toks[x].is_word or toks[x].text
                                                                                  == "-"):
            break
        seen.append(key(toks[x].text))
        if any(" ".join(seen[-n:]).replace(" - ", "-") in _word_set("countries") for n in (1, 2, 3, 4)
               if n <= len(seen)):
            nxt = " ".join(seen[-3:] + [key(toks[x + 1].text)]) if x + 1 < len(toks) else ""
            if not any(" ".join(nxt.split()[-n:]) in _word_set("countries") for n in (2, 3, 4) if nxt):
                return x + 1  # the first country ends it ("Cộng hòa Cuba đang thăm Việt Nam": Cuba)
    return None


_CAPITAL_COMPOUNDS = frozenset({"trung ương", "nhà nước", "quốc hội", "chính phủ", "cộng sản",
                                "lao động", "vương quốc"})  # "Đảng Cộng sản", "Đảng Lao động", "Vương quốc X"
_INNER_COMPOUNDS = frozenset({"nhân dân", "cách mạng"})


def province_after_dash(s: _Sent, i: int, j: int) -> bool:
    """Token j is a spaced dash after the name of a district or a lower unit (a level word of rank 3 or more
    between i and j), and a province's name alone follows it ("huyện X – Kon Tum", "xã Y - Hà Nam,"): the province
    locates the unit and is no part of its name (a province's own name may hold a dash: "tỉnh Bà Rịa - Vũng Tàu")."""
    toks, levels = s.toks, _levels()
    if not (0 < j < len(toks) - 1 and toks[j].text in ("-", "–") and toks[j - 1].end < toks[j].start
            and toks[j].end < toks[j + 1].start):
        return False
    ranks = [levels[k].extra[0] for x in range(max(0, i - 2), j) for k in (key(toks[x].text),
             key(" ".join(t.text for t in toks[x : x + 2]))) if k in levels and levels[k].extra]
    if not ranks or ranks[-1] < "3":
        return False
    for n in (3, 2, 1):
        x = j + 1 + n
        if x <= len(toks) and all(t.is_cap and t.is_word for t in toks[j + 1 : x]) \
                and key(s.text[toks[j + 1].start : toks[x - 1].end]) in lexicon.words("provinces") \
                and (x == len(toks) or not toks[x].is_cap):
            return True
    return False
