"""A ring road's side at the end of its name inside an event's name (round events49): "lễ khởi công xây dựng hai cầu
vượt tại nút giao Alpha - đường nối Beta - Vành đai ngoài". Right after a ring road written with a capital (class
``road`` of ``kg/lexicon/ring_roads.tsv``: "Vành đai"), a lower-case side (class ``side``: "ngoài", "trong") is the
last word of the road's name, not a preposition that ends the event's name — only where punctuation, a capitalised
word or the end follows ("Vành đai | trong năm 2030", "Vành đai | trong 36 tháng": a time, the name ends before it),
and only where the name stays within the grammar's cap on words (``MAX_WORDS`` of :mod:`kg.extract.events`: past it
the name would be dropped whole)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.event_length import name_words
from kg.extract.event_tokens import Toks
from kg.extract.normalise import key


@cache
def _words(cls: str) -> frozenset[str]:
    return lexicon.classed("ring_roads", 2, cls)


def ring_side(t: Toks, i: int, most: int) -> int:
    """1 when the word at ``i`` is the side of a capitalised ring road right before it (see the module); else 0,
    and 0 where the side would take the name past ``most`` words (no name at all then): the road stays one word
    short there, as before."""
    w = t.word(i)
    after = t.word(i + 1)[:1]
    if not w[:1].islower() or key(w) not in _words("side") or after.islower() or after.isdigit():
        return 0  # "Vành đai | trong 36 tháng": a time or a count after it, no side
    if name_words(t.words, i + 1) > most:
        return 0
    roads = _words("road")
    return int(any(i >= n and t.words[i - n][:1].isupper() and key(" ".join(t.words[i - n : i])) in roads
                   for n in (1, 2)))
