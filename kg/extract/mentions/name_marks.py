"""Marks after a name that close it, no words of it: a reporter's note that ends a bracketed aside ("(ông A từng là
Chủ tịch UBND tỉnh X - PV)": a dash, a credit word of ``stopnames`` and the closing bracket), and the authors'
line that ends the article with no full stop before or after it ("… Ủy ban X TP.HCM Lê A - Trần B": names of two
to four words joined by dashes, nothing after them). Pure functions over a sentence's tokens or the text, read by
the body and place walks (:func:`kg.extract.mentions.name_ends.closes_body_name` and ``credit_colon``) and the bare
body walk (:func:`kg.extract.post_ends.bare_body_end`).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.sentence import _is_name_word, _Sent
from kg.extract.normalise import key

_DASHES = ("-", "–")
_NOTE = re.compile(r"\s*[-–]\s*(\w+)\s*\)")


@cache
def _credits() -> frozenset[str]:
    return frozenset(e.key for e in lexicon.entries("stopnames") if e.en == "credit")


def note_mark(s: _Sent, j: int) -> bool:
    """Token j is a credit word ("PV", "CTV") between a dash and a closing bracket: a reporter's note closes the
    aside there ("… tỉnh X - PV)"), no word of the name before it."""
    toks = s.toks
    return 0 < j < len(toks) - 1 and toks[j - 1].text in _DASHES and toks[j + 1].text == ")" \
        and key(toks[j].text) in _credits()


def note_mark_text(text: str, pos: int, limit: int) -> bool:
    """:func:`note_mark` over the text: a dash, a credit word and a closing bracket right after ``pos``."""
    m = _NOTE.match(text, pos, limit)
    return m is not None and key(m.group(1)) in _credits()


def authors_tail(s: _Sent, j: int) -> bool:
    """Tokens j.. run to the article's very end, with no full stop, as an authors' line: two or more names of two to
    four name words joined by dashes, right after a word of the name before them (no dash between). A name that
    ends the article with a full stop ("… Công ty TNHH Sông Lam - Hồng Hà.") is the sentence's own."""
    toks = s.toks
    end = toks[-1].end
    if j < 1 or toks[j - 1].text in _DASHES or len(s.text) - end > 16 or s.text[end:].strip():
        return False  # (the length first: most sentences end far from the article's end)
    parts = [0]
    for t in toks[j:]:
        if t.text in _DASHES:
            parts.append(0)
        elif _is_name_word(t):
            parts[-1] += 1
        else:
            return False
    return len(parts) >= 2 and all(2 <= n <= 4 for n in parts)
