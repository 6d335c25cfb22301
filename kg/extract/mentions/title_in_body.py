"""A title of the lexicon written inside a body's name is no title: "Thường vụ" (a standing committee member) in
"Ủy ban Thường vụ Quốc hội" or "Ban Thường vụ Tỉnh ủy" — the one or two words before it and the title open a body
of ``bodies.tsv`` — or in "Thường vụ QH đã biểu quyết": the title and the one or two words after it (abbreviations
spelt out, ``abbreviations.tsv``) end a longer body of ``bodies.tsv``; or "Kế toán" in "Vụ Tài chính Kế toán": a
unit's head of ``sub_units.tsv`` and one or two capitalised words of its field (maybe a dash) before the title, no
name after it (:mod:`kg.extract.mentions.title_in_field`)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.mentions.title_in_field import in_field_name
from kg.extract.normalise import key

_WORDS_BEFORE = re.compile(r"(?:(\w+) )?(\w+) $")
_WORDS_AFTER = re.compile(r" (\w+)(?: (\w+))?")


@cache
def _body_prefixes() -> frozenset[str]:
    """Every opening run of two or more words of a body of ``bodies.tsv`` (folded)."""
    out: set[str] = set()
    for e in lexicon.entries("bodies"):
        words = e.key.split()
        out.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
    return frozenset(out)


@cache
def _body_tails() -> frozenset[str]:
    """Every closing run of two or more words of a body of ``bodies.tsv`` that is not the whole name (folded)."""
    out: set[str] = set()
    for e in lexicon.entries("bodies"):
        words = e.key.split()
        out.update(" ".join(words[n:]) for n in range(1, len(words) - 1))
    return frozenset(out)


def _spelt(word: str) -> str:
    entry = lexicon.by_key("abbreviations").get(key(word))
    return key(entry.en) if entry is not None else key(word)  # (column 2: the words it stands for)


def in_body_head(text: str, a: int, b: int, start: int) -> bool:
    """The title at a..b and the one or two words right before it (a space apart) open a body's name, or the title
    and the one or two words after it end one."""
    title = key(text[a:b])
    if in_field_name(text, a, b, start):
        return True
    m = _WORDS_BEFORE.search(text, max(start, a - 24), a)
    if m is not None and any(w and key(f"{w} {title}") in _body_prefixes()
                             for w in (m.group(2), m.group(1) and f"{m.group(1)} {m.group(2)}")):
        return True
    n = _WORDS_AFTER.match(text, b)
    after = [_spelt(w) for w in n.groups() if w] if n is not None else []
    return any(f"{title} {' '.join(after[:k])}" in _body_tails() for k in range(1, len(after) + 1))
