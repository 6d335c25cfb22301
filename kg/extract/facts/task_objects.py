"""A person mention that is the object of a verb of seizing or holding written right before it ("khống chế X",
"bắt giữ X"; ``seize_verbs.tsv``): a request word after it ("khống chế X giao cho Công an xã", X handed over to the
police) sets no task of X's. Read by :mod:`kg.extract.facts.speeches`."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon
from kg.extract.normalise import key


@cache
def _verbs() -> frozenset[str]:
    return lexicon.words("seize_verbs")


def seized(text: str, start: int) -> bool:
    """The one or two words right before ``start`` are a listed verb of seizing or holding, with no punctuation
    between it and ``start`` (not "… bị bắt giữ. X yêu cầu …", "Sau khi bị tạm giữ, X …": no object of the verb)."""
    raw = text[max(0, start - 24) : start].split()[-2:]
    if not raw or not raw[-1][-1:].isalpha():
        return False
    words = [key(w) for w in raw]
    return words[-1] in _verbs() or " ".join(words) in _verbs()
