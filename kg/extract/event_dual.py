"""A second numbering after a dash (round events47): a name closed by its number ("năm 2031", "kỳ họp thứ ba") may
go on, after a spaced dash, with the same event numbered another way — a capitalised era or body and its own
number or term, up to the end of the phrase: "Đại lễ Phật đản năm 2031 - Phật lịch 2575", "kỳ họp thứ ba - QH
khóa XX". Before, the dash ended the name there. Not a time ("… năm 2031 - Ngày 11 tháng Giêng: …", the next item
of a programme), not a caption ("- Ảnh: …"), not words that run on past the number."""

from __future__ import annotations

import re

from kg.extract.event_tokens import Toks, is_number
from kg.extract.normalise import key

_ROMAN = re.compile(r"[IVXL]+")
_WORDS = 4  # capitalised or ordinal words before the second number, at most


def _numbered(t: Toks, i: int) -> bool:
    w = t.word(i)
    return is_number(w) or bool(_ROMAN.fullmatch(w)) or bool(t.match(i, "numeral"))


def dual(t: Toks, i: int) -> int:
    """Tokens of a spaced dash at ``i`` and the second numbering after it (see above); 0 when none."""
    w = t.word(i)
    if w not in ("-", "–") or i == 0 or t.ends[i] - len(w) <= t.ends[i - 1] or not _numbered(t, i - 1):
        return 0
    first = t.word(i + 1)
    if not first[:1].isupper() or t.match(i + 1, "time") or key(first) == "ảnh":
        return 0
    for k in range(i + 2, i + 2 + _WORDS):
        if not t.word(k)[:1].isalpha() and not is_number(t.word(k)):
            return 0
        if is_number(t.word(k)) or _ROMAN.fullmatch(t.word(k)):  # (a number word "ba" is no second numbering)
            return k + 1 - i if not t.word(k + 1)[:1].isalnum() else 0
    return 0
