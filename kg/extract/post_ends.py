"""Where a post phrase's name ends when the lexicon finds no body for its title ("Giám đốc NXB Kim Đồng", "Vụ
trưởng Khai thác thủy sản"), and a national body's country written after it ("Thủ tướng Chính phủ nước CHDCND Lào").
Pure functions over the text, read by :mod:`kg.extract.facts.holdings` beside the post grammar
(:mod:`kg.extract.posts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.extract import lexicon, names
from kg.extract.document import Mention
from kg.extract.mentions.name_marks import note_mark_text
from kg.extract.normalise import key
from kg.extract.post_fields import _NUMBER, _SO, joins_fields, lower_head_end

_NAME_WORD = re.compile(r"\s+(?:[-–]\s+)?([^\W\d_][\w.&'’-]*)")


def bare_body_end(text: str, end: int, limit: int, stops: set[int]) -> int:
    """A title the lexicon finds no body for keeps the name that follows it: capitalised words and abbreviations
    ("Giám đốc NXB Kim Đồng", "Tổng giám đốc Cty Điện Quang"), up to a person's name, another title, a lower-case
    word or punctuation (at most six words)."""
    pos, words, last = end, 0, ""
    head = _BARE_HEAD.match(text, end, limit)  # "Bí thư chi bộ,", "Giám đốc bệnh viện.": a body's head written bare
    if head and key(head.group(1)) in lexicon.by_key("bodies"):
        return head.end(1)
    if level := _bare_level_end(text, end, limit):
        return level
    while words < 6:
        m = _NAME_WORD.match(text, pos, limit)
        if not m or m.start(1) in stops or _opens_time(text, m.start(1), limit) or note_mark_text(text, pos, limit):
            break  # (a reporter's note: "Bí thư X - PV)")
        if not m.group(1)[0].isupper():
            if words and (key(text[pos - 8 : m.end()]).endswith(_COMPOUND_ENDS)
                          or _completes_word(text, m, limit, stops)):
                pos = m.start(1) + len(m.group(1).rstrip("."))  # "UB Trung ương", "Cảnh sát PCCC": a name word
                continue
            if words or _ends_with_head(text, end):  # "Vụ trưởng Khai thác thủy sản,"; "Phó phòng kế toán)"
                cut = pos
                pos = _lower_field_end(text, pos, limit) if words else _field_of_body(text, pos, limit, stops)
                pos = _field_then_name(text, pos, limit, stops) if words == 1 or pos == end and _cap_head(text, end) \
                    or pos == cut and words > 1 and last.isupper() else pos  # "Khu QLDA giao thông số 2 X"
                if pos == cut and words and (split := _split_word_start(text, end, pos, m)) != pos:
                    named = _field_then_name(text, pos, limit, stops)  # "Cảng vụ Đường | thủy nội địa X cho biết"
                    pos = named if named != pos else split
            elif h := lower_head_end(text, pos, limit):  # "Giám đốc trung tâm điều phối … đô thị X)"
                named = _field_then_name(text, h, limit, stops)  # (a name after the field: "… hội kiến Tổng thống")
                pos = named if named != h and text[:named].split()[-1][:1].isupper() else pos
            break
        pos, words, last = m.end(), words + 1, m.group(1)
        if m.group(1).endswith("..") or text[pos - 1] == "." and not text[pos:limit].strip(" ."):
            return m.start(1) + len(m.group(1).rstrip("."))  # the full stop or an ellipsis: "Tuần phủ Hưng Yên. ."
    num = _UNIT_NUMBER.match(text, pos, limit) if words or _ends_with_place_word(text, end) else None
    return num.end(1) if num else pos  # "Trưởng thôn Phú An 2,", "Trưởng khu 3,": a unit named by a number


def _split_word_start(text: str, end: int, pos: int, m: re.Match[str]) -> int:
    """A name written in sentence case that the walk cut after its first syllable ("Bộ trưởng Thông | tin và Truyền
    thông", "Phó giám đốc Dự án Đầu | tư xây dựng …"): one capitalised Vietnamese syllable (no foreign word of
    ``names.is_foreign``), no body's head alone or with ``m``, right after the title, a lower-case word or an
    abbreviation, then the lower-case word ``m`` with no dash before it that is no verb, function or time word
    (:func:`_stops_at`): the name ends before that syllable; else ``pos``."""
    words = text[end:pos].split()
    last, before = words[-1], words[-2] if len(words) > 1 else ""
    heads = lexicon.by_key("bodies")
    if last[0].isupper() and not names.is_foreign(last) and (not before or before.islower() or before.isupper()) \
            and not text[pos : m.start(1)].strip() and m.group(1).isalpha() and not _stops_at(text, m) \
            and key(last) not in heads and key(f"{last} {m.group(1)}") not in heads:
        return len(text[: pos - len(last)].rstrip())
    return pos


def _stops_at(text: str, m: re.Match[str]) -> bool:
    """The lower-case word ``m``, alone or with the word after it, is a verb, function or time word ("hiện nay")."""
    nxt = _NEXT_WORD.match(text, m.end())
    words = _stop_words()
    return key(m.group(1)) in words or nxt is not None and key(f"{m.group(1)} {nxt.group(1)}") in words


_UNIT_NUMBER = re.compile(r"\s+(\d{1,3})(?=\s*[,.;:)](?!\d)|\s*$)")


_LOWER_PAIR = re.compile(r"\s+([^\W\d_A-ZĐ]\w*)(?:\s+([^\W\d_A-ZĐ]\w*))?")


def calls_a_person(text: str, end: int, limit: int, mentions: Sequence[Mention]) -> bool:
    """The title is followed by one capitalised word, the last word of the name of a person the document names in
    full, and no other capitalised word ("Bộ trưởng Tân cho hay", "Tổng Thư ký Kowalski mong muốn"): the title and
    how the article calls that person, not a title and a body's name."""
    m = _NAME_WORD.match(text, end, limit)
    if m is None or text[end : m.start(1)].strip() or not m.group(1)[0].isupper() or m.group(1).isupper():
        return False
    nxt = _NAME_WORD.match(text, m.end(), limit)
    if nxt is not None and nxt.group(1)[0].isupper() or text[m.end() : m.end() + 1] in "-–.":
        return False
    word = key(m.group(1))
    return any(p.kind == "person" and " " in (name := text[p.start : p.end]) and key(name.split()[-1]) == word
               for p in mentions)


def byline(text: str, end: int, limit: int) -> bool:
    """The name that ends at ``end`` is a byline: a word of ``stopnames`` (``byline-after``) in parentheses follows
    it ("Trần Minh (thực hiện)"); the reporter holds no post the text names before the name."""
    m = re.match(r"\s*\(\s*([^()]{1,20}?)\s*\)", text[end:limit])
    return m is not None and any(k == key(m.group(1)) for k, e in lexicon.by_key("stopnames").items()
                                 if e.en == "byline-after")


def _bare_level_end(text: str, end: int, limit: int) -> int:
    """A local leader's title then a level word in lower case and no unit's name ("Phó Chủ tịch xã phụ trách …",
    "Chủ tịch huyện,"): the post ends after the level — not where the level and the next word make a body ("huyện
    đoàn") or a longer level ("thị xã"), nor before a capitalised word ("Chủ tịch phường Lê Lợi": the unit's name,
    which may read as a person's, the holder's). 0 when no level follows."""
    m = _LOWER_PAIR.match(text, end, limit)
    if m is None:
        return 0
    levels, bodies = lexicon.levels(), lexicon.by_key("bodies")
    two = m.group(2) and key(f"{m.group(1)} {m.group(2)}")
    if two and two in levels:
        out = m.end(2)
    elif key(m.group(1)) not in levels or two and two in bodies:
        return 0
    else:
        out = m.end(1)
    return 0 if text[out:limit].lstrip()[:1].isupper() else out


def _cap_head(text: str, end: int) -> bool:
    """The title that ends at ``end`` ends with a body's head of one word written capitalised ("trưởng Ban",
    "Trưởng Phòng"): a lower-case field and a capitalised name may follow it ("trưởng Ban bạn đọc báo X")."""
    last = text[max(0, end - 12) : end].split()[-1:]
    return bool(last) and last[0][:1].isupper() and key(last[0]) in lexicon.by_key("bodies")


def _ends_with_place_word(text: str, end: int) -> bool:
    """The title that ends at ``end`` ends with a word of ``place_words.tsv`` ("Trưởng thôn", "Trưởng khu phố"):
    a number alone may name its unit."""
    tail = text[max(0, end - 16) : end].split()
    return any(key(" ".join(tail[-n:])) in lexicon.by_key("place_words") for n in (1, 2) if len(tail) >= n)


def _ends_with_head(text: str, end: int) -> bool:
    """The title that ends at ``end`` ends with a body's head of one word ("Trưởng phòng", "Phó phòng") or is such
    a head and "trưởng" ("Tổ trưởng", "Đội trưởng"): a field's name in lower case may follow it as the body's
    name."""
    last = re.search(r"(\w+)(\s+trưởng)?\s*$", text[max(0, end - 12) : end])
    if last is not None and key(last.group(1)) in lexicon.by_key("bodies"):
        return True
    tail = text[max(0, end - 40) : end].split()
    if len(tail) >= 3 and key(" ".join(tail[-2:])) in lexicon.by_key("bodies"):
        return True  # a head of two words: "Trưởng bộ môn"
    return any(key(" ".join(tail[-n:])) in _task_heads() for n in range(3, min(len(tail), 5) + 1))


@cache
def _task_heads() -> frozenset[str]:
    """Titles of the lexicon that head a committee or a team named by its task, in lower case ("Trưởng đoàn kiểm
    tra", "Trưởng đoàn cưỡng chế"): what it inspects may follow in lower case ("… kiểm tra liên ngành")."""
    return frozenset(e.key for e in lexicon.entries("posts") if len(w := e.vi.split()) >= 3
                     and key(" ".join(w[:2])) in ("trưởng ban", "trưởng đoàn") and all(x.islower() for x in w[2:]))


_COMPOUND_ENDS = ("trung ương", "nhà nước", "quốc hội", "chính phủ", "cộng sản", "lao động",
                  "liên hợp", "hợp quốc", "liên hiệp", "hiệp quốc", "tự do")  # "Tổng Thư ký Liên hợp quốc"
# (before punctuation, a spaced dash and the next post — "Bí thư chi bộ - Giám đốc …" — or the sentence's end)
# (or before a form of address, honorifics.tsv, and a name: "giám đốc trung tâm ông A")
_BARE_HEAD = re.compile(r"\s+([^\W\d_A-ZĐ]\w*(?:\s+[^\W\d_A-ZĐ]\w*)?)(?=\s*[,;.)]|\s+[-–]\s|\s*$"
                        r"|\s+" + lexicon.alternation("honorifics", 2, "address") + r"\s+[A-ZĐ])")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@cache
def _stop_words() -> frozenset[str]:
    """Words no name goes on through: verbs and function words (``name_stops``), verbs of saying, time words and
    connectives (``phrase_openers``)."""
    return lexicon.words("name_stops") | names.cue_phrases("speech") | lexicon.words("phrase_openers")


def _completes_word(text: str, m: re.Match[str], limit: int, stops: set[int]) -> bool:
    """The lower-case syllable ``m`` after a capitalised word is the second syllable of that word, and the name goes
    on ("Cảnh sát PCCC", "Kinh tế Trung ương", "Giao thông Vận tải"): no verb, function or time word
    (``name_stops``, verbs of saying, ``phrase_openers``), alone or with the word after it, and a capitalised word
    follows that opens no person's name, title or date (``stops``)."""
    words = _stop_words()
    nxt = _NEXT_WORD.match(text, m.end(), limit)
    return nxt is not None and m.group(1).isalpha() and nxt.group(1)[0].isupper() and nxt.start(1) not in stops \
        and (key(m.group(1)) not in words or _ends_noun(text, m)) and key(f"{m.group(1)} {nxt.group(1)}") not in words


def _opens_time(text: str, start: int, limit: int) -> bool:
    """A capitalised word that opens the next clause: a time word then a date or a "then" word ("… Vinaconex Chiều
    qua, …", "… Sáng 12/5"; ``phrase_openers``: ``time``, ``then``), a phrase that links clauses ("… Ngoài ra, …",
    ``connective``) or a photo credit ("Theo", "Ảnh": ``stopnames``, ``credit``; also before a colon: "Nguồn:") — a
    caption run on into the text."""
    if (c := _CREDIT_COLON.match(text, start, limit)) and c.group(1).istitle() and key(c.group(1)) in _credits():
        return True  # "Tổng giám đốc X - Nguồn: X": a source credit
    m = re.match(r"([^\W\d_]+)\s+([\w/.-]+)", text[start:limit])
    roles = lexicon.roles("phrase_openers")
    if m is None or not m.group(1)[0].isupper():
        return False
    two = key(f"{m.group(1)} {m.group(2)}") if m.group(2).islower() else ""
    credit = not m.group(1).isupper() and key(m.group(1)) in _credits()  # not "PV" (a firm's acronym)
    return two in roles.get("connective", frozenset()) or credit or (
        key(m.group(1)) in roles.get("time", frozenset())
        and (key(m.group(2)) in roles.get("then", frozenset()) or m.group(2)[0].isdigit()))


_CREDIT_COLON = re.compile(r"(\w+)\s*:")


@cache
def _credits() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "credit")


_LOWER_WORD = re.compile(r"\s+(\w+)")
_MOVED_UP = re.compile(r"\s+(?:lên|sang)\s+(?:chức|làm|giữ chức)\s")  # "từ Trưởng phòng kỹ thuật lên chức …"
_PAIR_COMMA = re.compile(r",\s+(\w+)")


def _lower_field_end(text: str, pos: int, limit: int, then_body: bool = False, then_cap: bool = False) -> int:
    """A name of a field that opens with a capitalised word and goes on in lower case ("Khai thác thủy sản"): one
    to six lower-case words after ``pos`` ("Trưởng khoa hồi sức tích cực ngoại -"), none a verb or function word
    (``name_stops``) nor a time word ("sáng nay", ``phrase_openers``), then punctuation or the sentence's end —
    up to eight before a parent body in parentheses ("Cục trưởng kiểm soát chất lượng sản phẩm nông nghiệp (Bộ
    X)"); with ``then_body``, before a capitalised body's head instead (or "của" and the head), with ``then_cap``
    before any capitalised word; ``pos`` when there are none."""
    stops = _stop_words()
    end = pos
    seen: list[str] = []
    before_pair: tuple[int, int] | None = None  # the end at the comma of a pair, and the words seen by then
    most = 8 if then_cap or _PARENT_AFTER.match(text, _lower_run_end(text, pos, limit), limit) else 6
    while len(seen) - ("và" in seen) < most and (m := _LOWER_WORD.match(text, end, limit)) and m.group(1).isalpha() \
            and m.group(1).islower() and (key(m.group(1)) not in stops or _opens_noun(text, m, limit)
                                          or _ends_noun(text, m) or then_cap and joins_fields(text, m, seen, limit)):
        seen.append(key(m.group(1)))
        end = m.end()
        pair = _PAIR_COMMA.match(text, end, limit)  # "phòng, chống thiên tai": a pair written with a comma
        if pair and f"{seen[-1]} {key(pair.group(1))}" in lexicon.words("comma_pairs"):
            before_pair, end = (end, len(seen)), pair.end()
    pairs = {f"{a} {b}" for a, b in zip(seen, seen[1:], strict=False)} - _field_verbs(seen)
    if then_cap and seen[-1:] == [_SO] and (num := _NUMBER.match(text, end, limit)):
        end = num.end()  # "… giao thông số 2 X": a unit's number before the name
    if then_body or then_cap:
        closed = _opens_body(text, _of_end(text, end, limit), limit) if then_body \
            else bool(_CAP_WORD.match(text, end, limit))
    else:
        closed = bool(re.match(r"\s*(?:[,;.()]|[-–]\s|$)", text[end:limit])) or _says(text, end, limit) \
            or bool(_MOVED_UP.match(text, end, limit))
    if seen and not pairs & stops and closed:
        return end
    return before_pair[0] if before_pair and not pairs & stops and before_pair[1] else pos


def _field_verbs(seen: list[str]) -> set[str]:
    """The first two words of a field when they are a verb that also names a department's field (``name_stops``,
    ``field``: "phòng tham mưu", the staff department): no clause there, though elsewhere the verb opens one."""
    first = " ".join(seen[:2])
    return {first} if first in _field_stops() else set()


@cache
def _field_stops() -> frozenset[str]:
    """The folded verbs of ``name_stops`` marked ``field``."""
    return frozenset(key(r[0]) for r in lexicon.rows("name_stops") if r[2:3] == ["field"])


def _says(text: str, end: int, limit: int) -> bool:
    """A verb of saying of one to three lower-case words follows ``end`` ("… quản lý chất lượng nhận định"), or
    "làm" and a title of the lexicon ("… làm trưởng đoàn", the role the holder takes): it closes the field's name
    as punctuation does."""
    words = re.findall(r"\w+|\S", text[end:limit])[:4]  # (punctuation apart: "cho biết.")
    if words[:1] == ["làm"] and any(key(" ".join(words[1:n])) in lexicon.by_key("posts") for n in (2, 3, 4)):
        return True
    words = words[:3]
    if " ".join(key(w) for w in words[:2]) in names.cue_phrases("not-speech"):
        return False  # "nói chung"
    return any(all(w.isalpha() and w.islower() for w in words[:n]) and " ".join(key(w) for w in words[:n])
               in names.cue_phrases("speech") for n in range(1, len(words) + 1))


_CAP_WORD = re.compile(r"\s+((?-i:[A-ZĐ])[\w-]*(?:\.(?-i:[A-ZĐ])[\w-]*)*)")  # (a dotted one: "TP.HCM")


def _field_then_name(text: str, pos: int, limit: int, stops: set[int]) -> int:
    """After one capitalised head the lexicon does not know, a lower-case field and a proper name that runs to
    punctuation or a verb of saying ("Giám đốc Khu bảo tồn biển Hòn Mây,"): the name's end; ``pos`` when they are
    not there."""
    field = _lower_field_end(text, pos, limit, then_cap=True)
    if field != pos and (m := _CAP_WORD.match(text, field, limit)) and m.start(1) in stops \
            and " và " not in text[pos:field]:  # (not a field of two joined by "và": "… và ông Lê Văn A")
        return field  # "Cục trưởng Cục phòng chống buôn lậu Lê Văn A": the holder's name right after the field
    end, n = field, 0
    while field != pos and n < 4 and (m := _CAP_WORD.match(text, end, limit)) and m.start(1) not in stops \
            and not _opens_time(text, m.start(1), limit):
        end, n = m.end(), n + 1
    closed = re.match(r"\s*(?:[,;:)]|[-–]\s|\.?\s*$)", text[end:limit]) or _says(text, end, limit)
    return end if n and closed else pos  # (a colon or a verb of saying closes it too: "… xã hội X cho biết")


def _field_of_body(text: str, pos: int, limit: int, stops: set[int]) -> int:
    """After a title that ends with a body's head, a lower-case field and the name of the body it belongs to, which
    opens with a body's head ("Trưởng ban từ thiện Hội Người cao tuổi X"): the end of that name; else the field's
    end alone (:func:`_lower_field_end`)."""
    field = _lower_field_end(text, pos, limit, then_body=True)
    if field != pos:
        end = bare_body_end(text, of := _of_end(text, field, limit), limit, stops)
        if end != of:  # "Trưởng phòng kế toán của Công ty X": "của" may join the body
            return end
    return _lower_field_end(text, pos, limit)


def _of_end(text: str, pos: int, limit: int) -> int:
    """After a "của" (of) at ``pos``, else ``pos``."""
    m = re.match(r"\s+của(?=\s)", text[pos:limit])
    return pos + m.end() if m else pos


def _opens_body(text: str, pos: int, limit: int) -> bool:
    """A capitalised body's head of one or two words of the lexicon follows ``pos`` ("Hội", "Công ty")."""
    m = re.match(r"\s+((?-i:[A-ZĐ])\w*)(?:\s+(\w+))?", text[pos:limit])
    heads = lexicon.by_key("bodies")
    return m is not None and (
        key(m.group(1)) in heads or m.group(2) is not None and key(f"{m.group(1)} {m.group(2)}") in heads)


def _opens_noun(text: str, m: re.Match[str], limit: int) -> bool:
    """The word ``m`` opens a noun of two syllables (``name_nouns``: "từ thiện", charity; "dự án")."""
    nxt = _LOWER_WORD.match(text, m.end(), limit)
    return nxt is not None and key(f"{m.group(1)} {nxt.group(1)}") in lexicon.words("name_nouns")


def _ends_noun(text: str, m: re.Match[str]) -> bool:
    """The word ``m`` ends a noun of two syllables with the word before it, though alone it is a function word
    (``name_nouns``: "hàng không", aviation; "không" alone: not)."""
    before = text[max(0, m.start(1) - 12) : m.start(1)].split()
    return bool(before) and key(f"{before[-1]} {m.group(1)}") in lexicon.words("name_nouns")


_PARENT_AFTER = re.compile(r"\s*\(\s*(?-i:[A-ZĐ])")


def _lower_run_end(text: str, pos: int, limit: int) -> int:
    """Where the lower-case words after ``pos`` end."""
    while (m := _LOWER_WORD.match(text, pos, limit)) and m.group(1).isalpha() and m.group(1).islower():
        pos = m.end()
    return pos


_OF_COUNTRY = re.compile(r"\s+(?:của\s+)?nước\s+(?=[A-ZĐ])")
_WORD = re.compile(r"\s*([^\W\d_]+)")


def country_end(text: str, end: int, limit: int) -> int:
    """A national body's country written after it, part of the post: "Chủ tịch Quốc hội nước Cộng hòa xã hội chủ
    nghĩa Việt Nam", "Thủ tướng Chính phủ nước CHDCND Lào" — "nước", a capitalised word and at most eight words that
    end with a country's name (``countries.tsv``, a former state's name of several words too: "nước Việt Nam Dân chủ
    Cộng hòa"); ``end`` when none."""
    m = _OF_COUNTRY.match(text, end, limit)
    if not m:
        return end
    pos, best = m.end(), end
    seen: list[tuple[str, int]] = []
    countries = lexicon.words("countries")
    while len(seen) < 8 and (w := _WORD.match(text, pos, limit)):
        seen.append((key(w.group(1)), w.end()))
        pos = w.end()
        if any(" ".join(k for k, _ in seen[-n:]) in countries for n in range(1, len(seen) + 1)):
            best = pos
    return best
