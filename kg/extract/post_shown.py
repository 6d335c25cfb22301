"""The label a post node is shown under: the phrase without a trailing parenthetical ("Phó Chủ tịch UBND Q.5
(TP.HCM)", "Giám đốc Sở X (ABC)": a short form or the city of a district, which the annotation drops); the phrase
as written stays one of the node's names (skos:altLabel). Only the emitted label changes: the extractor's own
comparisons of a person's post forms keep the phrase as written."""

from __future__ import annotations

import re

PARENS_END = re.compile(r"\s*\([^()]*\)\s*$")  # a closing parenthetical (also read by post_nodes.foreign_post)


def shown(label: str) -> str:
    """``label`` less a closing parenthetical, where at least two words stay before it; else ``label``."""
    m = PARENS_END.search(label)
    return label[: m.start()] if m and len(label[: m.start()].split()) >= 2 else label
