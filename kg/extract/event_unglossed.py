"""An event's name without the bracket that ends it (events42a): "Lễ kỷ niệm 60 năm Ngày X (14/6/1957 - 14/6/2017)",
"Buổi tiếp xúc với cử tri phường 9 (TP Alpha)", "Lễ công bố … khóa 4 (nhiệm kỳ 2031-2036)".

A bracket at the end of a name glosses it — the days it marks, a term, where its place lies, an acronym — and the
name without it is a name of the same event, the one an article writes where it gives no gloss. It is emitted as a
``skos:altLabel`` of the event node (the label keeps the bracket as written). None when the bracket is the whole
name or holds another bracket, and when what is left is a head and an ordinal only ("Kỳ họp thứ 3 (Quốc hội khóa
XIV)", "Hội nghị lần thứ 5 (Ban Chấp hành …)": the bracket holds whose meeting it is, without it no name).
"""

from __future__ import annotations

import re

from kg.extract import event_tokens, lexicon
from kg.extract.normalise import key

_NUMBER = re.compile(r"\d+|[IVXLC]+", re.IGNORECASE)


def unglossed(label: str) -> str | None:
    """The name before the bracket that ends ``label``, or None (see the module)."""
    text = label.rstrip()
    if not text.endswith(")"):
        return None
    start = text.rfind("(")
    if start <= 0 or ")" in text[start:-1]:
        return None
    bare = text[:start].rstrip(" -–,:")
    if len(bare.split()) < 2 or bare.count("(") != bare.count(")") or head_and_ordinal(bare):
        return None
    return bare


def head_and_ordinal(name: str) -> bool:
    """Whether ``name`` is an event head followed by ordinal words and numbers only ("Kỳ họp thứ 3")."""
    words = [key(w) for w in name.split()]
    heads = lexicon.by_key("events")
    n = next((n for n in range(min(3, len(words)), 0, -1) if " ".join(words[:n]) in heads), 0)
    cls = event_tokens.classes()
    counters = cls.get("ordinal", frozenset()) | cls.get("numeral", frozenset())
    return bool(n) and all(w in counters or _NUMBER.fullmatch(w) for w in words[n:])
