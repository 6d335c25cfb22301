"""A company's board followed by the company's short form in capitals: "Chủ tịch HĐQT VNX", "Hội đồng thành viên
VNX". A head marked ``board`` in ``bodies.tsv`` keeps one all-capital word after it that the lexicon does not know as
an abbreviation (a known one is a body or a level of its own: "HĐQT Tổng công ty X", "UBND"); read by
:func:`kg.extract.mentions.bodies._body_end`."""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.mentions.sentence import _Sent


def board_code_end(s: _Sent, after: int, entry: lexicon.Entry, person_starts: set[int]) -> int | None:
    """The token after the company's short form when the ``board`` head ending before token ``after`` has one
    right after it; None otherwise."""
    if entry.extra[4:5] != ("board",) or after >= len(s.toks) or after in person_starts or not s.adjacent(after):
        return None
    t = s.toks[after]
    return after + 1 if t.is_upper and t.is_word and t.text not in lexicon.abbreviations() else None
