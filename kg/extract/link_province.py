"""The unit a body written with no unit is inferred to belong to, when its head exists only at the level of a
province (``province_bodies.tsv``: "Sở", "Tỉnh ủy"). A bare local body belongs to the report's main unit (the first
unit its title names, else its text); when that unit lies below a province — a district, a town, a ward, a commune
("Quận Hai Bà Trưng, Hà Nội" opening a report about a school) — a provincial department is not that unit's: it is
the province-level unit the title names (a row of ``provinces.tsv`` under its own level: "Hà Nội", "tỉnh Thái
Nguyên", "TP.HCM"), else the one the text names when it names only one, else no unit at all (a body of this report
only). Read by :mod:`kg.extract.link` (round posts52).

A body of a provincial head written with a province's name and no level word ("Tỉnh ủy Alpha", "UBND Alpha":
``province_name_heads.tsv``) is placed in that province, one node with the one written "UBND tỉnh Alpha"
(:func:`bare_province`, round bodies53).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.extract import lexicon
from kg.extract.normalise import key

if TYPE_CHECKING:
    from kg.extract.link import Entity, Links


@cache
def _heads() -> frozenset[str]:
    return lexicon.words("province_bodies")


@cache
def _provinces() -> dict[str, frozenset[str]]:
    """Folded name of a province or centrally-run city → the folded level words it is written with."""
    out: dict[str, set[str]] = {}
    for r in lexicon.rows("provinces"):
        out.setdefault(key(r[0]), set()).update({key(r[2]), key("thủ đô")} if key(r[0]) == key("Hà Nội")
                                                 else {key(r[2])})
    for abbr, entry in lexicon.abbreviations().items():  # "HCM" → "Hồ Chí Minh"
        if key(entry.vi) in out:
            out.setdefault(key(abbr), set()).update(out[key(entry.vi)])
    return {k: frozenset(v) for k, v in out.items()}


def province_level(unit: Entity) -> bool:
    """A named administrative unit that is a province or a centrally-run city ("thành phố Hà Nội", "tỉnh Thái
    Nguyên"; not "thành phố Thái Nguyên", the provincial city)."""
    name, level = key(unit.attrs.get("name", "")), key(unit.attrs.get("level", ""))
    return unit.kind == "place" and bool(name) and level in _provinces().get(name, frozenset())


def _below_province(unit: Entity) -> bool:
    """A unit of a level under the province's (a district, a town, a ward, a commune: rank 3 or 4 of
    ``admin_levels.tsv``), or a city that is no province-level city ("thành phố Vinh"). A province of another
    country ("tỉnh Phúc Kiến") is none."""
    level = key(unit.attrs.get("level", ""))
    entry = lexicon.levels().get(level)
    rank = entry.extra[0] if entry is not None and entry.extra else ""
    if rank in ("3", "4"):
        return True
    return level == key("thành phố") and not province_level(unit)


def inferred_unit(links: Links, head: str) -> str | None:
    """The id of the unit a bare local body of ``head`` is placed in: the report's main unit, unless the head exists
    only at the province level and that unit is not a province; then the province-level unit the title names first,
    else the one the report names when it names only one (a second is an address: "trú tại … tỉnh Nam Định"), else
    None."""
    main = links.entities.get(links.main_unit or "")
    if main is None or key(head) not in _heads() or not _below_province(main):
        return links.main_unit
    found = [uid for uid, e in links.entities.items() if province_level(e)]
    titled = [uid for uid in found if uid in links.title_units]
    return titled[0] if titled else found[0] if len(found) == 1 else None


@cache
def _name_heads() -> dict[str, str]:
    """Folded head → the folded level its bare province name must have ("" any): ``province_name_heads.tsv``."""
    return {key(r[0]): key(r[1]) if len(r) > 1 else "" for r in lexicon.rows("province_name_heads")}


@cache
def _bare_names() -> dict[str, tuple[str, str]]:
    """Folded name of a province a text may write without its level word → (its level word, its name as the
    lexicon spells it); not "Hồ Chí Minh", the person's name too (round bodies53)."""
    return {key(r[0]): (r[2], r[0]) for r in lexicon.rows("provinces") if len(r) > 3 and r[3] == "1"}


def bare_province(text: str, head: str) -> tuple[str, str, str] | None:
    """A body of a provincial head written with a province's name and no level word ("Tỉnh ủy Alpha", "Sở Y tế
    Alpha", "UBND Alpha"): (the text before the name, the province's level word, its name as written), else None.
    "Thành ủy" goes only with a centrally-run city, "Tỉnh ủy" only with a province (``province_name_heads.tsv``);
    the word before the name must not be a level word, "tại", a word with a point ("P.Nguyễn"), a capitalised family
    name (a person's name that ends in a province's name) or a capitalised word that may open a longer name ("Bình
    Dương" in "Thái Bình Dương" is none)."""
    want = _name_heads().get(key(head))
    if want is None:
        return None
    words = text.split()
    for n in (4, 3, 2):
        if len(words) <= n:
            continue
        found = _bare_names().get(key(" ".join(words[-n:])))
        if found is None:
            continue
        level, _ = found
        if want and key(level) != want:
            return None
        before = words[-n - 1]
        if key(before) in lexicon.levels() or key(before).rstrip(".") in lexicon.levels() or key(before) in (
                key("tại"), key("ở")):  # "… cấp cao tại Alpha": a national body seated there, not the province's
            return None
        rest = " ".join(words[:-n])
        own = key(rest) == key(head) or key(lexicon.expand(rest)) == key(head)  # "Tỉnh Đoàn": the head's word
        if _opens_name(before, words[-n]) or "." in before or (
                not own and before[:1].isupper() and key(before) in _surnames()):
            return None  # "P.Alpha Beta": a ward named after a person whose name ends in a province's name
        return rest, level, " ".join(words[-n:])
    return None


@cache
def _surnames() -> frozenset[str]:
    return lexicon.words("surnames")


@cache
def _openers() -> frozenset[str]:
    """The first two folded words of every bare province name."""
    return frozenset(" ".join(k.split()[:2]) for k in _bare_names())


def _opens_name(before: str, first: str) -> bool:
    """A capitalised word before a province's name that makes a longer name with it ("Thái" + "Bình Dương")."""
    return key(f"{before} {first}") in _openers()
