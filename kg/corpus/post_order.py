"""The other order of a body's two coordinated parts (issue 8: one post node per post): "Ủy ban An ninh – Quốc
phòng" and "Ủy ban Quốc phòng và An ninh" name one body, the same two parts joined by "và", a dash or "&" in
either order. A part is a word of two syllables, written with a capital first ("Quốc phòng", "An ninh"; one of
the two with its second syllable in lower case: a sector's word, not a place's name, "Quảng Nam"). Pure."""

from __future__ import annotations

_JOINS = frozenset({"và", "-", "–", "—", "&"})


def _part(toks: list[str]) -> bool:
    return all(t.isalpha() for t in toks) and toks[0][:1].isupper()


def swaps(label: str) -> tuple[str, ...]:
    """``label`` with each pair of coordinated two-syllable parts (module docstring) written the other way."""
    toks = label.split()
    out = []
    for i in range(2, len(toks) - 2):
        left, right = toks[i - 2 : i], toks[i + 1 : i + 3]
        if (toks[i] in _JOINS and _part(left) and _part(right)
                and (left[1][:1].islower() or right[1][:1].islower())):
            out.append(" ".join(toks[: i - 2] + right + [toks[i]] + left + toks[i + 3 :]))
    return tuple(out)
