"""Two function words in a row after a body's or place's name open the next clause: a capitalised word of
``stopnames.tsv`` (``ends-name``, a verb or function word of ``name_stops.tsv`` too: "Trong", "Tại", "Về", "Trước")
and a lower-case one of the same class right after it ("… HTX X Trong các …", "… Bệnh viện X Tại ngày …", "… Cty
X Về việc …"): a headline or a caption run on into the text. Not a surname ("Từ" may be a syllable of a place's
name, "huyện Đại Từ đang …"), nor one word twice ("Phòng Không không quân")."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


@cache
def _function_words() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "ends-name") & lexicon.words("name_stops")


def function_pair(word: str, nxt: str) -> bool:
    """``word`` (capitalised) and ``nxt`` (lower case) are two function words in a row, ``word`` no surname."""
    w, n = key(word), key(nxt)
    words = _function_words()
    return w != n and w in words and n in words and w not in lexicon.words("surnames")
