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
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def normalise_text(raw: str) -> str:
    """NFC, CRLF/CR → LF, no BOM, no zero-width or control characters, tabs/nbsp as spaces.

    The length may change relative to ``raw``; offsets always refer to the returned string.
    """
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf"))
    return "\n".join(_WS.sub(" ", line).rstrip() for line in text.split("\n"))


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
_OLD_STYLE = re.compile("(?<![qQ])(" + "|".join(sorted(_OLD_NEW)) + r")(?!\w)")


def canonical_tones(text: str) -> str:
    """Move tone marks of open syllables oa/oe/uy to the first vowel (hoá → hóa, uỷ → ủy).

    Length-preserving on NFC text, so offsets stay valid. ``qu`` is left alone (quý).
    """
    return _OLD_STYLE.sub(lambda m: _OLD_NEW[m.group()], unicodedata.normalize("NFC", text))


@lru_cache(maxsize=300_000)
def key(text: str) -> str:
    """Folded identity key: NFC, canonical tone placement, case-folded, single spaces, no edge punctuation."""
    s = canonical_tones(unicodedata.normalize("NFC", text)).casefold()
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" ,.;:\"'“”‘’()")


def strip_diacritics(text: str) -> str:
    """ASCII-ish folding: no diacritics, đ → d (for slugs and search)."""
    s = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for matching labels (``Đỗ  Văn`` → ``do van``)."""
    return " ".join(strip_diacritics(text).casefold().split())


def slug(text: str, *, max_len: int = 60) -> str:
    """Readable ASCII slug of a label, e.g. ``Thành ủy TP Thanh Hóa`` → ``thanh-uy-tp-thanh-hoa``."""
    s = strip_diacritics(key(text))
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:max_len].rstrip("-") or "x"


def stable_id(text: str) -> str:
    """Deterministic, collision-resistant local name: slug plus a short hash of the folded key."""
    digest = hashlib.sha1(key(text).encode("utf-8")).hexdigest()[:6]
    return f"{slug(text)}-{digest}"
