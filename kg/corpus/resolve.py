"""Entity resolution across articles: when two same-name officials are one person, and when they are two.

Within one article :mod:`kg.extract.link` already gives one entity per folded full name. Across a corpus a person's
IRI derives from that name key alone, so every article naming "Nguyễn Đức Chung" points at one node — right
for the same official, wrong for two different people who share a name. The rule that decides:

1. **Evidence.** For each person of an article, the posts the article states they hold (:class:`Holding`):
   the post title, the body (its folded key: abbreviations expanded, tone marks folded, so UBND TP Hà Nội =
   Ủy ban nhân dân thành phố Hà Nội and Thanh Hóa = Thanh Hoá), the body's head word ("Bộ", "Tỉnh ủy") and
   the names of the administrative units the body is explicitly qualified by ("UBND tỉnh Thanh Hóa" →
   Thanh Hóa) or whose name ends with a province's (lexicon ``provinces``: "Tỉnh ủy Bình Dương"). A unit
   the pipeline only inferred for a bare body ("Thành ủy" → the report's main unit) is no place evidence.
   Posts written as former ("nguyên Bí thư") count for sharing, never for conflict.
2. **Same person** (merged, one node holding every post): the same folded full name of at least two words,
   and the two sides are *compatible*: they share a body or a post, or they do not conflict.
3. **Conflict** (kept apart) when, with no body or post in common,
   - both have current posts in explicitly named units and no unit of one is *like* a unit of the other
     (Bí thư Tỉnh ủy Bình Dương vs Chủ tịch UBND tỉnh Thanh Hóa), or
   - both hold the same title in bodies of the same kind, and no body of one is *like*
     a body of the other (Bộ trưởng Bộ Y tế vs Bộ trưởng Bộ Tài chính) — asked only when the units do not
     already decide (both sides named units). A body cut short after a level word
     ("UBND thành phố") or placed by inference is no evidence here.
   Names are compared without diacritics: two unit names are alike when one's words begin the other's
   ("Nam" ⊂ "Nam Từ Liêm", a truncated mention) or one is an abbreviation of the other (TT-Huế = Thừa Thiên
   - Huế, BR-VT = Bà Rịa - Vũng Tàu, HCM = Hồ Chí Minh: letters of consonant-only words and initials of the
   others, in order). Body names are alike on the looser test that one's initials occur in order within the
   other's (Sở GD-ĐT ≈ Sở Giáo dục và Đào tạo Hà Nội; Bộ Văn hóa ≈ Bộ VHTT&DL) or both have the same words
   (Ủy ban An ninh - Quốc phòng ≈ Ủy ban Quốc phòng - An ninh), "và" left out: extraction truncates and
   abbreviates bodies, and a false split costs more than a missed one. A one-word unit name is no evidence.
4. **No evidence is no conflict**: a person an article names without a post joins the first person of that
   name. A one-word name ("ông Sự" with no full name in the article) is never merged across articles.
5. **Order.** Articles are resolved in input order, each person against the persons of that name met so far
   (first compatible one wins, whose evidence then grows). The first person of a name keeps the plain name
   IRI (the one ``kg build`` gives a single report); another gets the name key plus the id of the article
   that introduced them, so the output is the same for the same input whatever the number of workers.

Events: a *named* event — its label has a capitalised word after the first (Hội nghị Trung ương 5, Lễ hội
Chọi trâu Đồ Sơn) — is one node across articles, as its key says; a generic one (lễ khai mạc, kỳ họp thứ 3,
hội nghị tổng kết công tác năm 2016) names a different event in every article and gets one node per article
(:func:`local_event`).

Everything here is pure: :func:`evidence` reads a processed article, :class:`Resolver` holds the clusters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from kg.extract import lexicon
from kg.extract.facts import Fact, Lit, Ref
from kg.extract.link import Entity, Links
from kg.extract.normalise import key, strip_diacritics


@dataclass(frozen=True, slots=True)
class Holding:
    """One post an article says a person holds (or held)."""

    title: str
    body: str = ""
    head: str = ""
    places: frozenset[str] = frozenset()
    former: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """A person of one article: folded name key and the posts stated for them."""

    name: str
    holdings: frozenset[Holding] = frozenset()


def _places(body: Entity, links: Links) -> frozenset[str]:
    """Names of the units a body is explicitly qualified by (following part_of through nested bodies)."""
    names: set[str] = set()
    seen: set[str] = set()
    e: Entity | None = body
    while e is not None and e.id not in seen:
        seen.add(e.id)
        if e.kind == "body" and "|" in e.key:  # a bare local body placed by inference only
            break
        if e.kind == "place" and len(e.attrs.get("name", "").split()) > 1:
            names.add(key(e.attrs["name"]))
        e = links.entities.get(e.part_of) if e.part_of else None
    if "|" not in body.key:
        names |= _province_in(body.key)
    return frozenset(names)


@cache
def _provinces() -> dict[tuple[str, ...], str]:
    """Province names (lexicon ``provinces``) as word tuples without diacritics → folded name."""
    return {tuple(_words(r[0])): key(r[0]) for r in lexicon.rows("provinces")}


def _province_in(body_key: str) -> frozenset[str]:
    """The province a body's own name ends with ("Tỉnh ủy Bình Dương" → Bình Dương), if any."""
    words = _words(body_key)
    for n in range(min(4, len(words) - 1), 0, -1):
        found = _provinces().get(tuple(words[-n:]))
        if found:
            return frozenset({found})
    return frozenset()


def evidence(links: Links, facts: list[Fact]) -> dict[str, Evidence]:
    """Per person entity id of one article, its name key and the posts the article states for it."""
    out: dict[str, set[Holding]] = {eid: set() for eid, e in links.entities.items() if e.kind == "person"}
    for f in facts:
        if f.cls != "PostHolding":
            continue
        props = dict(f.props)
        member, role, org = props.get("org:member"), props.get("org:role"), props.get("org:organization")
        if not isinstance(member, Ref) or member.id not in out or not isinstance(role, Ref):
            continue
        body = links.entities.get(org.id) if isinstance(org, Ref) else None
        head = ""
        if body is not None and body.mentions:
            head = key(body.mentions[0].attr("head"))
        former = isinstance(props.get("vnr:former"), Lit)
        out[member.id].add(Holding(role.id.partition(":")[2], body.key if body else "", head,
                                   _places(body, links) if body else frozenset(), former))
    return {eid: Evidence(links.entities[eid].key, frozenset(hs)) for eid, hs in out.items()}


_VOWELS = set("aeiouy")
_LEVEL_ENDS = {"tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn", "thị"}  # "UBND thành phố" cut short


_FINALS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}  # what may follow the vowels of a syllable


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _words(name: str) -> list[str]:
    words = _NON_ALNUM.sub(" ", strip_diacritics(key(name)).replace("đ", "d")).split()
    return [w for w in words if w != "va"]


def _abbreviation(word: str) -> bool:
    """A word that is no Vietnamese syllable: no vowel (tt, hcm) or consonants after its vowels (attp)."""
    tail = re.search(r"[^aeiouy]*$", word)
    return not _VOWELS & set(word) or (tail is not None and tail.group() not in _FINALS)


def _initials(words: list[str]) -> str:
    return "".join(w if _abbreviation(w) else w[0] for w in words)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def alike(a: str, b: str, *, loose: bool = False) -> bool:
    """Whether two unit (or, ``loose``, body) names may name the same thing (rule 3 of the module docstring)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if long[: len(short)] == short or set(wa) == set(wb):
        return True
    ia, ib = sorted((_initials(wa), _initials(wb)), key=len)
    if loose:
        return _subsequence(ia, ib)
    abbreviated = any(_abbreviation(w) for w in wa + wb)
    return abbreviated and ia == ib


def compatible(a: Iterable[Holding], b: Iterable[Holding]) -> bool:
    """Whether two sets of posts can belong to one person (rules 2–3 of the module docstring)."""
    a, b = set(a), set(b)
    if {h.body for h in a if h.body} & {h.body for h in b if h.body}:
        return True
    if {(h.title, h.body) for h in a} & {(h.title, h.body) for h in b}:
        return True
    now_a = [h for h in a if not h.former]
    now_b = [h for h in b if not h.former]
    places_a = {p for h in now_a for p in h.places}
    places_b = {p for h in now_b for p in h.places}
    if places_a and places_b:
        return any(alike(x, y) for x in places_a for y in places_b)
    titled_a = _titled(now_a)
    titled_b = _titled(now_b)
    for t in titled_a.keys() & titled_b.keys():
        if not any(alike(x, y, loose=True) for x in titled_a[t] for y in titled_b[t]):
            return False
    return True


def _titled(holdings: list[Holding]) -> dict[tuple[str, str], set[str]]:
    """(title, body head) → names of the complete bodies of each title (the evidence of rule 3's second case)."""
    out: dict[tuple[str, str], set[str]] = {}
    for h in holdings:
        own, scoped, _unit = h.body.partition("|")  # "sở y tế|<unit or article>": its own name is evidence
        words = own.split()
        if h.head and words and words[-1] not in _LEVEL_ENDS and (not scoped or words != h.head.split()):
            out.setdefault((h.title, h.head), set()).add(own)
    return out


def local_event(label: str) -> bool:
    """Whether an event label is generic (no capitalised word after the first): one event per article."""
    return not any(w[:1].isupper() for w in label.split()[1:])


@dataclass
class _Cluster:
    suffix: str
    holdings: set[Holding] = field(default_factory=set)


@dataclass
class Resolver:
    """Clusters of same-name persons met so far, in input order (one resolver per corpus build)."""

    clusters: dict[str, list[_Cluster]] = field(default_factory=dict)

    def assign(self, doc_id: str, ev: Evidence) -> str:
        """The person key to use for ``ev`` of article ``doc_id``: the name key, or name key | article id."""
        if len(ev.name.split()) < 2:
            return f"{ev.name}|{doc_id}"
        found = self.clusters.setdefault(ev.name, [])
        for c in found:
            if compatible(c.holdings, ev.holdings):
                c.holdings |= ev.holdings
                return f"{ev.name}{c.suffix}"
        c = _Cluster("" if not found else f"|{doc_id}", set(ev.holdings))
        found.append(c)
        return f"{ev.name}{c.suffix}"

    def people(self, name: str) -> int:
        """How many different persons carry the folded name ``name`` so far."""
        return len(self.clusters.get(key(name), []))
