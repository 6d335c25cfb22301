"""A shorter form of a former post joins it (round posts49): "bị can A, nguyên Chủ tịch HĐQT Tổng công ty X … từng
là Chủ tịch X … dưới thời ông làm Chủ tịch" — the story of when the post was held, one post with the former one.

A former form naming a body ("từng là Chủ tịch X": a former holding) joins the same official's former post of the
same title whose words hold all of its words; a bare title ("Chủ tịch") joins the only former post of its title
whose words hold its own, unless a word of the present (``present_words.tsv``: "nay", "hiện") stands just before it
("…, nay là Chủ tịch" may be another post)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.extract import lexicon

_FORMER = lexicon.classed("post_leads", 2, "former")  # "nguyên", "cựu"
_NOW = sorted({f for r in lexicon.rows("present_words") for f in (r[0], r[0][:1].upper() + r[0][1:])},
              key=lambda f: (-len(f), f))
# a present word and at most two more words ("là", "giữ chức") right before the title
_PRESENT = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _NOW)) + r")\s+(?:\w+\s+){0,2}$")


def former_forms(held: Sequence[tuple[str, str, str, frozenset[str]]], moves: dict[tuple[str, str], str],
                 before: Callable[[str, str], list[str]], skip: set[str]) -> None:
    """Add to ``moves`` (person, shorter form) → the former post it is a form of. ``held``: (person id, post id, title
    key, folded words, "nguyên" among them for a former post); ``before(person, post)``: the text before each of
    that holding's phrases in its sentence; ``skip``: post ids that take no part ("tân Chủ tịch": a new holder)."""
    for person, post, title, words in held:
        if (person, post) in moves or post in skip:
            continue
        bare = not words & _FORMER and words == frozenset(title.split())
        if not (words & _FORMER or bare):
            continue
        own = words - _FORMER
        into = {moves.get((person, p), p) for q, p, t, w in held if q == person and p != post and p not in skip
                and bool(w & _FORMER) and f"{t} ".startswith(f"{title} ") and own < w - _FORMER}
        if len(into) != 1 or bare and any(_PRESENT.search(t[-40:]) for t in before(person, post)):
            continue
        target = into.pop()
        if target != post and moves.get((person, target)) != post:
            moves[(person, post)] = target
    for (person, post), target in list(moves.items()):  # a form that joins one that moves on joins where it ends
        seen = {post}
        while (person, target) in moves and target not in seen:
            seen.add(target)
            target = moves[(person, target)]
        moves[(person, post)] = target
