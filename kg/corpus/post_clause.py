"""Where the next clause begins inside a post phrase (issue 8: one post node per post of an official).

A phrase the extractor read on past its post into the next clause ("Phó Chủ tịch UBND tỉnh X đã có buổi làm việc
với …", "Trưởng Ban X nhiệt liệt hoan nghênh", "Phó Chánh Văn phòng X phụ trách …") is the post written before
that clause: :func:`kg.corpus.postforms.extends` compares the words before each place found here with the
official's other forms. A clause opens at a body word written in lower case that is, alone or with the next one,
a word of the lexicon's ``post_clause_openers`` (an auxiliary, a verb of saying, the holder's portfolio), with a
word of the body before it. Pure functions."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon

Words = tuple[str, ...]


@cache
def _openers() -> frozenset[Words]:
    """The folded words of ``post_clause_openers.tsv`` ("đã", "cho biết", "phụ trách")."""
    return frozenset(tuple(w.split()) for w in lexicon.words("post_clause_openers"))


def clause_starts(body: Words, lower: tuple[bool, ...]) -> tuple[int, ...]:
    """The positions of ``body`` (folded words; ``lower``: per word, written in lower case) where a next clause
    opens: a lower-case word of ``post_clause_openers``, alone or with the next word, after at least one word."""
    return tuple(i for i in range(1, min(len(body), len(lower)))
                 if lower[i] and ((body[i],) in _openers() or tuple(body[i : i + 2]) in _openers()))
