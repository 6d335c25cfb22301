"""A capitalised honorific word that ends a place's name is no honorific: "huyện Đông Anh", "thị xã Kỳ Anh" — an
administrative level word (``admin_levels.tsv``), one capitalised word, then the honorific ("Anh", "Bà", "Cô", …)
written capitalised mid-sentence (issue 8, round posts40: "Chánh Văn phòng UBND huyện Đông Anh Nguyễn Văn A" lost
its holder to an honorific "Anh"). Two capitalised words before it stay a name and an honorific ("tỉnh Yên Bái Ông
A", a caption glued to the text).
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


def ends_place_name(s: _Sent, a: int) -> bool:
    """The honorific at offset ``a`` (a token's start) is the last word of a place's name."""
    i = s.at_start.get(a)
    if i is None or i < 2 or not s.toks[i].text[:1].isupper():
        return False
    toks, levels = s.toks, lexicon.levels()
    word = toks[i - 1]
    if not (word.text[:1].isupper() and word.text.isalpha() and s.adjacent(i) and s.adjacent(i - 1)):
        return False
    return any(i - 1 - n >= 0 and toks[i - 1 - n].text[:1].islower()
               and " ".join(key(t.text) for t in toks[i - 1 - n : i - 1]) in levels for n in (1, 2))
