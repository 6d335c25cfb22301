"""A slip of the pen in one word of a post's body (issue 8: one post node per post of an official).

Two forms of one official's post under one title may differ only by one word written wrongly in one of them: a
tone mark out of place or missing ("Trưởng phòng gíao dục mầm non" / "… Giáo dục mầm non", "Bộ Y tê" / "Bộ Y
tế"), a letter left out or added ("Sở Thông tin và Truyền thôn" / "… Truyền thông"), or a word spelt two ways
("Cacbon" / "Carbon"). :func:`slipped` reads the one form with that word as the other writes it, so
:func:`kg.corpus.postforms.same` can compare them again.

A *slip* (:func:`slip`) is a pair of words that are the same without their diacritics, or one letter apart (one
letter changed, left out, added, or two next letters swapped; the longer of three letters or more), where at
least one of the two is a common word written in lower case or no Vietnamese syllable at all (a misspelt or a
foreign word: two groups of vowels, two tone marks, a glide before a final consonant; a minority language's
one-syllable name, "Lôk", is a name) — never two names that are both syllables ("Phúc" / "Phước", "Hưng" /
"Hùng", "Tân" / "Tấn": other places and units). Never a word with a digit, a roman number, an administrative
level word ("xã", "phường": another unit), nor the body's first word (its head: "Viện" / "Việt"). Only one word
per pair of forms. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.corpus.postwords import levels
from kg.extract.normalise import strip_diacritics

if TYPE_CHECKING:
    from kg.corpus.postforms import Form

_ROMAN = re.compile(r"[ivxlc]+")
_TONES = frozenset({0x0300, 0x0301, 0x0303, 0x0309, 0x0323})  # grave, acute, tilde, hook above, dot below


def _plain(word: str) -> str:
    return strip_diacritics(word).lower()


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, left out or added, or two next letters swapped."""
    if abs(len(a) - len(b)) > 1 or max(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_SHAPE = re.compile(r"(qu|gi)?([^aeiouy]*)([aeiouy]+)([^aeiouy]*)")


def _misspelt(word: str) -> bool:
    """No Vietnamese syllable: a foreign or misspelt word — two groups of vowels ("Cacbon"), two tone marks, or
    a final consonant after vowels that end with a glide "i" or "u" ("Câùt": no syllable ends "-aut"); not a
    place's name of a minority language written in one syllable ("Lôk", "Krông": other places one letter apart)."""
    tones = sum(1 for c in unicodedata.normalize("NFD", word) if ord(c) in _TONES)
    m = _SHAPE.fullmatch(_plain(word))
    if tones > 1 or m is None:
        return True
    vowels, final = m.group(3), m.group(4)
    return len(vowels) > 1 and vowels[-1] in "iu" and bool(final)


def misspelt(words: Iterable[str]) -> int:
    """How many of the folded words are no Vietnamese syllable (:func:`_misspelt`; numbers and initials aside)."""
    return sum(1 for w in words if w.isalpha() and _misspelt(w))


def slip(a: str, b: str, lower: bool) -> bool:
    """Whether folded words ``a`` and ``b`` are one word with a slip of the pen (module docstring); ``lower``:
    one of them is written in lower case."""
    if a == b or not a.isalpha() or not b.isalpha() or a.endswith(".") or b.endswith("."):
        return False
    pa, pb = _plain(a), _plain(b)
    if _ROMAN.fullmatch(pa) or _ROMAN.fullmatch(pb) or (a,) in levels() or (b,) in levels():
        return False
    if not (lower or _misspelt(a) or _misspelt(b)):
        return False
    return pa == pb or _one_apart(pa, pb)


def slipped(a: Form, b: Form, same: Callable[[Form, Form], bool]) -> bool:
    """Whether ``a`` read with one word of its body as ``b`` writes it is ``same`` as ``b`` (a slip of the pen in
    that word, :func:`slip`; not the body's first word)."""
    if a.head != b.head or len(a.body) < 2 or len(b.body) < 2:
        return False
    extra_a, extra_b = Counter(a.body) - Counter(b.body), Counter(b.body) - Counter(a.body)
    if len(extra_a) != 1 or not extra_b:
        return False
    (x,) = extra_a
    for i in range(1, len(a.body)):
        if a.body[i] != x:
            continue
        for j in range(1, len(b.body)):
            y = b.body[j]
            low = (i < len(a.lower) and a.lower[i]) or (j < len(b.lower) and b.lower[j])
            if y in extra_b and slip(x, y, low):
                body = a.body[:i] + (y,) + a.body[i + 1 :]
                if same(replace(a, body=body, orders=(), read=()), b):
                    return True
    return False
