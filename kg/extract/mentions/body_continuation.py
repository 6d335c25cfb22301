"""Where a body's or a place's name that continues at a token ends: the capitalised words, numbers and short
forms that go on after its head, and the words that cut it (a clause's opening noun, an auxiliary or a closing
word, an honorific before a person's name). Read by :mod:`kg.extract.mentions.bodies` and
:mod:`kg.extract.mentions.models`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.body_counts import count_at
from kg.extract.mentions.body_dash_fields import dash_field
from kg.extract.mentions.body_field_topics import field_topic
from kg.extract.mentions.body_group_run import group_opens
from kg.extract.mentions.body_move_on import moves_on
from kg.extract.mentions.body_objects import object_end
from kg.extract.mentions.body_opens import _opens_body, _single_heads, opens_named_single
from kg.extract.mentions.body_pairs import comma_pair
from kg.extract.mentions.body_plurals import plural_in_name
from kg.extract.mentions.body_topics import task_verb
from kg.extract.mentions.body_work import work_field_end
from kg.extract.mentions.bodynames import _bare_level, _dashed_field, and_lower_field
from kg.extract.mentions.name_ends import abbreviation_tail, closes_body_name, credit_colon, dated
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union

ROMAN = re.compile(r"^[IVXLC]+$")


# long: one pass over the name's tokens, one short branch per construction that continues a body's name
def _continuation(s: _Sent, i: int, *, needs_name: bool, stop_at: set[int], max_lower: int = 10,
                  head_is_name: bool = False) -> int:
    """Token index where a body/place name that continues at token i ends (exclusive)."""
    levels, stops, abbr = _levels(), _word_set("name_stops"), lexicon.abbreviations()
    toks = s.toks
    j = i
    last_cap = i if head_is_name else -1
    lower_run = run_start = 0
    cap_run = 0  # consecutive capitalised words: after a proper name ("Bình Định") no lower-case word follows
    while j < len(toks) and j not in stop_at:
        t = toks[j]
        lk = key(t.text)
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if (j > i and not s.adjacent(j)) or (closes_body_name(s, j, j > i) or j > i and group_opens(s, j)
                                             if t.is_cap else j > i and dated(s, j)):
            break  # "… Cty X Sáng 12/5 …", "… Trước đây …", "… X Theo quyết định", "… Cty X Lãnh đạo UBND": a caption
            # run on into the text
        if t.text in abbr or t.is_upper or (t.is_cap and t.is_word):
            if not (t.text in abbr or t.is_upper):  # a head inside the name opens a name of its own ("Văn phòng Bộ
                cap_run = 0 if lk in _single_heads() or _opens_body(s, j) else cap_run + 1  # Nội vụ", "X Công ty")
            j, last_cap, lower_run, cap_run = (e := object_end(s, j + 1, stop_at)), e, 0, cap_run * (e == j + 1)
            continue
        if ROMAN.match(t.text) or (t.is_number and j > i and key(toks[j - 1].text) == "số"):
            j = last_cap = j + 1
            continue
        if (lk in levels and nxt is not None and (nxt.is_cap or nxt.text in abbr) and (j + 1) not in stop_at) or (
                lk == "số" and nxt is not None and nxt.is_number):
            j += 1  # a level word before a name; "số" before a number
            continue
        if last_cap == j and (n := _bare_level(s, j)):
            j += n  # "Sở Y tế tỉnh,": a level word without a name, before punctuation, is the unit of the body
            break
        if lk in ("và", "&", "-", "–") and nxt is not None and (nxt.is_cap or nxt.text in abbr) and j > i:
            if (j + 1) in stop_at or (lk == "và" and (_opens_body(s, j + 1) or opens_named_single(s, j + 1))) \
                    or _honorific_at(s, j + 1):
                break  # "Bộ Y tế và UBND tỉnh X", "Sở Y tế và Sở Nội vụ": two bodies, not one name
            j, cap_run = j + 1, 0 if dash_field(s, j + 1) else cap_run  # "Sở Tài Nguyên - Môi trường"
            continue
        if lk in ("-", "–") and j > i and last_cap >= 0 and lower_run <= 1 and needs_name \
                and (n := _dashed_field(s, j + 1, stops, levels)):
            j, lower_run = j + 1 + n, 0  # "Chi cục Chăn nuôi - thú y tỉnh X": a second field in lower case
            continue
        if j > i and (n := (t.text == "," and comma_pair(s, j, stop_at)) or and_lower_field(s, j, stop_at, needs_name)):
            j += n  # "Ban Chỉ đạo phòng, chống tội phạm"; "Cục Quản lý nhà và thị trường bất động sản - Bộ X"
            continue
        if j > i and lk == "về" and (n := field_topic(s, j, stop_at)):
            j, lower_run = j + n, 0  # "Phòng Cảnh sát điều tra tội phạm về ma túy": the field of crime it fights
            continue
        if lk in ("các", "những") and (j > i or head_is_name) and plural_in_name(s, j + 1, stop_at):
            run_start = j if lower_run == 0 else run_start
            j += 1  # "Đảng ủy Khối các cơ quan Trung ương": a plural noun phrase inside the name (the words after
            continue  # "các", checked to end at a capitalised word, count as its lower-case run)
        resumes = any(x < len(toks) and toks[x].is_cap and toks[x].is_word for x in (j + 1, j + 2))
        if (t.is_word and not t.is_cap and needs_name and last_cap >= 0 and lower_run < max_lower
                and (lk not in stops or _noun_at(s, j) or _noun_at(s, j + 1) or task_verb(s, j, i))  # "dự án"
                and (cap_run < 2 or resumes)
                and not _honoured_next(s, j)):
            if _opens_clause(s, j, last_cap, stops) and not task_verb(s, j, i):
                break
            run_start = j if lower_run == 0 else run_start
            j += 1
            lower_run += 1
            cap_run = 0
            continue
        break
    return _clause_cut(s, j, run_start, lower_run, stop_at, keep=0 if head_is_name and run_start == i else 1)


def _opens_clause(s: _Sent, j: int, last_cap: int, stops: frozenset[str]) -> bool:
    """Lower-case token j opens a clause, not the name's next word: a verb of two words (a noun after a plural or
    two nouns: "Liên hiệp các tổ chức …", "công nghệ thông tin"), or a verb of saying, unless it completes the
    capitalised word before it into a noun ("Đài Tiếng nói Việt Nam"); or a count ("hai năm": :mod:`.body_counts`)."""
    toks = s.toks
    two = key(toks[j].text) + " " + key(toks[j + 1].text) if j + 1 < len(toks) else ""
    return count_at(s, j) or two in stops and key(toks[j - 1].text) not in ("các", "những") \
        and not _noun_at(s, j + 1, 4) or \
        names.cue_after(toks, j, "speech") and not (last_cap == j and _noun_at(s, j))


def _noun_at(s: _Sent, j: int, n: int = 2) -> bool:
    """Token j ends a noun of n words of ``name_nouns`` ("Văn phòng Đăng ký …", "công nghệ thông tin")."""
    return n - 1 <= j < len(s.toks) and key(" ".join(t.text for t in s.toks[j + 1 - n : j + 1])) in _word_set(
        "name_nouns")


def _clause_cut(s: _Sent, j: int, run_start: int, lower_run: int, stop_at: set[int], keep: int = 1) -> int:
    """Lower-case words at the end of a name stand only when a boundary follows them: punctuation, a capitalised
    word, a person or title, the sentence's end, a function word that closes a name ("… mầm non (", "… mầm non
    của") or a verb of saying ("Cục Chống tham nhũng khẳng định"). Before another verb or lower-case word they open
    the next clause ("Sở Y tế thực hiện việc kiểm tra"): the name keeps only the syllable that completes its last
    capitalised word ("Sở Y tế"), none (``keep`` 0) after a whole head of several words ("Ban Quản lý thực hiện
    …") or after a lower-case word (a name verb's object: "Cục Kiểm soát hoạt động x y thiếu …")."""
    if lower_run < 2 or j >= len(s.toks) or j in stop_at:
        return run_start if j not in stop_at and abbreviation_tail(s, j, run_start, lower_run) else j
    t, before, first = s.toks[j], s.toks[run_start - 1], key(s.toks[run_start].text)  # "Sở GTVT tiến hành": whole
    two = key(t.text + " " + s.toks[j + 1].text) if j + 1 < len(s.toks) else ""  # "… đất đai đối với ông A"
    if not t.is_word or t.is_cap or t.is_upper or key(t.text) in _closing_words() or two in _closing_words() \
            or names.cue_after(s.toks, j, "speech") or key(t.text) in _auxiliaries() or moves_on(s, j) \
            or count_at(s, j):  # "… cán bộ | hai năm tù": a count of the clause
        return j  # "Cục Chống tham nhũng khẳng định": a verb of saying ends the name; so does an auxiliary ("bị")
    if work_field_end(s, j, run_start):  # "Ban Chỉ đạo Công tác dân vận tổ chức …": the work's field
        return j
    return run_start + (0 if not before.is_cap or before.is_upper and first not in _levels() else keep)


def _honoured_next(s: _Sent, j: int) -> bool:
    """A lower-case honorific at token j before a capitalised word: it ends a body's name ("Giám đốc Sở Nội vụ ông
    Lê Văn A")."""
    return not s.toks[j].is_cap and j + 1 < len(s.toks) and s.toks[j + 1].is_cap and _honorific_at(s, j)


def _honorific_at(s: _Sent, j: int) -> bool:
    """An honorific or academic title opens at token j ("trường ĐH X – Tiến sĩ Lê Văn A"), or a credit and its colon
    ("Hội X - Ảnh: Lê Văn A", stopnames.tsv): no part of a name."""
    two = key(" ".join(t.text for t in s.toks[j : j + 2]))  # (or a rank: "Công an tỉnh X – Thiếu tướng Lê Văn A")
    return key(s.toks[j].text) in _word_set("honorifics") or two in union(_word_set("honorifics"), _word_set("ranks")) \
        or credit_colon(s, j)


@cache
def _closing_words() -> frozenset[str]:
    return frozenset(key(r[0]) for r in lexicon.rows("name_stops") if len(r) > 2 and r[2] == "closes")


@cache
def _auxiliaries() -> frozenset[str]:
    """Auxiliaries of tense, aspect, voice and negation (``name_stops``: PAST, FUT, PROG, PASSIVE, NEG): they open a
    predicate, so the lower-case words before them end its subject ("Cục Quản lý hoạt động xây dựng bị kỷ luật")."""
    marks = (["PAST"], ["FUT"], ["PROG"], ["PASSIVE"], ["NEG"])
    return frozenset(key(r[0]) for r in lexicon.rows("name_stops") if r[1:2] in marks)
