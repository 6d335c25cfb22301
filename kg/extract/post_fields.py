"""Fields of a body's name that :mod:`kg.extract.post_ends` walks when the lexicon finds no body for a title: a
field of two nouns joined by "và" ("quản lý và điều hành …"), and a body's head written in lower case right
after the title ("Giám đốc trung tâm điều phối … X")."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, names
from kg.extract.normalise import key

_NEXT = re.compile(r"\s+(\w+)(?:\s+(\w+))?")
_HEAD = re.compile(r"\s+([^\W\d_A-ZĐ]\w*)(?:\s+([^\W\d_A-ZĐ]\w*))?")
_NUMBER = re.compile(r"\s+\d{1,3}(?![\w/.,]\d)")
_SO = key("số")


def joins_fields(text: str, m: re.Match[str], seen: list[str], limit: int) -> bool:
    """The word ``m`` is a "và" that joins two fields of one name ("quản lý và điều hành giao thông"): the first
    of the field, after at least one word and no other "và", before a lower-case word that is no verb, function
    word nor title of the lexicon ("… và phó chủ tịch": two posts)."""
    if key(m.group(1)) != "và" or not seen or "và" in seen:
        return False
    nxt = _NEXT.match(text, m.end(), limit)
    if nxt is None or not nxt.group(1).isalpha() or not nxt.group(1).islower():
        return False
    one, two = key(nxt.group(1)), key(f"{nxt.group(1)} {nxt.group(2) or ''}").strip()
    return one not in _stops() and two not in _stops() and not _opens_title(one, two) \
        and one not in lexicon.by_key("honorifics") and two not in lexicon.by_key("honorifics")


def lower_head_end(text: str, pos: int, limit: int) -> int:
    """A body's head of the lexicon that needs a name, written in lower case at ``pos`` ("trung tâm", "hội đồng"):
    where it ends; 0 when there is none."""
    m = _HEAD.match(text, pos, limit)
    if m is None:
        return 0
    heads = lexicon.by_key("bodies")
    for end, words in ((m.end(2), m.group(0)), (m.end(1), m.group(1))):
        if end > 0 and (entry := heads.get(key(words.strip()))) is not None and len(entry.extra) > 1 \
                and entry.extra[1] == "1":
            return end
    return 0


def _opens_title(one: str, two: str) -> bool:
    posts = lexicon.by_key("posts")
    return one in posts or two in posts or any(k.startswith(two + " ") for k in _title_starts(two.split()[0]))


@cache
def _title_starts(first: str) -> tuple[str, ...]:
    return tuple(k for k in lexicon.by_key("posts") if k.split()[:1] == [first])


@cache
def _stops() -> frozenset[str]:
    return lexicon.words("name_stops") | names.cue_phrases("speech") | lexicon.words("phrase_openers")
