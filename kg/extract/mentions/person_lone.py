"""A lone foreign family name right after a head of state's or government's title, maybe after the country's name
("Tổng thống Widodo", "Thủ tướng Ấn Độ Modi đã …"): the press names a foreign leader by the family name alone, so
the word is the holder's name (``person_cues.tsv``, head-title), not a body's or a place's; a country's own name
there ("Tổng thống Argentina") is none. The tests of :mod:`persons` use it."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon, names
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key
from kg.extract.unions import union


@cache
def _title_ends() -> frozenset[str]:
    """The last words of the head-titles ("thống" of "tổng thống"): the cheap gate."""
    return frozenset(p.split()[-1] for p in names.cue_phrases("head-title"))


def lone_family_name(s: _Sent, i: int, run_end: int) -> bool:
    """The run i..run_end is one foreign word, or a country's name and one foreign word, right after a head-title:
    its last word names the title's holder."""
    n = run_end - i
    if i == 0 or key(s.toks[i - 1].text) not in _title_ends() or not 1 <= n <= 4 or not s.adjacent(i) \
            or not names.is_foreign(s.toks[run_end - 1].text):
        return False  # the cheap gate: a head-title's last word, then one to four words, the last a foreign one
    toks = s.toks
    word = key(toks[run_end - 1].text)
    places = union(_word_set("countries"), _word_set("regions"))
    if word in places or word in names.cue_phrases("latin-not-name") or (
            n > 1 and " ".join(key(t.text) for t in toks[i : run_end - 1]) not in places):
        return False
    if n > 1 and not s.adjacent(run_end - 1):
        return False
    return any(i - m >= 0 and " ".join(key(t.text) for t in toks[i - m : i]) in names.cue_phrases("head-title")
               for m in (1, 2, 3))


@cache
def _academic() -> frozenset[str]:
    """Academic titles of ``honorifics.tsv`` (class academic: "TS", "GS", "PGS.TS" …), folded."""
    return frozenset(e.key for e in lexicon.entries("honorifics") if e.extra[:1] == ("academic",))


def lone_academic_name(s: _Sent, i: int, run_end: int) -> bool:
    """The run is one foreign word in Latin letters (four or more, no Vietnamese syllable, not all capitals) right
    after an academic title ("TS Grushvitsky" style: a foreign scholar named by the family name alone), and no
    country's or region's name."""
    if run_end - i != 1 or i == 0 or not s.adjacent(i) or key(s.toks[i - 1].text) not in _academic():
        return False
    word = s.toks[i].text
    return len(word) >= 4 and word.isascii() and word.isalpha() and not word.isupper() and names.is_foreign(word) \
        and key(word) not in union(_word_set("countries"), _word_set("regions"), names.cue_phrases("latin-not-name"))
