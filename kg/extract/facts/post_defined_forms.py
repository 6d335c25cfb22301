"""Short forms an article defines in brackets: "Chi cục An toàn vệ sinh thực phẩm (ATVSTP)" makes "ATVSTP" stand
for those words in that article, so that a post written with the short form ("Chi cục trưởng Chi cục ATVSTP") is
read as the same official's post written in full and joins it."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.normalise import fold, key

# capital letters in brackets, two to eight of them ("(ATVSTP)", "(TGĐ)", "(BR-VT)" is not one: no hyphen)
_DEFINED = re.compile(r"\(([^\W\d_]{2,8})\)")
# words a short form leaves out between the words it stands for ("Kinh tế và Hạ tầng (KTHT)")
_SKIPPED = frozenset({"và", "-", "–", "&"})
_EDGE = " ,.;:\"'“”‘’()"


def _defined(text: str) -> dict[str, tuple[str, ...]]:
    """Each bracketed short form of the text → the folded words right before its bracket whose initials spell it
    (two words or more; "và", a dash, "&" skipped). A short form defined twice with different words is left out."""
    out: dict[str, tuple[str, ...] | None] = {}
    for m in _DEFINED.finditer(text):
        if not m.group(1).isupper():
            continue
        letters = fold(m.group(1))
        words: list[str] = []
        for raw in reversed(text[max(0, m.start() - 120):m.start()].split()):
            w = raw.strip(_EDGE)
            if w.casefold() in _SKIPPED:
                continue
            if not w.isalpha() or w != raw:  # a number, or punctuation closing a clause: no longer the name
                break
            words.insert(0, w)
            initials = "".join(fold(x[:1]) for x in words)
            if len(initials) >= len(letters):
                break
        spelt = tuple(key(x) for x in words)
        ab = key(m.group(1))
        if len(words) >= 2 and "".join(fold(x[:1]) for x in words) == letters:
            out[ab] = spelt if out.get(ab, spelt) == spelt else None
    return {ab: ws for ab, ws in out.items() if ws is not None}


def spell_defined(held: list[tuple[str, str, str, frozenset[str]]], labels: dict[str, str], text: str,
                  mark: Callable[[str], str]) -> list[tuple[str, str, str, frozenset[str]]]:
    """(person, post, title key, words) of the holdings, a post written with a short form the text defines in
    brackets read with the words it stands for where the same official holds a post of the same title whose words
    then hold all of its own ("Chi cục trưởng Chi cục ATVSTP" beside "Chi cục trưởng Chi cục An toàn vệ sinh thực
    phẩm (ATVSTP)"). ``mark`` gives a word the form the post's words use for it (a former lead inside a name)."""
    if "(" not in text:  # (cheap gate: no bracket, no definition)
        return held
    caps = {p: [w for w in labels[p].split() if len(w) >= 2 and w.isalpha() and w.isupper()] for _, p, _, _ in held}
    if not any(caps.values()):
        return held
    defined = _defined(text)
    out = []
    for person, post, title, words in held:
        for c in caps[post]:
            spelt_words = defined.get(key(c))
            if spelt_words is None or key(c) not in words:
                continue
            spelt = words - {key(c)} | {mark(w) for w in spelt_words}
            if any(q == person and p != post and t == title and spelt < w for q, p, t, w in held):
                words = spelt
        out.append((person, post, title, words))
    return out
