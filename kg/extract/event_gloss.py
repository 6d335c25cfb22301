"""A bracketed place gloss ends an event's name (events41).

A name may be followed by where its place lies, in brackets: "Lễ hội Đầm Alpha (Beta, Gamma)", "Lễ hội X 2031
(Q.Beta, TP.Gamma)". The bracket is a gloss of the place, not part of the name: the name ends before it. A gloss is
a bracket of two or more comma-separated members, each one to four capitalised words with no number and no ordinal
word ("(Khóa XI, XII)" is a term of the name and goes on); a bracket of one member ("(VEC)", "(Sở X)") is left to
the grammar.
"""

from __future__ import annotations

from kg.extract.event_tokens import Toks, ordinal

_MOST = 16  # tokens looked at for the closing bracket


def place_gloss(t: Toks, i: int) -> bool:
    """Whether the "(" at ``i`` opens a gloss of places (see the module docstring)."""
    if t.word(i) != "(" or i == 0:
        return False
    members: list[list[str]] = [[]]
    for j in range(i + 1, min(len(t.words), i + 1 + _MOST)):
        w = t.words[j]
        if w == ")":
            return len(members) >= 2 and all(1 <= len(m) <= 4 for m in members)
        if w == ",":
            members.append([])
        elif w == ".":
            continue  # "Q.Beta" may be tokenised with its point
        elif not w[:1].isupper() or any(c.isdigit() for c in w) or ordinal(t, j):
            return False
        else:
            members[-1].append(w)
    return False
