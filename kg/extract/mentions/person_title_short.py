"""A bare title before a lone short name ("Chủ tịch Tám nói …", "Bộ trưởng Tám cho biết"): the short name of the
one person of the document whose full name ends with that word, so the title before it is that person's post.

Only where the word is a name word by itself: capitalised, with a lower-case word or a punctuation mark after it
(not "Chủ tịch Hà Nội"), opening no head ("Thủ tướng Chính phủ", "Bí thư Thành ủy", "Chủ nhiệm Văn phòng …"), no
province, inside no other mention, with no title or body right after it (in "Theo đại biểu Tám, Chánh án … là …"
the title after the comma is the subject of the next clause, not Tám's post), and where exactly one full name of the
document ends with it.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Mention
from kg.extract.mentions.person_short import head_words
from kg.extract.normalise import key

_NEXT = re.compile(r" (\w+)(?=[\s,.:;!?)\"”’]|$)")
_AFTER = re.compile(r"(?:[ \t]+(\w+))?")


def _full_names(found: list[Mention]) -> dict[str, set[str]]:
    """Last word (folded) → the folded full names (two words or more) of the document's persons that end with it."""
    out: dict[str, set[str]] = {}
    for m in found:
        words = m.text.split()
        if m.kind == "person" and len(words) >= 2 and m.attr("anchor") not in ("short", "repeat"):
            out.setdefault(key(words[-1]), set()).add(key(m.text))
    return out


def _lone_word(text: str, end: int, found: list[Mention]) -> tuple[int, int] | None:
    """The span of the capitalised name word right after a title ending at ``end``, when it stands alone."""
    m = _NEXT.match(text, end)
    if m is None or not m.group(1)[0].isupper() or not m.group(1).isalpha():
        return None
    a, b = m.start(1), m.end(1)
    after = _AFTER.match(text, b)
    nxt = (after.group(1) if after else "") or ""
    whole, seconds = head_words()
    word = key(m.group(1))
    if (nxt[:1].isupper() or word in whole or key(nxt) in seconds.get(word, frozenset())
            or word in _provinces() or any(x.start < b and a < x.end for x in found if x.kind != "title")
            or any(b < x.start <= b + 4 and x.kind in ("title", "body") for x in found)):  # "A Tám, Chánh án …"
        return None
    return a, b


@cache
def _provinces() -> frozenset[str]:
    return frozenset(w for e in lexicon.entries("provinces") for w in key(e.vi).split(" "))


def title_short_names(text: str, found: list[Mention]) -> list[Mention]:
    """Person mentions (anchor "short") for the lone short names after bare titles."""
    fulls = _full_names(found)
    out = []
    for t in (m for m in found if m.kind == "title"):
        span = _lone_word(text, t.end, found)
        if span is None or len(fulls.get(key(text[span[0] : span[1]]), ())) != 1:
            continue
        word = text[span[0] : span[1]]
        out.append(Mention("person", span[0], span[1], word, t.sentence, key(word), (("anchor", "short"),)))
    return out
