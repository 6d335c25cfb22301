"""A pronoun does not stand for a person its own sentence names after it (issue 8, round prec40c).

    Ông Lò Văn Tám đón Hà Văn Chín về nước. Năm 1990, đồng chí được bầu làm Chủ tịch, dưới sự chỉ đạo của Hà Văn
    Chín, …   → "đồng chí" is not Hà Văn Chín (the sentence names him after it, as another)

A sentence that names a person after a pronoun names that person as someone else than the pronoun's subject ("dưới
sự chỉ đạo của X, đồng chí …"); when the nearest person before the pronoun is that person, the pronoun is left
unresolved (a person further back is no safer a guess: "… học trò của Chủ tịch Y. … của X, đồng chí …").
Read by :func:`kg.extract.facts.pronouns._antecedent`.
"""

from __future__ import annotations

from kg.extract.document import Mention, Sentence
from kg.extract.facts.context import _Ctx


def named_later(ctx: _Ctx, sent: Sentence, pos: int, p: Mention) -> bool:
    """The person of mention ``p`` is named again in ``sent`` after the pronoun at ``pos``."""
    ent = ctx.ent(p)
    return ent is not None and any(q.start > pos and ctx.ent(q) is ent for q in ctx.of(sent.index, "person"))
