"""A capitalised form of address inside a sentence ("… dọc đường rừng Ông Nguyễn Văn A, Trưởng ban …", "… trên
đường Đê La Thành Chị Lê Thị B (…) cho biết"): a photo caption or a heading ran into the next sentence with no full
stop, and the honorific opens that sentence. A full name after it (a listed family name and two or more syllables)
is a person's even where a street noun stands a few words before: no street is named "Ông A B C" ("đường Bà Triệu",
"đường Ông Ích Khiêm" hold no family name and two more syllables after the honorific)."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


@cache
def _forms() -> frozenset[str]:
    """``honorifics.tsv`` rows of class ``address`` or ``familiar`` ("ông", "bà", "anh", "chị")."""
    return lexicon.classed("honorifics", 2, "address") | lexicon.classed("honorifics", 2, "familiar")


def run_in_honorific(s: _Sent, k: int, e: int) -> bool:
    """Token k-1 is a capitalised form of address inside the sentence, right before the run k..e of three or more
    syllables that opens with a listed family name."""
    h = k - 1
    if h < 1 or e - k < 3 or not s.toks[h].is_cap or not s.adjacent(k):
        return False
    return key(s.toks[h].text) in _forms() and key(s.toks[k].text) in _word_set("surnames")
