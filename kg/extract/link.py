"""Stage 4 — entities: mentions resolved to the things they name, within one document.

- persons: one entity per folded full name; short forms ("ông Xuân") join the full name that ends with them; a
  full name written once with a typo joins its usual spelling (:mod:`kg.extract.person_typo_fold`);
- bodies: abbreviations expanded and tone marks folded for the key (UBND TP Thanh Hóa = Ủy ban nhân dân
  thành phố Thanh Hoá); a place qualifier written once for a list ("Thành ủy, HĐND, UBND TP Thanh Hóa")
  applies to every head of the list; a bare local body (Thành ủy, công an…) belongs to the report's main unit;
- places: administrative units by level + name; a bare level ("thành phố") refers to the main unit of that level;
- events: named events by their descriptor; a bare "hội nghị" refers to the last named event of that class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

from kg.extract import event_label, event_merge, lexicon, person_typo_fold
from kg.extract.document import Document, Mention
from kg.extract.event_key import event_key
from kg.extract.level_points import spell_levels
from kg.extract.link_body_forms import (
    _generic_scope,
    _is_bare,
    _level_tail,
    _list_sibling_qualifier,
    _national_office,
    _qualifier,
    _scope,
    _unit_unnamed,
    _unplaced,
    nests_unplaced,
)
from kg.extract.link_province import bare_province, inferred_unit
from kg.extract.normalise import fold, key
from kg.extract.person_same import same_person


@dataclass
class Entity:
    """Something the report names. ``kind`` selects the class family; ``cls`` the ontology class."""

    kind: str
    key: str
    label: str
    cls: str
    en: str = ""
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    part_of: str | None = None  # entity id of the unit or body it belongs to

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass
class Links:
    """Entities of a document and, per mention, the entity it names."""

    entities: dict[str, Entity] = field(default_factory=dict)
    of: dict[Mention, str] = field(default_factory=dict)
    main_unit: str | None = None
    title_units: set[str] = field(default_factory=set)  # the units the title names
    main_event: str | None = None

    def add(self, entity: Entity, mention: Mention | None) -> Entity:
        found = self.entities.setdefault(entity.id, entity)
        if mention is not None:
            found.mentions.append(mention)
            self.of[mention] = found.id
        if len(entity.label) > len(found.label) and entity.kind not in ("place",) or entity.kind == "person" and len(
                entity.label) == len(found.label) and _cap_words(entity.label) > _cap_words(found.label):
            found.label = entity.label  # a person's name as most often written: each word capitalised
        return found

    def get(self, mention: Mention) -> Entity | None:
        eid = self.of.get(mention)
        return self.entities[eid] if eid else None


def _cap_words(text: str) -> int:
    return sum(w[:1].isupper() for w in text.split())


@lru_cache(maxsize=1 << 14)  # pure; the same body names come again in an article and across the corpus
def body_key(text: str) -> str:
    """Identity key of a body or unit name: abbreviations expanded, tones folded, case folded; a short form in
    parentheses left out ("Sở Tài nguyên và Môi trường (TN&MT)" = "Sở Tài nguyên và Môi trường"); a spaced dash
    between two fields is their "và" ("Sở Tài nguyên - Môi trường" = "Sở Tài nguyên và Môi trường"); a level word
    abbreviated with a point written out ("UBND Q.3" = "UBND quận 3": :func:`kg.extract.level_points.spell_levels`)."""
    return key(lexicon.expand(spell_levels(_SHORT_FORM.sub("", text)))).replace(" - ", " và ")


_SHORT_FORM = re.compile(r"\s*\([^()]*\)")


def _place_entity(m: Mention) -> Entity:
    level = m.attr("level")
    name = m.attr("name")
    label = m.text if name else level
    if not name and " " not in m.text and m.text in lexicon.abbreviations():
        label = m.text
    en_level = lexicon.by_key("admin_levels").get(key(level))
    en = f"{name} {en_level.en}" if name and en_level else ""
    return Entity("place", m.key, label, "AdministrativeUnit", en, attrs={"level": level, "name": name})


def link(doc: Document) -> Links:
    """Resolve the document's mentions to entities (pure: returns a :class:`Links`)."""
    links = Links()
    ms = doc.mentions
    places = [m for m in ms if m.kind == "place" and m.attr("name")]
    title_places = [m for m in places if m.end <= doc.title_end] or places
    if title_places:
        links.main_unit = links.add(_place_entity(title_places[0]), None).id
    for m in places:
        e = links.add(_place_entity(m), m)
        if m.end <= doc.title_end:
            links.title_units.add(e.id)
    for m in ms:
        if m.kind == "place" and not m.attr("name"):
            target = _resolve_level(links, key(m.attr("level")))
            if target:
                links.entities[target].mentions.append(m)
                links.of[m] = target
            else:  # "thành phố" in an article that names no city: a unit of this article only, not one of all
                links.add(replace(_place_entity(m), key=f"{m.key}|{doc.doc_id}"), m)
    _link_bodies(doc, links)
    _link_persons(ms, links, doc.text)
    person_typo_fold.fold(doc, links)  # "Nguyễn An Huy" … "Nguyễn Anh Huy" (a typo): one person
    _link_events(ms, links, doc.text)
    event_label.relabel(links, doc.text)  # the best complete name, not the longest form
    for m in ms:
        if m.kind in ("model", "movement") and not m.attr("ref") and not m.attr("subcount"):
            label = m.attr("name") or m.text
            cls = "SecurityModel" if m.kind == "model" else "Movement"
            links.add(Entity(m.kind, key(label), label, cls), m)
        elif m.kind == "concept":
            c = _concepts()[(m.attr("scheme"), m.attr("slug"))]
            links.add(Entity("concept", f"{c.scheme}/{c.slug}", c.vi, "Concept", c.en,
                             attrs={"scheme": c.scheme, "slug": c.slug}), m)
    return links


@cache
def _concepts() -> dict[tuple[str, str], lexicon.Concept]:
    """The lexicon's concepts by (scheme, slug), the first of each."""
    out: dict[tuple[str, str], lexicon.Concept] = {}
    for c in lexicon.concepts():
        out.setdefault((c.scheme, c.slug), c)
    return out


def _resolve_level(links: Links, level: str) -> str | None:
    """The unit of a level word written alone ("tỉnh", folded): the main unit when of that level, else the first
    named unit of that level."""
    main = links.entities.get(links.main_unit or "")
    if main and key(main.attrs.get("level", "")) == level:
        return main.id
    for e in links.entities.values():
        if e.kind == "place" and key(e.attrs.get("level", "")) == level and e.attrs.get("name"):
            return e.id
    return None


class _Plan(NamedTuple):
    """A body mention's label, unit, head text, whether its unit is inferred, whether it is a kind across units
    ("HĐND các cấp")."""

    m: Mention
    label: str
    part_of: str | None
    head_text: str
    inferred: bool
    kind_word: bool


def _plan(doc: Document, links: Links, bodies: list[Mention], idx: int,
          place_at: dict[int, list[Mention]]) -> _Plan:
    """The qualifier of a body is the place mention that ends where the body ends (inside it)."""
    m = bodies[idx]
    qual = _qualifier(m, place_at)
    text = label = m.text
    head_text = doc.text[m.start : qual.start].strip() if qual is not None else text
    qualifier_id = links.of.get(qual) if qual else None
    tail = _level_tail(m) if qual is None else None
    if tail is not None:  # "UBND xã", "UBND TP": the unit of that level the report names, if one
        head_text, qualifier_id = tail[0], _resolve_level(links, tail[1])
    bare = bare_province(text, m.attr("head")) if qual is None and tail is None else None
    if bare is not None:  # "Tỉnh ủy Alpha", "UBND Alpha": the province's, one node with "UBND tỉnh Alpha"
        head_text, qualifier_id = bare[0], links.add(_place_entity(replace(
            m, kind="place", text=f"{bare[1]} {bare[2]}", key=key(f"{bare[1]} {bare[2]}"),
            attrs=(("level", bare[1]), ("name", bare[2])))), None).id
    if qual is None and _is_bare(m) and not _national_office(m):  # "Bộ Công an và UBND tỉnh X": no place
        sib = _list_sibling_qualifier(doc, bodies, idx, place_at)
        if sib is not None:
            qualifier_id = links.of.get(sib)
            label = f"{text} {sib.text}"
    part_of = qualifier_id
    generic = _generic_scope(doc, bodies, idx)
    if generic:
        label = f"{text} {generic}"
    inferred = False
    if part_of is None and not generic and _scope(m.attr("head")) == "local" and links.main_unit and (
            _is_bare(m) or _unit_unnamed(m)):  # "Sở Y tế" in a report of one province: that province's
        part_of = inferred_unit(links, m.attr("head"))  # never a district's (link_province); with no
        inferred = True  # province to go to, a body of this article only (below)
    elif part_of is None and not generic and (level := nests_unplaced(m)):  # "Ban Thường vụ Tỉnh ủy": the
        part_of = _resolve_level(links, level)  # province the report names, as for "UBND tỉnh"
        inferred = part_of is not None
    label = _SHORT_FORM.sub("", label).strip() or label  # the short form is no part of the name
    return _Plan(m, label, part_of, head_text, inferred, bool(generic))


def _link_bodies(doc: Document, links: Links) -> None:
    bodies = [m for m in doc.mentions if m.kind == "body"]
    place_at: dict[int, list[Mention]] = {}  # places by their end offset (a look-up, not a scan per body)
    for m in {(m.start, m.end): m for m in doc.mentions if m.kind == "place"}.values():
        place_at.setdefault(m.end, []).append(m)
    planned = [_plan(doc, links, bodies, idx, place_at) for idx in range(len(bodies))]
    # one key per (head, unit): "UBND TP Thanh Hóa" = "Ủy ban nhân dân thành phố Thanh Hoá" = "UBND tỉnh" when
    # "tỉnh" is that unit; a bare "UBND" placed in the report's main unit by inference joins the named one if
    # the report names it, else keeps a key of its own ("head|unit") that says the unit was inferred
    explicit: set[str] = set()
    for pl in planned:
        unit = links.entities.get(pl.part_of or "")
        if unit is not None and unit.kind == "place" and not pl.inferred:
            explicit.add(f"{body_key(pl.head_text)} {unit.key}")
    bare_keys: dict[str, list[str]] = {}  # the bodies' keys by their bare form (_same_but_and), as links holds them
    for e in links.entities.values():
        if e.kind == "body":
            bare_keys.setdefault(_bare(e.key), []).append(e.key)
    for m, label, part_of, head_text, inferred, kind_word in planned:
        k = body_key(label)
        unit = links.entities.get(part_of or "")
        if unit is not None and unit.kind == "place":
            named = f"{body_key(head_text)} {unit.key}"
            k = named if (not inferred or named in explicit) else f"{body_key(head_text)}|{unit.key}"
        if part_of is None and not kind_word and (_unplaced(m) or inferred):
            k = f"{k}|{doc.doc_id}"  # "Đảng ủy", "Ban Quản lý" named by no unit: a body of this article only
        k = _same_but_and(bare_keys, k)
        entity = Entity("body", k, label, m.attr("cls") or "Body", _body_en(m, links, part_of), part_of=part_of)
        if links.add(entity, m) is entity:  # a new body
            bare_keys.setdefault(_bare(k), []).append(k)
    # nested bodies: "Ban Thường vụ Thành ủy Hà Nội" ⊃ "Thành ủy Hà Nội"
    by_sentence: dict[int, list[Mention]] = {}  # a body nests only in one of its sentence (not all pairs)
    for m in bodies:
        by_sentence.setdefault(m.sentence, []).append(m)
    for m in bodies:
        outer = links.get(m)
        for inner in by_sentence[m.sentence]:
            if inner is not m and m.start < inner.start and inner.end <= m.end and outer is not None:
                inner_e = links.get(inner)
                if inner_e is not None and inner_e.id != outer.id:
                    outer.part_of = inner_e.id


def _same_but_and(bare_keys: dict[str, list[str]], k: str) -> str:
    """The key of a body the article has already named with or without a "và" between two fields where this key
    has it the other way ("Sở Tài nguyên Môi trường" beside "Sở TN&MT", spelt out "Sở Tài nguyên và Môi trường"):
    one body (the first so named); else ``k``. ``bare_keys``: the keys of the bodies named so far by their bare
    form (:func:`_bare`), in the order they were named."""
    return next((x for x in bare_keys.get(_bare(k), ()) if x != k), k)


_AND = re.compile(r"(?<=\S) và (?=\S)")


def _bare(k: str) -> str:
    """``k`` with each "và" between two words a space (a key without " và " is its own: no pattern run on it)."""
    return _AND.sub(" ", k) if " và " in k else k


def _body_en(m: Mention, links: Links, part_of: str | None) -> str:
    en = m.attr("en")
    if part_of and part_of in links.entities:
        unit = links.entities[part_of]
        if unit.kind == "place" and unit.en:
            return f"{en}, {unit.en}"
    return en


def implied_body(links: Links, doc_id: str, text: str) -> tuple[str, str | None]:
    """The key and unit of a body a title implies ("Tỉnh ủy viên" → "Tỉnh ủy"): a national body is the one of the
    country; a local one belongs to the report's main unit (the named body when the report names it), and with
    no main unit to this article only."""
    k = body_key(text)
    if _scope(text) != "local":
        return k, None
    unit = links.entities.get(inferred_unit(links, text) or "")
    if unit is None:
        return f"{k}|{doc_id}", None
    named = f"{k} {unit.key}"
    return (named if f"body:{named}" in links.entities else f"{k}|{unit.key}"), unit.id


def foreign_office(rest: str) -> bool:
    """The words after a title name a country other than Viet Nam ("Thủ tướng Nhật Bản", "Tổng Bí thư Đảng Nhân
    dân cách mạng Lào"): the office is that country's, not the one the title implies."""
    words = key(rest).replace("-", " ").split()
    return any(" ".join(words[i : i + n]) in _foreign_countries() for n in (1, 2, 3)
               for i in range(len(words) - n + 1))


@cache
def _foreign_countries() -> frozenset[str]:
    return lexicon.words("countries") - {key("Việt Nam")}


def _link_persons(ms: list[Mention], links: Links, text: str) -> None:
    persons = [m for m in ms if m.kind == "person"]
    full: list[Entity] = []
    for m in sorted(persons, key=lambda m: -len(m.text.split())):
        match = same_person(m, full, _person_key(m.text), text)  # a shorter form, an "i"/"y" spelling, an epithet
        if match is not None:
            links.add(match, m)
            continue
        if m.attr("anchor") == "short":
            continue  # a short form with no full name in the document names no one we can identify
        label = m.text.title() if m.text.isupper() else m.text  # "NGUYỄN VĂN A" in a caption: "Nguyễn Văn A"
        e = links.add(Entity("person", _person_key(m.text), label, "Official"), m)
        if e not in full:
            full.append(e)


def _person_key(name: str) -> str:
    """A person's identity key; a foreign name's (its first word no Vietnamese surname) without diacritics: the
    press writes it with and without its accents ("Martín"/"Martin")."""
    k = key(name)
    return fold(k) if k.split()[:1] and k.split()[0] not in lexicon.words("surnames") else k


def _link_events(ms: list[Mention], links: Links, text: str) -> None:
    last: dict[str, str] = {}
    short = event_merge.short_targets(ms, text)  # "lễ tổng kết" of "Lễ tổng kết năm 2031": one event
    for m in ms:
        if m.kind != "event":
            continue
        cls = m.attr("cls") or "Event"
        if m.attr("ref"):
            target = last.get(cls) or (links.main_event if cls == "Meeting" else None)
            if target:
                links.entities[target].mentions.append(m)
                links.of[m] = target
            continue
        e = links.add(Entity("event", short.get(m) or event_key(m.text), m.text, cls, m.attr("en")), m)
        last[cls] = e.id
        if cls == "Meeting" and links.main_event is None:
            links.main_event = e.id
