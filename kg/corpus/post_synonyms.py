"""Two names of one body in a post phrase (lexicon ``body_synonyms``): "Đảng bộ X" and "Đảng ủy X" (a Party
organisation and its committee: "Bí thư Đảng bộ X" is "Bí thư Đảng ủy X"), "Trường cấp 2 X" and "Trường trung học
cơ sở X" (the older name of a school level). When the corpus compares one official's post forms
(:mod:`kg.corpus.postwords`), the words of the first are read as the words of the second, so the two forms are one
post; the articles' labels stay as written. A level's Party organisation is its committee ("Đảng bộ huyện X" =
"Huyện ủy X"); a committee's name that begins with a level word ("huyện ủy", "tỉnh ủy") is no level word then
(:func:`committee_at`). Pure functions."""

from __future__ import annotations

from functools import cache

from kg.extract import lexicon

Marked = tuple[str, bool, bool]  # as :data:`kg.corpus.postwords.Marked`


@cache
def _synonyms() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """By first word: (folded words as written, folded words they stand for), longest first."""
    from kg.corpus.postwords import folded

    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for r in lexicon.rows("body_synonyms"):
        old, new = tuple(w for w, _ in folded(r[0])), tuple(w for w, _ in folded(r[1]))
        if old and new:
            out.setdefault(old[0], []).append((old, new))
    return {w: tuple(sorted(v, key=lambda p: (-len(p[0]), p))) for w, v in out.items()}


def canonical(ws: list[Marked]) -> list[Marked]:
    """``ws`` with each body name of the lexicon's synonyms read as the name it stands for (each new word keeps
    the marks of the word it replaces, the extra ones those of the last)."""
    out: list[Marked] = []
    i = 0
    index = _synonyms()
    while i < len(ws):
        hit = next(((o, n) for o, n in index.get(ws[i][0], ()) if tuple(t[0] for t in ws[i : i + len(o)]) == o),
                   None)
        if hit is None:
            out.append(ws[i])
            i += 1
            continue
        old, new = hit
        marks = ws[i : i + len(old)]
        out += [(w, *marks[min(k, len(marks) - 1)][1:]) for k, w in enumerate(new)]
        i += len(old)
    return out


@cache
def _committees() -> tuple[tuple[str, ...], ...]:
    """Folded words of the names the lexicon's synonyms stand for that are two words or more ("huyện ủy")."""
    from kg.corpus.postwords import folded

    names = {tuple(w for w, _ in folded(r[1])) for r in lexicon.rows("body_synonyms")}
    return tuple(sorted(n for n in names if len(n) > 1))


def committee_at(ws: tuple[str, ...], i: int) -> bool:
    """Whether the words at ``ws[i]`` are a committee's name of the lexicon ("huyện ủy": its "huyện" is no level
    word)."""
    return any(ws[i : i + len(n)] == n for n in _committees())
