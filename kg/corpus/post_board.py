"""A company's board between a title and the company (issue 8: one post node per post of an official).

"Chủ tịch HĐQT Tập đoàn X", "Chủ tịch Hội đồng thành viên Tập đoàn X" and "Chủ tịch Tập đoàn X" are one post of
one official: the board (``bodies.tsv`` ``board``: "Hội đồng quản trị", "Hội đồng thành viên") is the company's,
and its chair is the company's chair (``board_titles.tsv``: the titles a board shares with its company). The
board's words may be left out of a form's body (:attr:`kg.corpus.postforms.Form.board`: the form is compared
with and without them) when a title of ``board_titles`` is followed by a board noun and the board by a company
(a head of ``bodies.tsv`` of class ``Enterprise`` and its name: "Tập đoàn X", "Tổng công ty X", "Công ty X") or by
its short form in capitals ("HĐQT VNX"; not a name of one word, "HĐQT Lôcomex": it would align with any initial of
its first letter, "… HTX DV …"). A board with nothing after it ("Chủ tịch
HĐQT" alone), before another body ("Chủ tịch HĐQT Trường X", "… Sở Giao dịch X") or before a company's head and
no name ("Chủ tịch HĐQT Cty") is no company's chair. Pure functions.
"""

from __future__ import annotations

from functools import cache

from kg.corpus.postwords import Words, folded
from kg.extract import lexicon


def _words(text: str) -> Words:
    """The folded words of a lexicon phrase."""
    return tuple(w for w, _ in folded(text))


@cache
def _titles() -> frozenset[Words]:
    """The titles a company's board shares with its company (``board_titles.tsv``)."""
    return frozenset(_words(r[0]) for r in lexicon.rows("board_titles"))


@cache
def _boards() -> tuple[Words, ...]:
    """The words of a company's board nouns (``bodies.tsv`` column ``board``)."""
    return tuple(sorted(_words(r[0]) for r in lexicon.rows("bodies") if r[6:7] == ["board"]))


@cache
def _heads() -> tuple[tuple[Words, bool], ...]:
    """The words of the lexicon's body heads other than a board (``bodies.tsv``), each with whether it is a
    company's (class ``Enterprise``)."""
    return tuple(sorted((_words(r[0]), r[1:2] == ["Enterprise"]) for r in lexicon.rows("bodies")
                        if r[6:7] != ["board"]))


def board_gap(head: Words, body: Words) -> int:
    """Length of a board noun that opens ``body`` after a title the board shares with its company, before the
    company (a company's head and its name) or its short form in capitals, an initial ("Chủ tịch | HĐQT | Tập
    đoàn X", "Chủ tịch | HĐQT | VNX"; not before another body's head, "HĐQT Trường X", nor a name of one word,
    "HĐQT Lôcomex", which would align with any initial of its letter); 0 if none."""
    if head not in _titles():
        return 0
    for b in _boards():
        after = body[len(b) :]
        if body[: len(b)] != b or not after:
            continue
        heads = [company for h, company in _heads() if after[: len(h)] == h and len(after) > len(h)]
        bare = any(after == h for h, _ in _heads())  # a head with no name: "HĐQT Cty"
        if not bare and (any(heads) or (not heads and after[0].endswith("."))):
            return len(b)
    return 0
