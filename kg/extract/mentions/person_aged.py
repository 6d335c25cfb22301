"""A full name whose family name no list holds, vouched for by the age or birth year in the bracket right after it
("đối tượng …", "anh Tơ Ngăn Đoạch (32 tuổi, …)", "Xe do Tơ Ngăn Đoạch (SN 1990) điều khiển"): a minority's names
(Ba Na, Xơ Đăng, Hmông) open with family names a list of surnames cannot hold; three or four capitalised words,
then "(32 tuổi" or "(SN 1990" / "(sinh năm 1990", are a person's name, unless a body's, title's or place's words are
inside. The tests of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.person_titles import _phrase_pairs
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key


def aged_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """Tokens k..e (three or four capitalised words) are a name because a bracketed age or birth year follows."""
    toks = s.toks
    if anchor != "age" or e - k not in (3, 4) or e + 2 >= len(toks) or toks[e].text != "(":
        return False
    first = key(toks[e + 1].text)
    aged = (toks[e + 1].is_number and key(toks[e + 2].text) == "tuổi") or (
        first in names.cue_phrases("age") and first != "tuổi"
        and (toks[e + 2].is_number or f"{first} {key(toks[e + 2].text)}" in names.cue_phrases("age")))
    words = [key(t.text) for t in toks[k:e]]
    places = _word_set("provinces") | _word_set("countries") | _word_set("regions")
    return aged and all(t.is_cap and t.is_word and not t.is_upper for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e)) and " ".join(words[:2]) not in _phrase_pairs() \
        and not _opens_phrase(s, k, e) and not any(" ".join(words[a:b]) in places
                                                   for a in range(len(words)) for b in range(a + 1, len(words) + 1))
