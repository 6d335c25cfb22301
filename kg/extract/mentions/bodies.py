"""Bodies: organisation names built on a lexicon head ("Ủy ban nhân dân tỉnh X"); with the administrative units of
:mod:`kg.extract.mentions.places`, the bodies and places of a sentence.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.body_acronyms import abbreviation_unnamed, acronym_end
from kg.extract.mentions.body_boards import board_code_end
from kg.extract.mentions.body_chapters import chapter_end
from kg.extract.mentions.body_continuation import _continuation, _honorific_at
from kg.extract.mentions.body_enumeration import enumeration_end
from kg.extract.mentions.body_managed import managed_after
from kg.extract.mentions.body_manner import manner_between, manner_then_head
from kg.extract.mentions.body_opens import _single_heads
from kg.extract.mentions.body_plurals import plural_in_name
from kg.extract.mentions.body_topics import topic_follows
from kg.extract.mentions.body_units import bare_unit_end
from kg.extract.mentions.body_verbs import verb_at
from kg.extract.mentions.bodynames import (
    _abbrev_pairs,
    abbreviated_bodies,
    lower_name_end,
    lower_then_name,
    lower_then_person,
    mission_place_end,
    missions,
    short_form_end,
    unit_follows,
)
from kg.extract.mentions.places import _CAPITAL_COMPOUNDS, _name_end, _places
from kg.extract.mentions.sentence import _abbrev_heads, _levels, _matcher, _mk, _points, _Sent
from kg.extract.normalise import key


def _bodies_and_places(s: _Sent, persons: list[tuple[int, int, str]]) -> list[Mention]:
    """Bodies (a lexicon head with its name or qualifier; an organisation of no known kind named between a title
    and a person) and places (administrative units) of the sentence. No body runs into a person's name
    (``persons``: the sentence's person spans)."""
    person_starts = {p[0] for p in persons}
    person_tokens = {x for p in persons for x in range(p[0], p[1])}
    taken: set[int] = set()  # tokens inside a body found so far
    out = missions(s, person_tokens, taken)
    out += _headed_bodies(s, person_starts, person_tokens, taken)
    out += abbreviated_bodies(s, person_tokens, taken)
    out += _untyped_bodies(s, person_starts, person_tokens, taken)
    out += _places(s, person_starts, frozenset(person_tokens))
    return out


def _body_heads(s: _Sent) -> list[tuple[int, int, lexicon.Entry]]:
    """(token index, token after the head, head entry) of every body head of the sentence: lexicon heads written
    out (one that needs a name only capitalised or right after a title) and abbreviated ones ("UBND")."""
    heads = lexicon.by_key("bodies")
    abbr_heads = _abbrev_heads()
    starts: list[tuple[int, int, lexicon.Entry]] = []
    for a, b in _matcher("bodies").spans(s.view, s.sent.start, s.sent.end):
        if a not in s.at_start or b not in s.at_end:
            continue
        if any(ta <= a and b < tb for ta, tb in s.titles):
            continue  # "Chi cục trưởng": a head that only opens a title is no body
        entry = heads[key(s.text[a:b])]
        if entry.extra[4:5] == ("unit",) and _inner_head(s, a, b):  # "Đảng Bộ Công Thương": "Bộ Công Thương"
            last = s.index_from(b) - 1
            starts.append((last, last + 1, heads[key(s.toks[last].text)]))
            continue
        if b in s.at_end and any(tb == b for _ta, tb in s.titles) and (key(s.view[b : b + 1 + len(entry.vi)])
                == key(" " + entry.vi) and s.text[b + 1 : b + 2].isupper() or manner_then_head(s.text, b, entry.vi)):
            continue  # "Trưởng phòng Phòng Giáo dục": the head ending the title is written again as the body's own
        # "Phó Trưởng ban Tuyên giáo", "Phó ban", "Phó Giám đốc bệnh viện Đa khoa …": a head right after a title
        after_title = bool(_AFTER_HEAD_TITLE.search(s.view, max(0, a - 8), a)) or any(
            tb + 1 == a or managed_after(s.text, tb, a) or manner_between(s.text, tb, a) for _ta, tb in s.titles)
        if _needs_name(entry) and not s.text[a].isupper() and not after_title:
            continue
        starts.append((s.at_start[a], s.at_end[b] + 1, entry))
    pairs = _abbrev_pairs()
    for i, t in enumerate(s.toks):
        if (second := pairs.get(t.text)) and i + 1 < len(s.toks) and s.toks[i + 1].text in second and s.adjacent(i + 1):
            starts.append((i, i + 2, second[s.toks[i + 1].text]))  # "UBTƯ MTTQ": two abbreviations, one head
            continue
        if t.text in abbr_heads:
            entry, after = abbr_heads[t.text], i + 1
            for n in (2, 1):  # "TAND tối cao" = "Tòa án nhân dân tối cao", a head of its own
                more = " ".join(x.text for x in s.toks[i + 1 : i + 1 + n])
                if i + n < len(s.toks) and all(x.is_word for x in s.toks[i + 1 : i + 1 + n]) \
                        and key(entry.vi + " " + more) in heads:
                    entry, after = heads[key(entry.vi + " " + more)], i + 1 + n
                    break
            first = i
            if i and s.toks[i - 1].is_cap and s.adjacent(i) and key(s.toks[i - 1].text + " " + entry.vi) in heads:
                first, entry = i - 1, heads[key(s.toks[i - 1].text + " " + entry.vi)]  # "Tổng LĐLĐ"
            starts.append((first, after, entry))
    return starts


_AFTER_HEAD_TITLE = re.compile(r"(?<!\w)(?:trưởng|phó) $")  # "Trưởng phòng", "Phó phòng": the head's first word


def _inner_head(s: _Sent, a: int, b: int) -> bool:
    """A head of a party or union organisation ("Đảng bộ", marked ``unit``) whose last word, capitalised, is a head
    of its own that takes the capitalised name after it: "Ban cán sự Đảng Bộ Công Thương" is "Đảng" + "Bộ Công
    Thương", not "Đảng bộ" (other heads written so stay whole: "Tổng Cục Lâm nghiệp", "Ủy Ban Chứng khoán")."""
    last = s.text[a:b].split()[-1]
    i = s.at_end.get(b)
    return " " in s.text[a:b] and last[:1].isupper() and key(last) in _single_heads() and i is not None \
        and i + 1 < len(s.toks) and s.toks[i + 1].is_cap and s.adjacent(i + 1)


def _headed_bodies(s: _Sent, person_starts: set[int], person_tokens: set[int], taken: set[int]) -> list[Mention]:
    """A body at each head (of heads that start at one token, the longest), up to the end of its name or
    qualifier; the tokens each covers go into ``taken``."""
    out: list[Mention] = []
    for i, after, entry in sorted(_body_heads(s), key=lambda x: (x[0], -x[1])):
        if i in taken or i in person_tokens:
            continue
        end = _body_end(s, i, after, entry, person_starts)
        if end is None or verb_at(s, i, end):
            continue
        if entry.extra[4:5] == ("joint",):
            end = _joint_end(s, after, end, person_starts)
        if (listed := enumeration_end(s, end, person_starts)) > end:  # "Bộ Lao động, Thương binh và Xã hội"
            end = _qualifier_end(s, listed, person_starts)  # "Sở Văn hóa, Thể thao và Du lịch tỉnh X": its place
        end = mission_place_end(s, end, person_tokens, taken)  # "Phòng Thương mại X tại Việt Nam": its office there
        end, spelled = short_form_end(s, i, end, person_starts)  # the head's words spell it too ("(HĐQT)")
        if spelled:  # "… (NKT-TMC) tỉnh X", "… (HĐQT) Tổng Công ty X": what qualifies the body follows the short form
            end = _qualifier_end(s, end, person_starts)
        end = chapter_end(s, end, person_starts)  # "Ủy ban MTTQ Việt Nam tỉnh X"
        a, b = s.toks[i].start, s.toks[end - 1].end
        out.append(_mk("body", s, a, b, head=entry.vi, cls=entry.en, en=entry.extra[0] if entry.extra else ""))
        taken.update(range(i, end))
    return out


def _body_end(s: _Sent, i: int, after: int, entry: lexicon.Entry, person_starts: set[int]) -> int | None:
    """End (exclusive token index) of the body whose head spans tokens i..after; None when its head needs a name
    and none follows."""
    abbr = lexicon.abbreviations()
    title_starts = s.stops
    needs = _needs_name(entry)
    if needs:
        after = _short_form_skip(s, after, person_starts)  # "trường trung học phổ thông (THPT) X": the name after
    single = " " not in entry.vi
    in_title = any((ta < s.toks[i].start and s.toks[after - 1].end == tb) or tb + 1 == s.toks[i].start
                   or managed_after(s.text, tb, s.toks[i].start) or manner_between(s.text, tb, s.toks[i].start)
                   for ta, tb in s.titles)  # the head ends a title, or follows it (across "kiêm quản lý" or
                   # "thường trực"): "Hiệu trưởng Trường mầm non X"
    lower_name = in_title and after < len(s.toks) and not s.toks[after].is_cap and (lower_then_name(
        s, after, person_starts) or lower_then_person(s, after, person_starts))
    if needs and not in_title and s.toks[i].is_upper and abbreviation_unnamed(s, after, person_starts):
        return None  # "các HTX hoạt động …": an abbreviated head with a lower-case word after it and no name
    if needs and not lower_name and entry.extra[3:4] == ("lower",) \
            and (end := lower_name_end(s, i, after, person_starts)):
        return end  # "Tổ trưởng Tổ thẩm định độc lập,": a name all in lower case, right after a title
    if entry.extra[4:5] == ("unit",) and unit_follows(s, after, person_starts, title_starts):
        return _continuation(s, after, needs_name=True, stop_at=person_starts | title_starts, head_is_name=True)
    if entry.extra[4:5] == ("unit",) and (bare := bare_unit_end(s, after)):
        return bare  # "Phó bí thư Đảng ủy cơ quan và ông A": the unit noun alone, the agency's own committee
    plural = after + 1 < len(s.toks) and key(s.toks[after].text) in ("các", "những") and plural_in_name(
        s, after + 1, person_starts | title_starts)  # "Liên hiệp các tổ chức hữu nghị X": a plural opens the name
    led = s.text[s.toks[i].start].isupper() or any(ta < s.toks[i].start < tb for ta, tb in s.titles)
    if needs and (single or not led) and not lower_name and not plural and (  # "Trưởng ban Quản lý dự án X"
            after >= len(s.toks) or not (s.toks[after].is_cap or s.toks[after].text in abbr)
            or after in person_starts or not s.adjacent(after)):
        return None
    end = after
    if lower_name:  # "Trưởng ban tổ chức Trung ương": lower-case words, then the capitalised rest
        j = after
        while j < len(s.toks) and not s.toks[j].is_cap and (s.toks[j].is_word or s.toks[j].text == "&") \
                and j - after < 6:  # "Sở tài nguyên & môi trường Lê Văn A" (lower_then_person)
            j += 1
        end = _continuation(s, j, needs_name=True, stop_at=person_starts | title_starts, head_is_name=True) \
            if j < len(s.toks) and s.toks[j].is_cap else after  # "… kế hoạch Sở Xây dựng": its lower syllables too
    elif after < len(s.toks):
        end = _continuation(s, after, needs_name=needs, stop_at=person_starts | title_starts,
                            head_is_name=(needs and not single) or lower_name)
    if not needs:  # a standalone head takes only a place qualifier: admin level + name, or a bare name
        end = board_code_end(s, after, entry, person_starts) \
            or acronym_end(s, after, _qualifier_end(s, after, person_starts), entry, person_starts)
    elif topic_follows(s, i, end, entry, person_starts | title_starts):  # "Trưởng ban Chỉ đạo X về phòng, chống …"
        end = _continuation(s, end + 1, needs_name=True, stop_at=person_starts | title_starts, head_is_name=True)
    return end


def _short_form_skip(s: _Sent, after: int, person_starts: set[int]) -> int:
    """A head written out in full then its short form in parentheses before its name ("trường trung học phổ thông
    (THPT) X"): the token where the name starts, after the parentheses; ``after`` when there is no such form."""
    toks = s.toks
    if after + 3 < len(toks) and toks[after].text == "(" and toks[after + 2].text == ")" \
            and toks[after + 1].is_upper and toks[after + 3].is_cap and toks[after + 3].is_word \
            and (after + 3) not in person_starts:
        return after + 3
    return after


def _joint_end(s: _Sent, after: int, end: int, person_starts: set[int]) -> int:
    """An office of two councils ("Văn phòng HĐND, UBND quận X", "Văn phòng HĐND và UBND tỉnh"): a name that is one
    abbreviated head, then "," or "và" and another abbreviated head, runs to the end of the second body's name."""
    toks, heads = s.toks, _abbrev_heads()
    if end != after + 1 or toks[after].text not in heads or end + 1 >= len(toks) or toks[end].text not in (",", "và") \
            or toks[end + 1].text not in heads or toks[end + 1].text == toks[after].text or end + 1 in person_starts:
        return end
    second = _body_end(s, end + 1, end + 2, heads[toks[end + 1].text], person_starts)
    return second if second is not None else end


def _untyped_bodies(s: _Sent, person_starts: set[int], person_tokens: set[int], taken: set[int]) -> list[Mention]:
    """"Chủ tịch FPT Trương Gia Bình", "Tổng giám đốc Viettel Nguyễn Mạnh Hùng": a name of an organisation of
    no known kind (an acronym or one or two capitalised words) between a title and a person's name."""
    levels = _levels()
    out: list[Mention] = []
    for _a, b in s.titles:
        i = s.index_from(b)
        for n in (1, 2):
            j = i + n
            if j in person_starts and i not in taken and all(
                    (s.toks[x].is_cap or s.toks[x].is_upper) and s.adjacent(x) and x not in person_tokens
                    and key(s.toks[x].text) not in levels and x not in s.stops and not _honorific_at(s, x)
                    for x in range(i, j)):  # "Hiệu trưởng PGS.TS Lê Văn A": an academic title, no body
                out.append(_mk("body", s, s.toks[i].start, s.toks[j - 1].end, head="", cls="Body", en=""))
                taken.update(range(i, j))
                break
    return out


def _qualifier_end(s: _Sent, i: int, person_starts: set[int]) -> int:
    """After a standalone head: an admin level + name, a bare proper name, or a Central/"Trung ương" tag."""
    levels = _levels()
    abbr = lexicon.abbreviations()
    if i >= len(s.toks) or i in person_starts or i in s.stops or not s.adjacent(i):
        return i
    t = s.toks[i]
    nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
    pair = key(t.text + " " + nxt.text) if nxt is not None and nxt.is_word and t.is_word else ""
    for n in (5, 4, 3, 2, 1):  # "Ban Chấp hành Tỉnh ủy X", "HĐQT Tổng công ty X", "Đảng ủy Sở Xây dựng": a body of its
        rest = s.toks[i + 1 : i + n]  # own after the head, its head capitalised, then lower case ("Tổng Công ty":
        inner = lexicon.by_key("bodies").get(key(" ".join(x.text for x in s.toks[i : i + n]))) \
            if len(rest) == n - 1 and all(x.is_word and (not x.is_cap or not rest[-1].is_cap) and s.adjacent(i + 1 + r)
                                          for r, x in enumerate(rest)) and t.is_cap else None  # its last word) or
        # (one word) a name (a unit head: its own rule)
        if inner is not None and inner.extra[4:5] != ("unit",) and (n > 1 or _needs_name(inner) and nxt is not None
                                                                    and nxt.is_cap and s.adjacent(i + 1)):
            return _body_end(s, i, i + n, inner, person_starts) or i + n
    if (inner := _abbrev_heads().get(t.text)) is not None and _needs_name(inner) and inner.extra[4:5] != ("unit",) \
            and not abbreviation_unnamed(s, i + 1, person_starts):
        return _body_end(s, i, i + 1, inner, person_starts) or i + 1  # "HĐQT HTX X", "Đảng ủy BV X": abbreviated
    if pair in levels and i + 2 < len(s.toks) and s.toks[i + 2].is_cap and (i + 2) not in person_starts:
        return _name_end(s, i + 2, person_starts)
    if pair in levels and s.adjacent(i + 1):
        return i + 2  # "UBND Thành phố," / "UBND thành phố tặng": a two-word level without a name
    if key(t.text) in levels and nxt is not None and nxt.is_cap and (i + 1) not in person_starts:
        return _name_end(s, i + 1, person_starts)
    if ((t.text in abbr and key(t.text) in levels or t.text in _points()) and nxt is not None and nxt.text == "."
            and i + 2 < len(s.toks) and s.toks[i + 2].is_cap and s.toks[i + 2].is_word and i + 2 not in person_starts):
        return _name_end(s, i + 2, person_starts)  # "TP. Cần Thơ": an abbreviated level with its dot
    if t.text in abbr and " " in abbr[t.text].vi and key(abbr[t.text].vi.split(" ")[0]) in ("thành",):
        return i + 1
    if t.text in abbr and key(abbr[t.text].vi) in _CAPITAL_COMPOUNDS:  # "Ban Chấp hành T.Ư Đảng", "… TW"
        return _name_end(s, i, person_starts)
    if t.is_cap and t.is_word and not t.is_upper:
        return _name_end(s, i, person_starts)
    if key(t.text) in levels and nxt is not None and nxt.is_number and s.adjacent(i + 1) \
            and (i + 1) not in person_starts:
        return i + 2  # "UBND quận 1", "Công an phường 5": a unit named by its number
    if key(t.text) in levels and (nxt is None or not nxt.is_word or not nxt.is_cap or (i + 1) in person_starts):
        return i + 1  # "UBND tỉnh", "HĐND huyện": level without a name ("UBND tỉnh kiêm …", "… tỉnh đối với")
    return i


def _needs_name(entry: lexicon.Entry) -> bool:
    return len(entry.extra) > 1 and entry.extra[1] == "1"
