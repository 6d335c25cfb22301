"""A run of capitalised words that is a body's head and name rather than a person's (:func:`body_head_run`).

A family name that is also a body's head word ("Đoàn": the Youth Union, a delegation) opens a run that reads as a
name after a title ("Bí thư Đoàn Thanh niên X", "Bí thư Đoàn Trường Đại học X"); the lower-case syllable right after
the run shows it is a body: with the run it makes a body's head of the lexicon, or the run's second word opens a
body's head and its last word, with that syllable, makes another ("Trường" … "Đại học"); or, after "Đoàn", the
second word and that syllable make a kind of delegation or corps ("Đoàn Đại biểu", "Đoàn Luật sư"). Pure, over a
sentence's tokens.
"""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent
from kg.extract.normalise import key


@cache
def _head_words() -> frozenset[str]:
    """First words of the lexicon's body heads (folded keys)."""
    return frozenset(k.split(" ")[0] for k in lexicon.by_key("bodies"))


def body_head_run(s: _Sent, k: int, e: int) -> bool:
    """The candidate name k..e and the lower-case syllable after it are a body's head and name, not a person."""
    toks = s.toks
    if not (e < len(toks) and s.adjacent(e) and toks[e].is_word and not toks[e].is_cap):
        return False
    bodies = lexicon.by_key("bodies")
    if key(s.text[toks[k].start : toks[e].end]) in bodies:
        return True  # "Bí thư Đoàn Thanh niên X": the name and the syllable after it are a body's head
    # "Bí thư Đoàn Trường Đại học X": a head word, a body's head ("Trường"), then a second head ("Đại học") that
    # the syllable completes
    if e - k == 2 and key(toks[k].text) in _family_heads():
        # "Đoàn Đại biểu …", "Đoàn Cấp cao …", "Đoàn Luật sư …", "Đoàn Kinh tế …": a delegation or a corps of a
        # kind, the kind a word of two syllables (an event word, a person noun) that the lower-case syllable ends
        return key(s.text[toks[k + 1].start : toks[e].end]) in _kind_words()
    return e - k >= 3 and key(toks[k].text) in _head_words() and key(toks[k + 1].text) in bodies \
        and key(s.text[toks[e - 1].start : toks[e].end]) in bodies


@cache
def _family_heads() -> frozenset[str]:
    """First words of body heads that are family names too ("Đoàn")."""
    return _head_words() & lexicon.words("surnames")


@cache
def _kind_words() -> frozenset[str]:
    """Words of two or more syllables of ``event_words.tsv`` and the person nouns of ``person_cues.tsv``."""
    return frozenset(w for w in lexicon.words("event_words") | lexicon.classed("person_cues", 1, "noun") if " " in w)
