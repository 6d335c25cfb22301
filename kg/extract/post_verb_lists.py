"""The last post of a list that a verb of office opens: "ông A được bầu làm POST, POST và POST", "bà B đảm nhiệm
chức vụ POST, POST và POST" — after such a verb, "và" joins one more post of the same subject (after a name
alone, ", POST và POST" may name a second, unnamed official: "ông A, Giám đốc Sở X và Chủ tịch UBND huyện Y đã …",
so there it stays out). Not for names a verb shares ("ông A và ông B được cử làm tổ trưởng và tổ phó": each
holds one). Pure functions over offsets, read by :mod:`kg.extract.facts.holdings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract import lexicon, post_moves
from kg.extract import posts as post_grammar
from kg.extract.document import Mention

_AND = re.compile(r"\s*,?\s+và\s+")
_HOLDER_NEXT = re.compile(r"\s*,?\s*(?:(?:là|do)\s+)?(?:" + lexicon.alternation("honorifics", 2, "address", "comrade")
                          + r"\s+)?", re.IGNORECASE)


def last_item(text: str, p: Mention, persons: Sequence[Mention], after: list[post_grammar.Phrase],
              phrases: Sequence[post_grammar.Phrase]) -> list[post_grammar.Phrase]:
    """``after`` (the posts after the name ``p``) and, when a verb of office opens them, the post phrase that "và"
    joins to the last of them."""
    if not after or post_moves.appointed(text[p.end : after[0][2]]) is None or _shared(text, p, persons, after[0][2]):
        return after
    end = after[-1][3]
    nxt = min((ph for ph in phrases if ph[2] >= end), key=lambda ph: ph[2], default=None)
    if nxt is None or not _AND.fullmatch(text, end, nxt[2]) or any(end <= q.start < nxt[3] for q in persons):
        return after
    holder = min((q.start for q in persons if q.start >= nxt[3]), default=None)
    if holder is not None and _HOLDER_NEXT.fullmatch(text, nxt[3], holder):
        return after  # "làm Trưởng đoàn và Phó Trưởng đoàn là ông B": the post first, its holder after it
    return [*after, nxt]


def _shared(text: str, p: Mention, persons: Sequence[Mention], verb_end: int) -> bool:
    """Another name shares the verb with ``p``: joined to it by "," / "và" before or after it."""
    return post_grammar.coordinated(text, p, persons, verb_end) or any(
        post_grammar.coordinated(text, q, persons, p.end) for q in persons if q.end <= p.start)
