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


_ALIAS_WORDS = 3  # words of a head repeated as an alias at most ("Hội nghị", "Bầu cử")


def head_alias(t: Toks, i: int) -> bool:
    """Whether the "(" at ``i`` opens the event's own head as a short form for the rest of the article (events47):
    "Đại hội đại biểu toàn quốc lần thứ X của Đảng Alpha (Đại hội)", "bầu cử đại biểu HĐND các cấp (Bầu cử)". The
    bracket names nothing new: the name ends before it. Only a capitalised bracket of the very words of the head."""
    if t.word(i) != "(" or i == 0 or not t.word(i + 1)[:1].isupper():
        return False
    for n in range(1, _ALIAS_WORDS + 1):
        if t.word(i + 1 + n) == ")":
            inner = t.words[i + 1 : i + 1 + n]
            if not all(w.isalpha() for w in inner):
                return False
            head = t.lead(40).split()[-n:]
            return len(head) == n and [w.lower() for w in head] == [w.lower() for w in inner]
    return False
