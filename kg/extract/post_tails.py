"""Where a post phrase ends after the body mention of its title when the text goes on in lower case: a body's
name the mention cut at a word of two syllables ("Trung tâm Giống và Kỹ | thuật thủy sản tỉnh X"), and a board
of a body written with a lower-case head and its name ("Chủ tịch HĐQT | trường THPT X"); and the body above a
unit, after a comma ("Trưởng phòng Tham mưu, Công an tỉnh X cho biết"). Read by :mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.extract import (
    lexicon,
    names,
    post_bare_units,
    post_ends,
    post_head_names,
    post_manner,
    post_member_committee,
    post_ministries,
    post_units,
)
from kg.extract.document import Mention, Sentence
from kg.extract.normalise import key
from kg.extract.post_fields import lower_head_end

_LOWER_NEXT = re.compile(r" (?-i:[^\W\d_A-ZĐ])")
_CAP_RUN = re.compile(r"(?:\s+(?-i:[A-ZĐ])[\w-]*(?:\.(?-i:[A-ZĐ])[\w-]*)*){1,4}")
# the countries a body is of ("Quỹ X của các nước xuất khẩu cà phê", "Ủy ban Y của hai nước"), a lower-case phrase
_OF_NATIONS = re.compile(r" của (?:các|hai|ba) (?:nước|quốc gia)(?: (?-i:[^\W\d_A-ZĐ])\w*){0,5}")
_CLOSED = re.compile(r"\s*(?:[,;:()]|[-–]\s|\.?\s*$)")


def phrase_end(text: str, title_end: int, body: Mention | None, limit: int, stops: set[int]) -> int:
    """The end of a post phrase whose title ends at ``title_end``: with no body mention, where the bare walk of
    :func:`kg.extract.post_ends.bare_body_end` ends; else past a lower-case field and a proper name when
    the body's mention (no place's) ends with a capitalised Vietnamese syllable after a lower-case word ("Giống và
    Kỹ"), the name closed by punctuation or a verb of saying, not by a person's name or title, or past a lower-case
    body's head of the lexicon and a capitalised name closed by punctuation; else the mention's end."""
    if body is None:  # ("Phó Chủ tịch chuyên trách X": a manner qualifier first; a ministry's field the walk
        if (committee := post_member_committee.committee_end(text, title_end, limit)) is not None:
            return committee  # "Ủy viên trung ương khóa 18": the committee in lower case, its term after it
        start = post_manner.manner_end(text, title_end, limit)  # cuts at its "và": "Bộ trưởng Thông tin và …")
        bare = post_ends.bare_body_end(text, start, limit, stops)
        bare = bare if bare != start else post_bare_units.unit_name_end(text, start, limit, stops) or start
        bare = post_head_names.name_end(text, start, bare, limit, stops)  # "Phó Cục trưởng Cục | phòng chống X làm"
        return max(bare, post_ministries.field_end(text, start, limit), post_units.unit_end(text, start, limit))
    end = body.end
    if not _LOWER_NEXT.match(text, end, limit):  # (cheap gate: a lower-case word right after the mention)
        return end
    words = text[body.start : end].split()
    if body.kind == "body" and len(words) > 2 and words[-1][:1].isupper() and not words[-1].isupper() \
            and words[-2].islower() and not names.is_foreign(words[-1]):
        named = post_ends._field_then_name(text, end, limit, stops)  # "Trung tâm Giống và Kỹ | thuật … tỉnh X"
        if named != end and text[:named].split()[-1][:1].isupper():  # (not up to a holder's name: "… X mời ông A")
            return named
    if (head := lower_head_end(text, end, limit)) and (run := _CAP_RUN.match(text, head, limit)) \
            and head + len(run.group()) - len(run.group().lstrip()) not in stops \
            and (_CLOSED.match(text, run.end(), limit) or post_ends._says(text, run.end(), limit)):
        return run.end()  # "Chủ tịch HĐQT | trường THPT X (…)"
    if post_bare_units.is_board(body) and (board := post_bare_units.board_unit_end(text, end, limit, stops)):
        return board  # "Chủ tịch HĐQT | công ty vận tải biển X được …": the company in lower case
    if (nations := _OF_NATIONS.match(text, end, limit)) and _CLOSED.match(text, nations.end(), limit):
        return nations.end()  # "Tổng Giám đốc Quỹ X của các nước xuất khẩu Y, ông A": the countries the body is of
    return end


def parent_end(text: str, end: int, title: Mention, body: Mention | None, bodies: Sequence[Mention],
               sent: Sentence) -> tuple[int, Mention | None]:
    """The end of a post phrase ending at ``end`` whose unit sits inside a body above it (its body's head, or the
    title's last words with no body, in ``sub_units.tsv``: "Trưởng phòng Tham mưu", "Vụ trưởng Vụ X", "Chánh Thanh
    tra"): past a comma and that body's mention right after it ("…, Công an tỉnh X", "…, Bộ Y"), when punctuation
    or a verb of saying closes it (the annotation keeps a comma-attached parent body), or an auxiliary of the
    holder's own where the holder's name opens the clause (:func:`_holder_goes_on`: "Ông A, Trưởng phòng X, Sở Y
    sẽ …"); not a body of the same head (two units listed: "Ủy ban X, Ủy ban Y"), nor one a clause goes on from
    ("Theo ông A, Trưởng phòng X, UBND quận đã bố trí …": the body is the subject). With the
    end, the post's body: that body above for a bare title ("Chánh Văn phòng, Bộ X" is the post of "Chánh Văn phòng
    Bộ X"), else ``body``."""
    end = post_units.seat_end(text, end, bodies)  # "Tổng lãnh sự X tại Thành phố Y": a mission's seat
    if not text.startswith(",", end):  # (cheap gate: a comma right after the phrase)
        return end, body
    limit = sent.end
    gap = re.match(r",\s+", text[end:limit])
    parent = next((b for b in bodies if gap and b.start == end + gap.end() and b.kind == "body"), None)
    if parent is None:
        return end, body
    unit, own = _unit_head(title, body), post_units.own_body(title, body, end, parent)
    own = own or body is None and end == title.end and post_bare_units.is_firm(parent)  # "Phó Giám đốc, Công ty X"
    if not own and (not unit or key(parent.attr("head") or parent.text.split()[0]) == unit):
        return end, body
    stop = _parent_stop(text, parent)
    if not (stop < parent.end or _CLOSED.match(text, stop, limit) or post_ends._says(text, stop, limit)
            or _holder_goes_on(text, stop, title.start, sent)):
        return end, body
    return stop, parent if body is None and end == title.end else body


_AUX = re.compile(r"\s+(\w+)\s")
_CLAUSE_START = re.compile(r"[,;:]\s*")


def _holder_goes_on(text: str, stop: int, title_start: int, sent: Sentence) -> bool:
    """An auxiliary of a clause's subject (``person_cues`` ``subject``: "đã", "sẽ", "cũng") follows the body above a
    unit at ``stop``, and the clause before the title is the holder's name alone (a family name first), after an
    honorific, a rank or a bare title ("Tại đây, ông A, Trưởng phòng X, Sở Y đã …"; "Thẩm phán A, Chánh tòa X, Tòa
    án Y sẽ …"): the holder goes on. Not where the name sits
    in a frame or an object ("Theo ông A, …", "… đơn của ông A, …": the body above opens a clause of its own)."""
    aux = _AUX.match(text, stop, sent.end)
    if not aux or key(aux.group(1)) not in names.cue_phrases("subject") or not aux.group(1).islower():
        return False
    before = text[sent.start : title_start].rstrip()
    if not before.endswith(","):
        return False
    words = _CLAUSE_START.split(before[:-1])[-1].split()
    lead = _lead_words()
    while words and (n := next((n for n in (3, 2, 1) if key(" ".join(words[:n])) in lead), 0)):
        words = words[n:]
    return len(words) >= 2 and key(words[0]) in lexicon.words("surnames") and all(w[:1].isupper() for w in words)


@cache
def _lead_words() -> frozenset[str]:
    """The words a holder's name may follow in its clause: honorifics, ranks and bare titles ("ông", "đồng chí",
    "Thiếu tá", "Thẩm phán")."""
    return lexicon.words("honorifics") | lexicon.words("ranks") | lexicon.words("posts")


def _parent_stop(text: str, parent: Mention) -> int:
    """Where the body above a unit ends in a post: before a short form in parentheses that closes its mention (a
    trailing parenthetical is no part of a post: "Bộ X (ABC)"), or after a short form its mention ran on from in
    lower case, but for a level's word ("Bộ GD-ĐT | phân tích …"; "Sở VH-TT&DL tỉnh X" goes on)."""
    end = parent.end
    if text[parent.start : end].endswith(")") and (k := text.rfind(" (", parent.start, end)) > parent.start:
        end = k
    levels = _level_words()
    for m in _SHORT_THEN_LOWER.finditer(text, parent.start, end):
        if key(m.group(2)) not in levels:
            return m.end(1)
    return end


_SHORT_THEN_LOWER = re.compile(r"(?<!\S)(\S*(?-i:[A-ZĐ])\S*(?-i:[A-ZĐ])\S*) ((?-i:[^\W\d_A-ZĐ])\w*)")


@cache
def _level_words() -> frozenset[str]:
    return frozenset(k.split()[0] for k in lexicon.words("admin_levels"))


def _unit_head(title: Mention, body: Mention | None) -> str:
    """The folded head of the unit a post phrase names, when ``sub_units.tsv`` has it ("" else): its body's head, or,
    with no body, the unit a bare title heads ("Trưởng phòng", "Phó phòng", "Chánh Thanh tra", "Vụ trưởng")."""
    units = _sub_units()
    if body is not None:
        head = key(body.attr("head") or "")
        return head if head in units else ""
    words = key(title.text).split()
    words = words[1:] if words[:1] == ["phó"] else words
    unit = " ".join(words[1:] if words[:1] in (["trưởng"], ["chánh"]) else words[:-1] if words[-1:] == ["trưởng"]
                    else [])
    return unit if unit in units else ""


@cache
def _sub_units() -> frozenset[str]:
    return lexicon.words("sub_units")
