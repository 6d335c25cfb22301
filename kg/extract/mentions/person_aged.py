"""A full name whose family name no list holds, vouched for by the age or birth year in the bracket right after it
("đối tượng …", "anh Tơ Ngăn Đoạch (32 tuổi, …)", "Xe do Tơ Ngăn Đoạch (SN 1990) điều khiển"): a minority's names
(Ba Na, Xơ Đăng, Hmông) open with family names a list of surnames cannot hold; three or four capitalised words,
then "(32 tuổi" or "(SN 1990" / "(sinh năm 1990", are a person's name, unless a body's, title's or place's words are
inside (a one-word country's name after the first word is a given syllable: "Đức", "Lào"), whether or not a
person noun stands before them ("bệnh nhân X Y Z (SN 1958"); so are two, a Central Highlands name's prefix and a
given name ("A X (40 tuổi)": ``name_prefixes.tsv``). With the bracket, a full name may end with a word that is
mostly a middle name ("Đỗ Khải Văn (34 tuổi)") and may follow a lower-case place word ("nhà X Y Z (SN 1992)": the
person's home, not a place named after someone). The tests of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract import lexicon, names
from kg.extract.mentions.person_titles import _phrase_pairs
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union

_PREFIXES = frozenset(r[0] for r in lexicon.rows("name_prefixes"))  # as written: "A", not "a"


def aged_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """Tokens k..e (three or four capitalised words, or a name's prefix and a given name) are a name because a
    bracketed age or birth year follows."""
    toks = s.toks
    prefixed = e - k == 2 and toks[k].text in _PREFIXES and not toks[k + 1].is_upper
    if anchor not in ("age", "noun") or (e - k not in (3, 4) and not prefixed) or e + 2 >= len(toks) \
            or toks[e].text != "(":  # "bệnh nhân X Y Z (SN 1958": a person noun before it too
        return False
    first = key(toks[e + 1].text)
    aged = (toks[e + 1].is_number and key(toks[e + 2].text) == "tuổi") or (
        first in names.cue_phrases("age") and first != "tuổi"
        and (toks[e + 2].is_number or f"{first} {key(toks[e + 2].text)}" in names.cue_phrases("age")))
    words = [key(t.text) for t in toks[k:e]]
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return aged and all(t.is_cap and t.is_word and not t.is_upper for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e)) and " ".join(words[:2]) not in _phrase_pairs() \
        and not _opens_phrase(s, k, e) and not any(" ".join(words[a:b]) in places and (a == 0 or b - a > 1)
                                                   for a in range(len(words)) for b in range(a + 1, len(words) + 1))
    # a one-word country after the first word is a given syllable ("X Đức Y (23 tuổi", "X Sơn Lào (8 tuổi")


def aged_home(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """A lower-case place word right before a full name of three or four words that an age bracket vouches for
    ("tại nhà X Y Z (SN 1992"): the place is the person's, the name no place's."""
    return anchor == "age" and e - k >= 3 and k > 0 and s.adjacent(k) and not s.toks[k - 1].is_cap \
        and key(s.toks[k - 1].text) in _word_set("place_words") and aged_name(s, k, e, anchor)
