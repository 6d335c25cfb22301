"""The article's one subject, for a "đồng chí" (comrade) whose antecedent is not in its sentence or the two before.

A biography or a tribute names its subject in the title ("Đồng chí Lê Văn A, người con ưu tú của …") and then
tells the career through "đồng chí" sentences that may run far from the last name ("Sau đó đồng chí được phong
cấp Thiếu tướng, giữ chức POST"). When the title names exactly one person and a lone "đồng chí" finds no
antecedent nearby, it stands for that person.
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.facts.context import _Ctx
from kg.extract.link import Entity
from kg.extract.normalise import key

# the forms of "đồng chí" (``honorifics.tsv``, class comrade), folded
_COMRADE = frozenset(key(f) for f in lexicon.forms("honorifics", 2, "comrade"))


def title_subject(ctx: _Ctx, pronoun: str) -> Entity | None:
    """The one person the title (sentence 0) names, for a "đồng chí" pronoun; None for another pronoun, or when
    the title names no person or more than one."""
    if key(pronoun) not in _COMRADE:
        return None
    named = {e.id: e for m in ctx.of(0, "person") if (e := ctx.ent(m)) is not None}
    return next(iter(named.values())) if len(named) == 1 else None
