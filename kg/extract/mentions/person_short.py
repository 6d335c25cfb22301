"""A lone given name after "ông"/"bà" that is also the first word of a longer head ("Thanh" of "Thanh tra", "Hải"
of "Hải quan", "Trung" of "Trung tâm"): it opens that head only where the head's next word follows it ("bà Thanh
tra …" is no name); "bà Thanh tham gia …" is the short name of the document's "… Thanh". A word that is a whole
head by itself ("Bộ", "Sở") or an abbreviation stays no name. The tests of :mod:`persons` use it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.award_amount import amount_kinds
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key

_HEAD_FILES = ("bodies", "posts", "events", "awards", "admin_levels", "ranks")


@cache
def _heads() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(words that are a whole head or an abbreviation, first word → the second words of the longer heads)."""
    whole: set[str] = {key(a) for a in lexicon.abbreviations()}
    seconds: dict[str, set[str]] = {}
    for name in _HEAD_FILES:
        for e in lexicon.entries(name):
            if name == "awards" and e.key in amount_kinds():
                continue  # "thưởng": a verb that is an award only before a sum, no head ("ông Thưởng")
            words = key(e.vi).split(" ")
            if len(words) == 1:
                whole.add(words[0])
            else:
                seconds.setdefault(words[0], set()).add(words[1])
    return frozenset(whole), {w: frozenset(v) for w, v in sorted(seconds.items())}


def head_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(words that are a whole head or an abbreviation, first word → the second words of the longer heads)."""
    return _heads()


def opens_head(s: _Sent, i: int) -> bool:
    """Token i opens a body's, title's, event's or award's head: it is one by itself, or the next token, adjacent,
    is the second word of a head it starts."""
    whole, seconds = _heads()
    word = key(s.toks[i].text)
    if word in whole:
        return True
    if word not in seconds:
        return False
    nxt = i + 1
    return nxt < len(s.toks) and s.adjacent(nxt) and key(s.toks[nxt].text) in seconds[word]
