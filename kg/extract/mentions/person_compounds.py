"""Capitalised words that read as a name but with the word before them make one noun (issue 8, item 4): a party
committee of a level before a place's name ("Huyện ủy Trần Văn Thời": the district's committee, the district named
after someone), and one capitalised word glued to a two-syllable "name" in a title's body ("Tổng biên tập báo Đại
Đoàn Kết": a newspaper's name, "Đoàn" a family name too). The tests of :mod:`persons` use them."""

from __future__ import annotations

from kg.extract import names
from kg.extract.mentions.sentence import _address, _levels, _opens_phrase, _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


def committee_before(s: _Sent, k: int) -> bool:
    """A level's party committee ("huyện ủy", "Tỉnh ủy", "Đảng ủy xã") ends right before token k: the capitalised
    words from k name its unit (a person would need a title: "Bí thư Huyện ủy Lê Văn A")."""
    if k < 2 or key(s.toks[k - 1].text) != "ủy" or not s.adjacent(k - 1):
        return False  # the cheap gate: "ủy" right before the name
    return key(s.toks[k - 2].text) in _levels() or key(s.toks[k - 2].text) == "đảng"


def glued_prefix(s: _Sent, i: int, k: int, e: int) -> bool:
    """The run i..e is one capitalised word and a two-syllable Vietnamese name, after a lower-case word or at the
    sentence's start, and that word is no place, country, level, honorific or abbreviation: the three words are one
    name ("báo Đại Đoàn Kết"), not a body's last word and its holder ("Đại sứ … tại Belarus Lê A" keeps "Lê A")."""
    toks = s.toks
    if k != i + 1 or e - k != 2 or (i > 0 and not (toks[i - 1].is_word and not toks[i - 1].is_cap)):
        return False
    if any(names.is_foreign(t.text) for t in toks[i:e]) or toks[i].is_upper:
        return False
    first = key(toks[i].text)
    places = union(_word_set("countries"), _word_set("provinces"), _word_set("regions"))
    return first not in places and first not in _levels() and first not in _word_set("honorifics") \
        and first not in _address()


def title_glued(s: _Sent, e: int) -> bool:
    """The name's last word (token e-1) and the lower-case word after it make a body's or a title's head that the
    word alone is not ("A, Phí Bí thư …", a typo for "Phó Bí thư": no second person "Phí Bí")."""
    toks = s.toks
    if e >= len(toks) or not s.adjacent(e) or not toks[e].is_word or toks[e].is_cap:
        return False
    return _opens_phrase(s, e - 1, e + 1) and not _opens_phrase(s, e - 1, e)
