"""Names in a list that opens right after a place word: "trường tiểu học A và B", "3 trường THPT chuyên: A, B, C"
name as many schools (streets, companies) as items, each after the same head, so a name among them is no person.
"""

from __future__ import annotations

from kg.extract.mentions.person_places import _place_word_before
from kg.extract.mentions.sentence import _is_name_word, _Sent

_SEPARATORS = frozenset({",", "và", "-", "–"})


def _item_before(s: _Sent, x: int) -> int:
    """Start of the list item (one to four adjacent name words) that ends at token x-1, or -1 for none."""
    y = x
    while y > 0 and x - y < 4 and _is_name_word(s.toks[y - 1]) and (y == x or s.adjacent(y)):
        y -= 1
    return y if y < x else -1


def _items_after(s: _Sent, e: int) -> int:
    """The items of the list that go on after the name ending at token e-1: a separator, then name words."""
    toks, n = s.toks, 0
    while e + 1 < len(toks) and toks[e].text in _SEPARATORS and _is_name_word(toks[e + 1]):
        e += 1
        while e < len(toks) and _is_name_word(toks[e]) and s.adjacent(e):
            e += 1
        n += 1
    return n


def listed_after_place_word(s: _Sent, k: int, e: int) -> bool:
    """The name k..e is an item of a list of names (joined by commas, dashes or "và", maybe after a colon) that
    opens right after a place word that is no level word ("trường tiểu học", "trường THPT chuyên:"; "xã A và B":
    B may be a person): it names one of those places. A list has two items at least, and one item before the name
    and a comma only ("Công ty A, Nguyễn Văn B") is no list unless more items follow."""
    toks = s.toks
    x, before, joined = k, 0, False
    while x > 0 and toks[x - 1].text in _SEPARATORS:
        start = _item_before(s, x - 1)
        if start < 0:
            break
        joined = joined or toks[x - 1].text == "và"
        x, before = start, before + 1
    colon = x > 0 and toks[x - 1].text == ":"
    after = _items_after(s, e)
    if not before + after or not (joined or colon or before >= 2 or after):
        return False
    return _place_word_before(s, x - 1 if colon else x, levels=False)
