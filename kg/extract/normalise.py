"""Stage 1 — normalise text once at ingestion, and build folded keys for matching.

The working text is NFC with LF line ends; every later offset refers to it. Tone-mark placement is
kept as written (labels come from the text); :func:`key` folds both styles (Hóa/Hoá, ủy/uỷ) to one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}  # sắc, huyền, hỏi, ngã, nặng
_SPACE_LIKE = r"\t\u00a0\u2000-\u200b\u202f\u3000"  # tabs and typographic spaces
# a run of spaces and the space-like, but a lone plain space, which is what the run becomes (a space written in place
# of each space would cost a new string for every word): a run from its first character that is no plain space, or
# a plain space with more after it
_WS = re.compile(rf"[{_SPACE_LIKE}][ {_SPACE_LIKE}]*| [ {_SPACE_LIKE}]+")
_LINE_BREAKS = {ord("\r"): "\n", 0x2028: "\n", 0x2029: "\n"}
_DOUBLE_HYPHEN = re.compile(r"(?<= )--(?= )")  # "Ông A -- Giám đốc …": two hyphens typed for one spaced dash


def _char_class(*categories: str, keep: str = "") -> re.Pattern[str]:
    """A regex matching every code point of the given Unicode categories (built once, as ranges)."""
    planes = (*range(0, 0x20000), *range(0xE0000, 0xE1000))  # Cc and Cf occur in planes 0, 1 and 14 only
    cps = [c for c in planes if unicodedata.category(chr(c)) in categories and chr(c) not in keep]
    ranges, first, last = [], cps[0], cps[0]
    for c in cps[1:] + [-1]:
        if c == last + 1:
            last = c
            continue
        ranges.append(re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else ""))
        first = last = c
    return re.compile(f"[{''.join(ranges)}]+")


_INVISIBLE = _char_class("Cc", "Cf", keep="\n")  # controls, zero-width and bidi marks
# What no RDF syntax can carry (XML 1.0 forbids them; UTF-8 cannot encode a lone surrogate): one-for-one U+FFFD
_UNREPRESENTABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def normalise_text(raw: str) -> str:
    """NFC, CRLF/CR/U+2028/U+2029 → LF, no BOM, no zero-width, bidi or control characters, tabs/nbsp as spaces,
    a spaced double hyphen as one hyphen (the spaced dash every later stage reads).

    Lone surrogates and the non-characters U+FFFE/U+FFFF become U+FFFD (one for one), so every output format
    can carry the text. The length may change relative to ``raw``; offsets always refer to the returned string.
    """
    text = raw.lstrip("\ufeff").replace("\r\n", "\n")
    if "\r" in text or "\u2028" in text or "\u2029" in text:  # (a translate by a dict reads every character)
        text = text.translate(_LINE_BREAKS)
    text = _UNREPRESENTABLE.sub("\ufffd", unicodedata.normalize("NFC", text))
    text = _INVISIBLE.sub("", text)
    glued, seam = _glued_title()
    if seam.search(text):  # most texts hold no lower-case letter before a capital: nothing glued to look for
        text = glued.sub(r"\1 \2", text)
    text = _WS.sub(" ", text)  # (neither pattern crosses a line break: the whole text at once, as line by line)
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub("-", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


@lru_cache(maxsize=1)
def _glued_title() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalised syllable glued to the capitalised first word of a title of ``posts.tsv`` with no space
    ("Ông Nguyễn Văn ATrưởng phòng …", a caption's line break lost): the name's last syllable, then the title;
    with it, the seam any such match holds (a lower-case letter, then a title's first letter), a cheap first test."""
    from kg.extract import lexicon  # lexicon reads keys from this module: imported once it is loaded
    from kg.extract.tokens import _LOWER, UPPER

    heads = sorted({w[0].upper() + w[1:] for w in (e.vi.split(" ")[0] for e in lexicon.entries("posts"))
                    if len(w) > 1}, key=lambda w: (-len(w), w))
    seam = "".join(sorted({re.escape(h[0]) for h in heads}))  # a lower-case letter, then a title's first letter
    # the syllable's capital first, then the word start before it (a look-behind over the capital): the pattern opens
    # with the class of capitals, which the regex engine scans fast, not with a word boundary tried at every position
    return (re.compile(rf"([{UPPER}](?<!\w(?s:.))[{_LOWER}]+)({'|'.join(map(re.escape, heads))})(?= )"),
            re.compile(rf"[{_LOWER}][{seam}]"))


def clean_value(value: str) -> str:
    """A short metadata string (a file name, a record's title or date) made safe for every RDF format:
    what :func:`normalise_text` replaces is replaced, line breaks and other controls become spaces."""
    return _INVISIBLE.sub(" ", _UNREPRESENTABLE.sub("\ufffd", value.translate(_LINE_BREAKS).replace("\n", " ")))


def _old_to_new() -> dict[str, str]:
    """Open syllables oa/oe/uy with the tone on the second vowel (old style) → on the first (new style)."""
    table = {}
    for first, seconds in (("o", "aeAE"), ("O", "aeAE"), ("u", "yY"), ("U", "yY")):
        for second in seconds:
            for tone in _TONES:
                old = first + unicodedata.normalize("NFC", second + tone)
                table[old] = unicodedata.normalize("NFC", first + tone) + second
    return table


_OLD_NEW = _old_to_new()
# the pairs as two character classes: the same matches as an alternation of the 60 pairs, three times faster
_SECONDS = {first: "".join(sorted({k[1] for k in _OLD_NEW if k[0] in first})) for first in ("oO", "uU")}
assert {f + c for firsts, cs in _SECONDS.items() for f in firsts for c in cs} == set(_OLD_NEW)  # no pair more
# not after q/Q, tested once the first vowel is read, and the second vowel by the first (a look-behind over it): the
# pattern opens with the class of first vowels, which the regex engine scans fast (a group of alternatives it does not)
_OLD_STYLE = re.compile(f"[{''.join(_SECONDS)}](?<![qQ].)(?:"
                        + "|".join(f"(?<=[{f}])[{c}]" for f, c in _SECONDS.items()) + r")(?!\w)")


def canonical_tones(text: str) -> str:
    """Move tone marks of open syllables oa/oe/uy to the first vowel (hoá → hóa, uỷ → ủy).

    Length-preserving on NFC text, so offsets stay valid. ``qu`` is left alone (quý).
    """
    return _OLD_STYLE.sub(lambda m: _OLD_NEW[m.group()], unicodedata.normalize("NFC", text))


@lru_cache(maxsize=1 << 18)
def key(text: str) -> str:
    """Folded identity key: NFC, canonical tone placement, case-folded, single spaces, no edge punctuation."""
    s = canonical_tones(unicodedata.normalize("NFC", text)).casefold()
    s = s.replace("–", "-").replace("—", "-")
    if "-" in s:
        s = _DASH.sub(" - ", s)
    s = _SPACES.sub(" ", s)
    return s.strip(" ,.;:\"'“”‘’()")


_DASH = re.compile(r"\s*-\s*")
_SPACES = re.compile(r"[^\S ]\s*| \s+")  # a run of white space but a lone plain space (as _WS: what the run becomes)


def strip_diacritics(text: str) -> str:
    """ASCII-ish folding: no diacritics, đ → d (for slugs and search)."""
    s = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


class _FoldTable(dict[int, str]):
    """Code point → its folded form (:func:`strip_diacritics`, then casefold), computed once per character."""

    def __missing__(self, code: int) -> str:
        folded = strip_diacritics(chr(code)).casefold()
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for matching labels (``Đỗ  Văn`` → ``do van``): one table lookup
    per character, so that folding every label of a corpus takes a fraction of a second."""
    return " ".join(text.translate(_FOLD).split())


@lru_cache(maxsize=100_000)  # pure; IRIs ask for the same labels again and again
def slug(text: str, *, max_len: int = 60) -> str:
    """Readable ASCII slug of a label, e.g. ``Thành ủy TP Thanh Hóa`` → ``thanh-uy-tp-thanh-hoa``."""
    s = strip_diacritics(key(text))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:max_len].rstrip("-") or "x"


@lru_cache(maxsize=100_000)
def stable_id(text: str) -> str:
    """Deterministic, collision-resistant local name: slug plus a short hash of the folded key."""
    digest = hashlib.sha1(key(text).encode("utf-8")).hexdigest()[:6]
    return f"{slug(text)}-{digest}"


_IY = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
_IY_SYLLABLE = re.compile(r"\b(h|k|l|m|s|t|qu)([yýỳỷỹỵ])\b")


def iy_fold(k: str) -> str:
    """A key (:func:`key`) with the final "y" of an open syllable after h, k, l, m, s, t or qu written "i", as the
    two spellings alternate ("sỹ"/"sĩ", "Lý"/"Lí", "kỳ"/"kì"): one name spelt both ways folds to one key."""
    return _IY_SYLLABLE.sub(lambda m: m.group(1) + m.group(2).translate(_IY), k)


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(s: str) -> int:
    """The value of a number written in digits or in Roman numerals of either case ("14", "XIV", "xiv")."""
    if s.isdigit():
        return int(s)
    low = s.lower()
    total = 0
    for i, ch in enumerate(low):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(low) and _ROMAN_VALUES[low[i + 1]] > v else v
    return total
