"""A two-word name in a list of persons ("A B C, D E F, Vân X…", "như Khải X, A B C, D E F"): a pen name or a name
written without its family name, which no title, honorific or person noun anchors, is a person's where it stands
as a whole item of an enumeration whose items next to it are persons the sentence already names, one on each side
or two on the same side ("P, X Y, Q"; "P, Q, X Y"; "X Y, P, Q"). Items are joined by ", " or " và ".

The two words are each a capitalised word of letters, the item holds nothing else (no capitalised word right before
or after it), and they name no province, country or region, open with no word of a body, title, event, award or
place ("Bản X", "Chợ Y") and stand inside no other mention; the list is no list of streets or places (no street,
place or level word right before it, no word of a street earlier in its sentence).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.person_thing_tests import _not_name_starts
from kg.extract.normalise import key

_SEPS = (", ", " và ")
_PAIR_AFTER = re.compile(r"(\w+) (\w+)")
_PAIR_BEFORE = re.compile(r"(\w+) (\w+)$")
_WORD_BEFORE = re.compile(r"(\w+) $")
_WORD_AFTER = re.compile(r" (\w+)")


@cache
def _places() -> frozenset[str]:
    return lexicon.words("provinces") | lexicon.words("countries") | lexicon.words("regions")


@cache
def _list_words() -> frozenset[str]:
    """Words that make the capitalised names after them streets' or places' (``street_words``, ``place_words``,
    ``admin_levels``)."""
    return lexicon.words("street_words") | lexicon.words("place_words") | lexicon.words("admin_levels")


def _sep_before(text: str, at: int) -> int | None:
    """Where the separator ending at ``at`` starts, else None."""
    return next((at - len(s) for s in _SEPS if text.endswith(s, 0, at)), None)


def _sep_after(text: str, at: int) -> int | None:
    """Where the item after the separator starting at ``at`` starts, else None."""
    return next((at + len(s) for s in _SEPS if text.startswith(s, at)), None)


def _name_pair(text: str, a: int, b: int) -> bool:
    """text[a:b] is two capitalised words of letters, a whole item: no capitalised word right around it, no place."""
    words = text[a:b].split(" ")
    if len(words) != 2 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    if key(text[a:b]) in _places() or key(words[0]) in _not_name_starts() | _list_words():  # "Bản X": a hamlet
        return False
    after = _WORD_AFTER.match(text, b)
    if after and after.group(1)[0].isupper():
        return False
    before = _WORD_BEFORE.search(text, 0, a)
    return not (a > 0 and text[a - 1].isalnum()) and not (before and before.group(1)[0].isupper())


def _listed_before(text: str, a: int) -> bool:
    """No street, place or level word stands right before the list item starting at ``a``, and no word of a street
    (``place_words`` of class street, avenue, lane, alley or square) earlier in its sentence ("tại các tuyến đường …,
    gồm: A B C, X Y")."""
    before = text[max(0, a - 20) : a].split()
    if before and (key(before[-1]) in _list_words() or key(" ".join(before[-2:])) in _list_words()):
        return False
    start = max(text.rfind(c, 0, a) for c in (". ", "\n", "? ", "! ", "; "))
    words = [key(w) for w in _WORDS.findall(text[max(0, start) : a])]
    grams = set(words) | {f"{x} {y}" for x, y in zip(words, words[1:], strict=False)}
    return not grams & _street_words()


_WORDS = re.compile(r"\w+")


@cache
def _street_words() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("place_words") if e.en in _STREETS)


_STREETS = frozenset({"street", "avenue", "lane", "alley", "square"})


def listed_names(text: str, found: list[Mention]) -> list[Mention]:
    """Person mentions for the two-word items of a list of persons that no mention covers (anchor ``listed``)."""
    persons = [m for m in found if m.kind == "person" and m.attr("anchor") not in ("short", "repeat")]
    if len(persons) < 2:
        return []  # the cheap gate
    by_start = {m.start: m for m in persons}
    by_end = {m.end: m for m in persons}
    taken = [(m.start, m.end) for m in found]
    out: dict[tuple[int, int], Mention] = {}

    def left(a: int) -> Mention | None:
        at = _sep_before(text, a)
        return None if at is None else by_end.get(at)

    def right(b: int) -> Mention | None:
        at = _sep_after(text, b)
        return None if at is None else by_start.get(at)

    def first(m: Mention) -> int:
        while (prev := left(m.start)) is not None:
            m = prev
        return m.start

    for p in persons:
        spans = []
        if (at := _sep_after(text, p.end)) is not None and (m := _PAIR_AFTER.match(text, at)):
            spans.append((m.start(), m.end()))
        if (at := _sep_before(text, p.start)) is not None and (m := _PAIR_BEFORE.search(text, 0, at)):
            spans.append((m.start(), m.end()))
        for a, b in spans:
            if (a, b) in out or not _name_pair(text, a, b) or any(x < b and a < y for x, y in taken):
                continue
            before, after = left(a), right(b)
            sided = (before and after) or (before and left(before.start)) or (after and right(after.end))
            if sided and _listed_before(text, a if before is None else first(before)):
                out[(a, b)] = Mention("person", a, b, text[a:b], p.sentence, key(text[a:b]), (("anchor", "listed"),))
    return [out[k] for k in sorted(out)]
