"""A two-word Vietnamese name (a family name of the lexicon, then one syllable) right after a post whose body closes
with its own short form ("Giám đốc Xí nghiệp buýt nhanh ABC Nguyễn Khuê", "Chủ tịch Hiệp hội XYZ Lê Khê"): the
name is the post's holder, not the rest of an institution's name, as a foreign name there is
(:mod:`kg.extract.mentions.person_body_short`). The body is a head of ``bodies.tsv`` and maybe lower-case words of
its field ("buýt nhanh"), no "của" and no capitalised word before the short form (a firm's or school's head
needs its field between: right after "Công ty" the capitals may be the firm's type); the short form is no
abbreviation, kind, level or place word of the lexicon ("Trường THCS Đông Vạn", "Công ty TNHH Kim Vạn" stay
institutions), and the name is no province's. Read by :mod:`kg.extract.mentions.person_thing_tests`."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract import lexicon
from kg.extract.mentions.person_body_short import _kinds
from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key


def short_form_holder(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """The two words k..e are the holder's name after a title, a body's head (and field) and its own short form."""
    toks = s.toks
    if e - k != 2 or anchor not in ("title", "after-body") or key(toks[k].text) not in _word_set("surnames"):
        return False
    if key(s.text[toks[k].start : toks[e - 1].end]) in _word_set("provinces"):
        return False
    start = toks[k].start
    ends = [b for _a, b in s.titles if start - 60 <= b <= start]
    return bool(ends) and _head_and_short_form(s.text[max(ends) : start].split())


def _head_and_short_form(gap: Sequence[str]) -> bool:
    """A body's head, maybe lower-case words of its field, then its own all-capitals short form."""
    if len(gap) < 2 or not (last := gap[-1]).isupper() or len(last) < 2 or not last.isalpha():
        return False
    if last in lexicon.abbreviations() or key(last) in _kinds():
        return False
    bodies = lexicon.by_key("bodies")
    for n in range(len(gap) - 1, 0, -1):
        if key(head := " ".join(gap[:n])) in bodies:
            rest = gap[n:-1]
            # a firm's or school's head right before the capitals: they may be its type ("Công ty TMDV X Y")
            typed = not rest and key(head) in _word_set("place_words")
            return not typed and all(w.islower() and w.isalpha() and w != "của" for w in rest)
    return False
