"""A party committee's unit noun written alone after it ("Phó bí thư Đảng ủy cơ quan và ông A"): the agency's own
committee, read by :mod:`kg.extract.mentions.bodies` beside the unit's name (``bodynames.unit_follows``)."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def bare_unit_end(s: _Sent, after: int) -> int:
    """A lower-case noun of ``unit_nouns.tsv`` ("cơ quan", "khối") right after a head marked ``unit`` and then "và",
    punctuation or the sentence's end: the body ends after the noun; 0 when it does not."""
    toks = s.toks
    for n in (2, 1):
        x = after + n
        if x <= len(toks) and s.adjacent(after) and all(t.is_word and not t.is_cap for t in toks[after:x]) \
                and key(" ".join(t.text for t in toks[after:x])) in lexicon.words("unit_nouns") \
                and (x == len(toks) or toks[x].text in ",;)." or key(toks[x].text) == "và"):
            return x
    return 0
