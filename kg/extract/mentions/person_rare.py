"""A Vietnamese full name whose family name is a rarer one that is also a common word or a syllable of names and
places ("Văn", "Châu", "Đậu", "Vàng": ``rare_surnames.tsv``, which ``surnames.tsv`` lacks): three or four
capitalised syllables opening with one are a person's name where a middle name follows the family name ("Đậu Thị
X", "Ma Văn X Y": a full name's shape) or, three syllables, where something close anchors them, as :mod:`person_sino`
reads a Chinese family name ("Đại tướng Văn X Y", "luật sư Quản X Y"). The tests of :mod:`persons` use it."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.person_sino import _ANCHORS
from kg.extract.mentions.person_titles import _phrase_pairs
from kg.extract.mentions.sentence import _opens_phrase, _Sent, _word_set
from kg.extract.names import is_foreign
from kg.extract.normalise import key
from kg.extract.unions import union


def _rare_middle(s: _Sent, k: int) -> bool:
    """Token k is a rarer family name and a middle name follows it ("Đậu Thị", "Ma Văn")."""
    return k + 1 < len(s.toks) and key(s.toks[k].text) in lexicon.words("rare_surnames") \
        and key(s.toks[k + 1].text) in _word_set("middle_names")


def _rare_double(s: _Sent, k: int, e: int) -> bool:
    """Four words k..e that make a whole run: a rarer family name, then a listed one, then two given syllables ("Sơn
    Trương X Y", a Khmer family name before a Vietnamese one; as "Lê Nguyễn X Y" doubles two listed ones). Not the
    last syllable of a place or body before a name ("tỉnh Lạng Sơn Phạm X Y", "trường Mây Vàng Phạm X Y")."""
    toks = s.toks
    return e - k == 4 and key(toks[k].text) in lexicon.words("rare_surnames") \
        and key(toks[k + 1].text) in _word_set("surnames") and not (k > 0 and toks[k - 1].text[:1].isupper()) \
        and (e == len(toks) or not toks[e].text[:1].isupper())


def rare_start(s: _Sent, i: int, run_end: int) -> int | None:
    """Where a full name of four or three words opening with a rarer family name and a middle name (or, four words,
    a listed family name) ends the run from token i ("… Văn Thị X Y", "Sơn Trương X Y"), else None."""
    for n in (4, 3):
        k = run_end - n
        if k >= i and (_rare_middle(s, k) or _rare_double(s, k, run_end)) \
                and (k == i or key(s.toks[k - 1].text) not in _word_set("surnames")):
            return k  # not "Vũ Văn Văn X": a listed family name's middle name, doubled
    return None


def rare_tail(s: _Sent, i: int, run_end: int) -> int | None:
    """Where a three-word name opening with a rarer family name starts at the end of a longer run (after a place's
    or a body's capitalised words: "… Đồng Nai Viên X Y"), else None (anchored by :func:`rare_name`)."""
    if run_end - i > 3 and key(s.toks[run_end - 3].text) in lexicon.words("rare_surnames"):
        return run_end - 3
    return None


def rare_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """The candidate k..e opens with a rarer family name: a middle name after it (three or four words), a listed
    family name after it (four words), or an anchor before three words; no body's, title's or place's words ("Văn
    Phòng X Y", "Châu Thành A B"; a lone given syllable that is also a country's name stays: "… Anh X")."""
    toks = s.toks
    if e - k not in (3, 4) or key(toks[k].text) not in lexicon.words("rare_surnames"):
        return False  # the cheap gate
    if not (_rare_middle(s, k) or _rare_double(s, k, e) or (e - k == 3 and anchor in _ANCHORS | {"age"})):
        return False
    words = [key(t.text) for t in toks[k:e]]
    places = union(_word_set("provinces"), _word_set("countries"), _word_set("regions"))
    return all(t.is_cap and t.is_word and not t.is_upper and not is_foreign(t.text) for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e)) and " ".join(words[:2]) not in _phrase_pairs() \
        and not _opens_phrase(s, k, e) and not any(" ".join(words[a:b]) in places for a in range(len(words))
                                                   for b in range(a + 1, len(words) + 1) if a < 2 or b - a > 1)
