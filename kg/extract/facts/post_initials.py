"""Short forms an article uses without defining them: a post written with capital initials of its body's words
("Chi cục trưởng Chi cục ATVSTP Nghệ An", "Chủ tịch Hội ND xã X", "Giám đốc Sở LĐ-TB&XH") is the same official's
post of the same title written in full in that article ("… Chi cục An toàn vệ sinh thực phẩm Nghệ An", "… Hội
Nông dân xã X", "… Sở Lao động, Thương binh và Xã hội tỉnh Y") when the initials spell a run of the fuller post's
words and the fuller post holds every other word of the short one. The joining words "và", "&", a dash and a
comma count for nothing ("Văn hóa - Thể thao và Du lịch" = "Văn hóa, Thể thao và Du lịch").
(:mod:`kg.extract.facts.post_defined_forms` reads the short forms an article defines in brackets.)"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.normalise import fold, key

Held = tuple[str, str, str, frozenset[str]]

# words that join the parts of a body's name and spell no initial ("Kinh tế và Hạ tầng", "TN&MT", "LĐ-TB&XH")
_JOINERS = frozenset({"và", "-", "–", "&"})
_EDGE = " ,.;:\"'“”‘’()"


def _letters(word: str) -> str:
    """The capital letters of a short form ("TN-MT" → "TNMT", "LĐ-TB&XH" → "LĐTBXH"), or "" for any other word."""
    w = word.strip(_EDGE).replace("-", "").replace("&", "")
    return w if 2 <= len(w) <= 8 and w.isalpha() and w.isupper() else ""


def _bare(words: frozenset[str]) -> frozenset[str]:
    """The words less their edge punctuation and the joining words."""
    out = {w.strip(_EDGE) for w in words}
    return frozenset(out - _JOINERS - {""})


def _spelt_runs(label: str, letters: str) -> list[list[str]]:
    """Runs of the label's words, the first capitalised, the joining words skipped, whose initials spell
    ``letters`` (case and tone marks folded, "Đ" as "D")."""
    ws = [w.strip(_EDGE) for w in label.split()]
    ws = [w for w in ws if w and w.casefold() not in _JOINERS]
    target = fold(letters)
    out = []
    for i, first in enumerate(ws):
        if not first[:1].isupper():
            continue
        initials = ""
        for j in range(i, min(len(ws), i + len(target))):
            initials += fold(ws[j][:1])
            if not target.startswith(initials):
                break
            if initials == target and j > i:
                out.append(ws[i:j + 1])
                break
    return out


def initial_forms(held: list[Held], labels: dict[str, str], mark: Callable[[str], str],
                  moves: dict[tuple[str, str], str]) -> None:
    """Add to ``moves`` (person, post) → the same official's fuller post of the same title that a post written with
    capital initials stands for: the initials (those the lexicon does not spell out) read as a run of the fuller
    post's words, every other word of the short post held by the fuller one, the joining words left out; the
    fuller post is the one with the longer label. A former post joins a former one only. ``mark`` gives a word
    the form the post's words use for it (a former lead inside a name)."""
    mine: dict[tuple[str, str], str] = {}
    for person, post, title, words in held:
        if (person, post) in moves:
            continue
        caps = [c for c in labels[post].split()[len(title.split()):] if _letters(c)]
        if not caps:
            continue
        into = []
        for q, p, t, w in held:
            if q != person or p == post or t != title or ("nguyên" in words) != ("nguyên" in w) \
                    or len(labels[p]) <= len(labels[post]) or moves.get((person, p)) == post:
                continue
            spelt = set(words)
            for c in caps:
                short = key(c.strip(_EDGE))
                if short not in spelt:  # the lexicon spelt it out already
                    continue
                runs = _spelt_runs(labels[p], _letters(c))
                if runs:
                    spelt = spelt - {short} | {mark(key(x)) for x in runs[0]}
            if _bare(frozenset(spelt)) <= _bare(w):
                into.append((len(labels[p]), p))
        if into:
            mine[(person, post)] = max(into)[1]
    for (person, post), target in mine.items():
        seen = {post}
        while target not in seen and (person, target) in moves | mine:
            seen.add(target)
            target = (moves | mine)[(person, target)]
        if target not in seen:  # (a form that would come back to itself stays)
            moves[(person, post)] = target
    follow_chains(moves)


def follow_chains(moves: dict[tuple[str, str], str]) -> None:
    """A form that joined a form that joins another joins that one (to the end of the chain; a cycle stops)."""
    for (person, post), target in list(moves.items()):
        seen = {post}
        while (person, target) in moves and target not in seen:
            seen.add(target)
            target = moves[(person, target)]
        moves[(person, post)] = target
