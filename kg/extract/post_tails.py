"""Where a post phrase ends after the body mention of its title when the text goes on in lower case: a body's
name the mention cut at a word of two syllables ("Trung tâm Giống và Kỹ | thuật thủy sản tỉnh X"), and a board
of a body written with a lower-case head and its name ("Chủ tịch HĐQT | trường THPT X"). Read by
:mod:`kg.extract.facts.holdings`."""

from __future__ import annotations

import re

from kg.extract import names, post_ends
from kg.extract.document import Mention
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
    if body is None:
        return post_ends.bare_body_end(text, title_end, limit, stops)
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
    if (nations := _OF_NATIONS.match(text, end, limit)) and _CLOSED.match(text, nations.end(), limit):
        return nations.end()  # "Tổng Giám đốc Quỹ X của các nước xuất khẩu Y, ông A": the countries the body is of
    return end
