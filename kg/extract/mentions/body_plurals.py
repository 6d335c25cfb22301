"""A plural noun phrase inside a body's name, after "các"/"những": "Đảng ủy Khối các cơ quan Trung ương", "Ban
Quản lý các KCN tỉnh X". Token-index helpers for :mod:`kg.extract.mentions.bodies`.
"""

from __future__ import annotations

from kg.extract.mentions.bodynames import _head_at
from kg.extract.mentions.sentence import _levels, _Sent, _word_set
from kg.extract.normalise import key


def plural_in_name(s: _Sent, j: int, stop_at: set[int]) -> bool:
    """After "các"/"những" inside a name: one to four lower-case words (no verb or function word) and then a
    capitalised word, abbreviation or named unit of the name ("Khối các cơ quan Trung ương", "Liên hiệp các tổ chức
    hữu nghị Việt Nam", not "Sở X các tỉnh"); or right away a capitalised noun or an abbreviation that opens no
    body, title or unit: the plural written capitalised ("Ban Quản lý các KCN tỉnh X", "Ban Chỉ đạo các Chương
    trình …"; not "các Sở", "các Phó Chủ tịch")."""
    stops = _word_set("name_stops")
    levels = _levels()
    for x in range(j, min(j + 5, len(s.toks))):
        t = s.toks[x]
        if x in stop_at or not s.adjacent(x):
            return False
        if t.is_cap and t.is_word or x == j and t.is_upper:
            return x > j or _capital_plural(s, x)
        if key(t.text) in levels:  # "… các doanh nghiệp tỉnh Hòa Bình", not "các tỉnh Tây Bắc"
            return x > j and x + 1 < len(s.toks) and s.toks[x + 1].is_cap
        if not t.is_word or key(t.text) in stops:
            return False
    return False


def _capital_plural(s: _Sent, x: int) -> bool:
    """Token x, right after "các"/"những", is a capitalised noun or an abbreviation of the name's plural: no body's
    head, level word, title or honorific opens there, and the next word is no verb or function word but "và"."""
    start = s.toks[x].start
    if _head_at(s, x) or key(s.toks[x].text) in _levels() or key(s.toks[x].text) in _word_set("honorifics") \
            or any(a <= start < b for a, b in s.titles):
        return False
    return x + 1 >= len(s.toks) or (k := key(s.toks[x + 1].text)) == "và" or k not in _word_set("name_stops")
