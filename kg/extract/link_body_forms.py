"""How a body mention is written, for linking it: its head's scope (national, local), bare or with a level word and
no name ("UBND xã"), capitalised, placed in no unit, a kind across units ("HĐND các cấp"), and the place qualifier
that ends it or that a sibling in a list gives it ("Thành ủy, HĐND, UBND TP X"). Read by :mod:`kg.extract.link`.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract import lexicon
from kg.extract.document import Document, Mention
from kg.extract.normalise import key


def _scope(head: str) -> str:
    entry = lexicon.by_key("bodies").get(key(head))
    return entry.extra[2] if entry and len(entry.extra) > 2 else ""


_GENERIC = re.compile(r"^\s*((?:các|những)\s+(?:cấp|phường|xã|huyện|quận|tỉnh|thành phố|địa phương|đơn vị)"
                      r"(?:\s*,\s*(?:phường|xã|thị trấn|huyện|quận))*)", re.IGNORECASE)


def _generic_scope(doc: Document, bodies: list[Mention], idx: int) -> str:
    """"HĐND các cấp", "cấp ủy, chính quyền các phường, xã": the body is a kind across units, not one body."""
    j = idx
    while True:
        m = bodies[j]
        g = _GENERIC.match(doc.text[m.end : doc.sentences[m.sentence].end])
        if g:
            return g.group(1)
        if j + 1 >= len(bodies) or bodies[j + 1].sentence != m.sentence:
            return ""
        if doc.text[m.end : bodies[j + 1].start].strip() not in (",", "và") or not _is_bare(bodies[j + 1]):
            return ""
        j += 1


def _qualifier(m: Mention, place_at: dict[int, list[Mention]]) -> Mention | None:
    """The first place mention (in text order) that ends where ``m`` ends and starts inside it."""
    for p in place_at.get(m.end, ()):
        if m.start < p.start:
            return p
    return None


def _capitalised(m: Mention) -> bool:
    """A body written as a name: its first word capitalised, or its second where a title took the first's
    capital ("Trưởng ban Quản lý")."""
    words = m.text.split()
    return words[0][:1].isupper() or (len(words) > 1 and words[1][:1].isupper())


def _level_tail(m: Mention) -> tuple[str, str] | None:
    """A body written as its head and a level word with no name ("UBND xã", "UBND TP"): the head's text and the
    level (folded)."""
    words = m.text.split()
    for n in (2, 1):
        if len(words) > n and key(" ".join(words[-n:])) in lexicon.levels():
            head_text = " ".join(words[:-n])
            if key(lexicon.expand(head_text)) == key(lexicon.expand(m.attr("head"))):
                return head_text, key(lexicon.levels()[key(" ".join(words[-n:]))].vi)
    return None


def _unplaced(m: Mention) -> bool:
    """A body whose identity the text does not give: a local body (or one of no scope) written bare, or with a
    level word and no name ("UBND xã"), placed in no unit; a head that needs a name after it ("Sở", "Ban Quản
    lý", "Bộ") written without one; a capitalised local body whose name names no unit ("Sở Y tế")."""
    if _level_tail(m) is not None or nests_unplaced(m) is not None:
        return True
    if not _capitalised(m):  # "doanh nghiệp", "chính quyền": a kind, not one body
        return False
    entry = lexicon.by_key("bodies").get(key(m.attr("head")))
    if entry is None:
        return False
    if not _is_bare(m):
        return _scope(m.attr("head")) == "local" and _unit_unnamed(m)  # "Sở Y tế" in an article that names no unit
    needs_name = len(entry.extra) > 1 and entry.extra[1] == "1"
    return needs_name or _scope(m.attr("head")) != "national"


def nests_unplaced(m: Mention) -> str | None:
    """A body of a body that is itself placed in no unit: the first lexicon body its name ends with, after its head,
    is a local body (or one of no scope) written bare or with a level word and no name ("Ban Thường vụ Tỉnh ủy",
    "Ban Dân vận Huyện ủy", "Văn phòng UBND tỉnh"): as unplaced as the body it names; not a field after a dash or
    "và" ("Vụ Pháp chế - Thanh tra"). That body is two words or
    more or an abbreviation ("Phòng" of a place's name "Hải Phòng" is none), and a longer one decides first ("Cục X
    - Bộ Công an" names a ministry, not "Công an"). The level of the unit it belongs to (folded: its level word,
    or a Party committee's level, lexicon ``committee_levels``; "" if neither), or None when no such body."""
    if _is_bare(m) or not _capitalised(m):
        return None
    return _nested_level(m.text, m.attr("head"))


@cache
def _nested_level(text: str, head_text: str) -> str | None:
    """:func:`nests_unplaced` of a capitalised body that is not bare, by its text and head (asked twice a mention)."""
    words = text.split()
    head = key(lexicon.expand(head_text))
    for i in range(1, len(words)):
        if not key(lexicon.expand(" ".join(words[:i]))).startswith(head) or not words[i][:1].isupper():
            continue
        for n in (0, 2, 1):  # the body alone, or with a level word and no name
            body = words[i : len(words) - n]
            level = key(" ".join(words[-n:])) if n else ""
            if n and (not body or level not in lexicon.levels()):
                continue
            rest = " ".join(body)
            if len(body) < 2 and not rest.isupper() or lexicon.by_key("bodies").get(key(lexicon.expand(rest))) is None:
                continue
            if words[i - 1] in _FIELD_JOINS:  # "Vụ Pháp chế - Thanh tra": a field; "Cục X - Bộ Công an": a ministry
                return None
            scope = _scope(lexicon.expand(rest))
            if n:
                return key(lexicon.levels()[level].vi) if scope == "local" else None
            return _committee_levels().get(key(rest), "") if scope != "national" else None
    return None


_FIELD_JOINS = frozenset(("-", "–", "và", "&"))


@cache
def _committee_levels() -> dict[str, str]:
    return {key(r[0]): key(r[1]) for r in lexicon.rows("committee_levels")}


@cache
def _province_keys() -> tuple[str, ...]:
    return tuple(key(r[0]) for r in lexicon.rows("provinces"))


def _unit_unnamed(m: Mention) -> bool:
    """A capitalised body with a name of its own that names no unit: the name of a head that needs one is a
    field ("Sở Y tế"), unless it ends with a province ("Sở Y tế Hà Nội"); a head that needs none is named by its
    unit ("Tỉnh ủy Bình Dương")."""
    entry = lexicon.by_key("bodies").get(key(m.attr("head")))
    if entry is None or len(entry.extra) < 2 or entry.extra[1] != "1" or not _capitalised(m):
        return False
    k = key(lexicon.expand(m.text))
    return not any(k.endswith(" " + p) for p in _province_keys())


def _national_office(m: Mention) -> bool:
    """A body of national scope that no province has one of under its name ("Bộ Công an", "Chính phủ", "Quốc
    hội"): a sibling's place in a list ("Bộ Công an và UBND tỉnh X") is not its own. A mass organisation of
    national scope has chapters in every unit under one name ("Đoàn TNCS Hồ Chí Minh, Hội LHPN xã X") and takes it."""
    return _scope(m.attr("head")) == "national" and m.attr("cls") != "MassOrganisation"


def _is_bare(m: Mention) -> bool:
    return key(m.text) == key(m.attr("head")) or key(lexicon.expand(m.text)) == key(m.attr("head"))


def _list_sibling_qualifier(doc: Document, bodies: list[Mention], idx: int,
                            place_at: dict[int, list[Mention]]) -> Mention | None:
    """In "Thành ủy, HĐND, UBND TP Thanh Hóa" the qualifier of the last head applies to all of them."""
    m = bodies[idx]
    j = idx + 1
    prev = m
    while j < len(bodies) and bodies[j].sentence == m.sentence:
        gap = doc.text[prev.end : bodies[j].start].strip()
        if gap not in (",", "và", "&"):
            return None
        q = _qualifier(bodies[j], place_at)
        if q is not None:
            return q
        if not _is_bare(bodies[j]):
            return None
        prev = bodies[j]
        j += 1
    return None
