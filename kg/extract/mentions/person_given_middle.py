"""A full name whose given name is a word that is mostly a middle name ("Văn", "Thị": ``middle_names.tsv``), round
names53: "ông Dương Thành Thị, Chủ tịch …", "Sư thầy Thích Quảng Văn, trụ trì …", "Phó trưởng thôn X Y Hoàng Ngọc
Văn, …". A middle name never ends a name written in part ("chị Lý Thị L.H", "Nguyễn Văn" cut at a line's end), so
:mod:`persons` turns such a name down; it is a person's all the same when it has three words — a family name of
``surnames.tsv``, a capitalised word that is no middle name, and the middle-name word — a title, honorific, rank or
person noun anchors it, and a comma, a full stop, a colon, a semicolon, a bracket or a dash closes it right after (so
"Văn phòng", "Thị xã", a withheld initial "Văn H." or a fourth word never make one)."""

from __future__ import annotations

from kg.extract.mentions.sentence import _Sent, _word_set
from kg.extract.normalise import key

_ANCHORS = frozenset({"honorific", "rank", "title", "title-after", "after-body", "noun"})
_CLOSERS = frozenset({",", ".", ":", ";", "(", ")", "-", "–", "—"})


def given_middle_name(s: _Sent, k: int, e: int, anchor: str) -> bool:
    """Tokens k..e are three words, a family name, a word that is no middle name and a middle name as the given
    name, anchored by a title (before it or its body), honorific, rank or person noun and closed by a punctuation
    mark right after."""
    toks = s.toks
    if anchor not in _ANCHORS or e - k != 3 or e >= len(toks) or toks[e].text not in _CLOSERS:
        return False
    middles = _word_set("middle_names")
    first, mid, last = (key(t.text) for t in toks[k:e])
    return first in _word_set("surnames") and mid not in middles and last in middles \
        and all(t.is_cap and t.is_word and not t.is_upper for t in toks[k:e]) \
        and all(s.adjacent(x) for x in range(k + 1, e))
