"""A comma list of places after a plural level word ("các phường A B C, D E F, G H I"; "hai xã A, B"): every item,
whatever its length, names a place of that level, not a person. Read by
:func:`kg.extract.mentions.person_thing_tests._names_a_thing`.
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _is_name_word, _levels, _Sent
from kg.extract.normalise import key


def plural_level_list(s: _Sent, k: int) -> bool:
    """Token k follows a comma (or "và") that ends a list of one or more items of one to four name words, the first
    item right after a level word ("phường", "xã") that a plural or a numeral of ``quantifiers.tsv`` opens."""
    toks = s.toks
    while k >= 2 and toks[k - 1].text in (",", "và"):
        st = k - 1
        while st - 1 >= 0 and _is_name_word(toks[st - 1]) and (st == k - 1 or s.adjacent(st)) and k - 1 - st < 4:
            st -= 1
        if st == k - 1:
            return False
        if st >= 2 and key(toks[st - 1].text) in _levels() and _plural(toks[st - 2].text):
            return True
        k = st
    return False


def _plural(word: str) -> bool:
    w = key(word)
    return word[:1].isdigit() or w in lexicon.classed("quantifiers", 2, "plural") \
        or w in lexicon.classed("quantifiers", 2, "numeral")
