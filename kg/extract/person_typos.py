"""One person whose full name an article writes two ways, once with a typo ("Nguyễn An Huy" … "Nguyễn Anh Huy";
"Thành"/"Thanhf", a Telex tone letter left in): one person node. Two full names are *near* when they have the same
number of syllables (3 or more) and the same family name and differ in one syllable by one edit (a letter, a tone,
a vowel mark, a stray letter; never the first letter: "Phương"/"Hương" are two names). The rarer form folds into
the more frequent one (ties: the one written first; a form with a Telex tone letter never stays) only when nothing
says two people (:mod:`kg.extract.person_typo_fold`): both forms in one sentence (a list, "A và B"), one form's
distinct syllable beside the other ("ông Trương Văn Biên, bố của Biển"), different titles, different honorifics.
The variant stays a name of the person (its mention, emitted as ``skos:altLabel``)."""

from __future__ import annotations

import unicodedata

_TONES = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}  # grave, acute, tilde, hook, dot


def _split(syllable: str) -> tuple[str, str]:
    """A syllable's letters (vowel marks kept, lower case) and its tone letter; a Telex tone letter typed after a
    toneless syllable ("thanhf") is its tone."""
    letters, tone = "", ""
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            letters += ch
    if not tone and len(letters) > 2 and letters[-1] in "fsxrj":
        letters, tone = letters[:-1], letters[-1]
    return unicodedata.normalize("NFC", letters), tone


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one inserted, deleted or replaced character (NFD: a vowel mark counts
    as a character)."""
    a, b = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i:]


def telex(syllable: str) -> bool:
    """A syllable typed with its Telex tone letter left in ("Thanhf")."""
    letters, tone = _split(syllable)
    return bool(tone) and letters + tone == syllable.lower()


def near_syllables(a: str, b: str) -> bool:
    """Two syllables one small edit apart: the same letters and another tone, or the same tone and one letter or
    vowel mark more, less or other; or the same once a Telex tone letter is read as its tone."""
    (la, ta), (lb, tb) = _split(a), _split(b)
    return a.lower() != b.lower() and la[:1] == lb[:1] and (la == lb or (ta == tb and _one_edit(la, lb)))


def near_names(a: str, b: str) -> bool:
    """Two full names of 3+ syllables, the same count and family name, that differ in one syllable (not the
    family name) by one small edit."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 3 or wa[0].lower() != wb[0].lower() or not all(w[:1].isupper() for w in wa + wb):
        return False
    diff = [i for i in range(len(wa)) if wa[i].lower() != wb[i].lower()]
    return len(diff) == 1 and near_syllables(wa[diff[0]], wb[diff[0]])


def differing(a: str, b: str) -> tuple[str, str]:
    """The syllables in which two near names differ (as written)."""
    return next((x, y) for x, y in zip(a.split(), b.split(), strict=True) if x.lower() != y.lower())
