"""The name of a unit written after a bare title as a capitalised head that needs a name and then the name in lower
case ("Phó Cục trưởng Cục phòng chống X làm phó đoàn", "Phó Ban Ban tổ chức Huyện ủy được …"): the bare walk of
:mod:`kg.extract.post_ends` takes the head alone ("Phó Cục trưởng Cục"), which names no unit. The name goes on
through lower-case words (none a verb, function or time word; "và" between two of them), then the capitalised
words the bare walk takes, when a closer follows: punctuation, a verb of saying, an auxiliary of the holder's clause, a
function word that closes a name (``name_stops`` ``closes``: "đến", "để") or a word or two of ``head_name_closers.tsv``
("thuộc"; "làm phó", not "làm" alone: "làm việc với …" is the clause's verb). Read by :mod:`kg.extract.post_tails`."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon, post_bare_units, post_ends
from kg.extract.normalise import key

_WORD = re.compile(r"\s+([^\W\d_]+)(?=[\s,;.:()!?\"“”–-]|$)")
_AND = key("và")
_COMMITTEE = re.compile(r"\s+(?:ủy|uỷ)(?!\w)")  # a party committee's "ủy" after its capitalised level
_MOST = 10  # lower-case words of a name


def name_end(text: str, start: int, end: int, limit: int, stops: set[int]) -> int:
    """The end of the unit's name when the bare walk from ``start`` ended at ``end`` after a lone capitalised head
    that needs a name (see the module); ``end`` when not so."""
    head = text[start:end].strip()
    if not head[:1].isupper() or key(head) not in post_bare_units.needs_name():
        return end
    pos, n = end, 0
    while n < _MOST and (m := _WORD.match(text, pos, limit)) and m.group(1).islower() and m.start(1) not in stops:
        if key(m.group(1)) == _AND and n and (nxt := _WORD.match(text, m.end(), limit)) is not None \
                and nxt.group(1).islower() and not _stop(text, nxt, limit):
            pos = m.end()  # "Phòng chống X và chống Y"
            continue
        if _stop(text, m, limit):
            break
        pos, n = m.end(), n + 1
    if not n:
        return end
    if (c := post_ends._CAP_WORD.match(text, pos, limit)) and c.start(1) not in stops:
        pos = post_ends.bare_body_end(text, pos, limit, stops)  # "… Q.X"
        pos = uy.end() if (uy := _COMMITTEE.match(text, pos, limit)) else pos  # "… Ban tổ chức Huyện ủy"
    return pos if _closed(text, pos, limit) else end


def _stop(text: str, m: re.Match[str], limit: int) -> bool:
    """The word ``m`` ends the name: a verb, function or time word alone or with the next word ("kiểm tra"), an
    auxiliary, a form of address, a title (as the bare walk of :mod:`kg.extract.post_bare_units` reads them), or a
    closer."""
    return post_bare_units._stop(text, m, limit) or key(m.group(1)) in _closers()


def _closed(text: str, pos: int, limit: int) -> bool:
    if post_bare_units._closed(text, pos, limit):  # punctuation, a verb of saying, an auxiliary
        return True
    m = _WORD.match(text, pos, limit)
    if m is None or not m.group(1).islower():
        return False
    words = [key(w) for w in text[m.start(1) : limit].split()[:3]]
    return any(" ".join(words[:n]) in _closers() for n in (1, 2, 3))  # "thuộc", "làm phó", "làm thư ký"


@cache
def _closers() -> frozenset[str]:
    return lexicon.classed("name_stops", 2, "closes") | lexicon.words("head_name_closers")
