"""The unit a title names inside itself, for the words of a post form (:mod:`kg.corpus.postforms`).

A title made of a body head and "trưởng" ("Bộ trưởng", "Cục trưởng", "Vụ trưởng", "Tổng cục trưởng", "Trưởng
phòng", "Trưởng ban", "Trưởng khoa"; "Chánh Văn phòng", "Chánh Thanh tra"; with "Phó" before it) heads a unit of
that head, which articles write after it or leave out: "Bộ trưởng Y tế" and "Bộ trưởng Bộ Y tế", "Vụ trưởng Khai
thác thủy sản" and "Vụ trưởng Vụ Khai thác thủy sản", "Cục trưởng THADS X" and "Cục trưởng Cục Thi hành án dân sự
X" are one post (a body word left out). The head counts only if the lexicon has it as a body head
(``bodies.tsv``: "Hiệu trưởng", "Thuyền trưởng" name none). A deputy's title written with the unit alone ("Phó
Ban", "Phó phòng") is the deputy head's ("Phó Trưởng ban", "Phó Trưởng phòng") when the lexicon has that title
(:func:`full_title`): "Phó Ban X" and "Phó Trưởng ban Ban X" are one post. Pure functions."""

from __future__ import annotations

from functools import cache

from kg.corpus.postwords import Words, folded, match
from kg.extract import lexicon


@cache
def _body_heads() -> frozenset[Words]:
    """The folded words of the lexicon's body heads of one or two words ("bộ", "tổng cục", "văn phòng")."""
    return frozenset(ws for r in lexicon.rows("bodies") if 0 < len(ws := tuple(w for w, _ in folded(r[0]))) <= 2)


@cache
def _post_titles() -> frozenset[Words]:
    """The folded words of the lexicon's post titles."""
    return frozenset(tuple(w for w, _ in folded(r[0])) for r in lexicon.rows("posts"))


@cache
def full_title(head: Words) -> Words:
    """The deputy head's title a deputy's title written with its unit alone stands for ("phó trưởng ban" for
    "phó ban", "phó trưởng phòng" for "phó phòng": "Phó" and a body head of one word, the lexicon holding the
    longer title); else ``head``."""
    if len(head) == 2 and head[0] == "phó" and head[1:] in _body_heads():
        full = ("phó", "trưởng", head[1])
        if full in _post_titles():
            return full
    return head


@cache
def unit_of(head: Words) -> Words:
    """The body head a title names inside itself ("cục" of "phó cục trưởng", "phòng" of "trưởng phòng"; () if
    none)."""
    ws = head[1:] if head[:1] == ("phó",) else head
    if len(ws) > 1 and ws[-1] == "trưởng":
        unit = ws[:-1]
    elif len(ws) > 1 and ws[0] in ("trưởng", "chánh"):
        unit = ws[1:]
    else:
        return ()
    return unit if unit in _body_heads() else ()


def with_unit(head: Words, body: Words) -> Words:
    """``body`` opened by the unit its title names when it does not open with it (nor with its initials: "VKS"
    after "Viện trưởng"); an empty body (a bare title) stays empty."""
    unit = unit_of(head)
    if not unit or not body or (len(body) >= len(unit) and all(map(match, unit, body[: len(unit)]))):
        return body
    return unit + body
