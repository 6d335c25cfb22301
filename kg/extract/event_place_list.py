"""A list of places at a comma inside an event name (round events43b): a comma right after a named unit (a level word
of ``admin_levels.tsv`` or a place word of ``event_words.tsv``, and its capitalised name: "thôn Alpha", "quận Beta")
goes on with the name when another place follows it — a level word and a capital ("… với người dân thôn Alpha, xã
Beta", the unit above it), or a capitalised name that shares the level word before it — a place found in the text,
or a name that another named unit follows ("… với cử tri quận Alpha, Beta, huyện Gamma, Delta"). The grammar stopped
at such a comma and left the name a fragment cut at its second place. A capitalised member that is a person (a
surname first), a post title, a clause opener or the subject of a verb of saying or directing ends the name at the
comma, as before; so does a member followed by anything but a comma, "và" or the end of the clause ("…, Beta đã …":
a subject)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_lists import _body, _subject, _title, _unit, award_comma
from kg.extract.event_open import _heads
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key

PLACE_WORDS = 4  # capitalised words of one place's name at most
_CLOSE = ("", ",", "và", ".", ";", ":", "!", "?", "…", ")")


@cache
def _surnames() -> frozenset[str]:
    return frozenset(lexicon.words("surnames")) | frozenset(lexicon.words("rare_surnames"))


def _name_start(t: Toks, i: int) -> int:
    """The first token of the capitalised words that end right before ``i`` (``i`` when none)."""
    j = i
    while j > 0 and i - j < PLACE_WORDS and t.words[j - 1][:1].isupper():
        j -= 1
    return j


def _leveled(t: Toks, i: int) -> bool:
    """Whether the words before ``i`` are a level or place word in lower case and its capitalised name ("quận
    Alpha", "thôn Alpha": a place word of ``event_words.tsv``)."""
    j = _name_start(t, i)
    return j < i and any(j >= n and t.words[j - n][:1].islower() and (_unit(t, j - n) or t.match(j - n, "place") == n)
                         for n in (2, 1))


def _named_unit_before(t: Toks, i: int, depth: int = 3) -> bool:
    """Whether the words before the comma at ``i`` end a named unit (a level word and its capitals), or a bare
    place that follows one in a list of places."""
    if _leveled(t, i):
        return True
    j = _name_start(t, i)
    return depth > 0 and 0 < j < i and t.words[j - 1] == "," and _named_unit_before(t, j - 1, depth - 1)


def _bare_place(t: Toks, j: int, shared: bool) -> int:
    """Tokens of a capitalised name of a place at ``j`` that a comma, "và" or the clause's end follows: a place
    found in the text, a name before a comma and another named unit ("…, Beta, huyện Gamma"), or (``shared``: right
    after a level word's unit) a name that is no body and no event ("huyện Gamma, Delta, …": the level word
    shared); 0 when none (a person, a title, an opener, a name neither found nor followed by a unit)."""
    if key(t.word(j)) in _surnames() or _title(t, j) or t.match(j, "opener"):
        return 0
    for k in range(j, min(len(t.words), j + PLACE_WORDS)):
        if not t.words[k][:1].isupper():
            return 0
        if key(t.word(k + 1)) in _CLOSE:
            known = t.ends[k] in t.units or (t.word(k + 1) == "," and _unit(t, k + 2) and t.word(k + 2).islower())
            plain = shared and not _body(t, j) and not any(key(" ".join(t.words[j : j + n])) in _heads()
                                                           for n in (1, 2, 3))
            return k - j + 1 if known or plain else 0
    return 0


def place_comma(t: Toks, i: int) -> int:
    """Tokens of the "," at ``i`` after a named unit that goes on with another place of a list (see the module): 1
    before a level word (the grammar reads the unit), 1 and the name's tokens before a bare name (read whole: "Bắc
    Từ Sơn" holds an opener), 0 when the comma ends the name."""
    if t.word(i) != "," or not _named_unit_before(t, i) or _subject(t, i + 1):
        return 0
    if _unit(t, i + 1) and t.words[i + 1][:1].islower():
        return 1
    n = _bare_place(t, i + 1, _leveled(t, i))
    return 1 + n if n else 0


def named_list_comma(t: Toks, i: int) -> int:
    """Tokens of the "," at ``i`` that goes on with a list of named members — awards (``event_lists.award_comma``:
    the comma alone) or places (``place_comma``) —, or 0."""
    return 1 if award_comma(t, i) else place_comma(t, i)
