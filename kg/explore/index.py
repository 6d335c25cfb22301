"""The explorer's in-memory label index, built once at start-up from the store.

Every labelled entity gets one :class:`Entry` (labels @vi/@en, class, group, how many articles it is in, a
disambiguating hint, provinces). Search folds case and diacritics with the project's folding (``Hoa`` finds
``Hóa``) and matches prefixes and infixes over one joined string, so a lookup runs at C speed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from kg.explore.source import Source, lang, text
from kg.extract.lexicon import rows
from kg.extract.normalise import key, strip_diacritics

VNR = "https://w3id.org/vnreport-kg/ontology#"
SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
ORG_ROLE = "http://www.w3.org/ns/org#Role"

# Class local name → group shown in the explorer. Officials, posts, bodies and awards are the prominent ones.
GROUPS: dict[str, str] = {
    "Official": "Official",
    "Post": "Post",
    "AwardConferral": "Award",
    "AdministrativeUnit": "Place",
    "Place": "Place",
    "Report": "Report",
    "PostHolding": "Fact",
    "Speech": "Fact",
    "Task": "Fact",
    "Result": "Fact",
    "SecurityModel": "Other",
    "Movement": "Other",
    **{c: "Body" for c in ("Body", "PartyCommittee", "PeoplesCouncil", "PeoplesCommittee", "PoliceForce",
                           "MilitaryForce", "StateAgency", "PublicServiceUnit", "Enterprise", "MassOrganisation")},
    **{c: "Event" for c in ("Event", "Meeting", "Congress", "Election")},
}
# When an entity has several classes, the first in this order names it.
CLASS_ORDER = list(GROUPS)
GROUP_ORDER = ["Official", "Post", "Body", "Award", "Place", "Event", "Report", "Fact", "Other", "Concept"]
_PRIORITY = {g: i for i, g in enumerate(GROUP_ORDER)}
MAX_MATCHES = 5_000  # a one- or two-letter query stops here; longer ones never reach it


def fold(value: str) -> str:
    """Search folding: the project's key (case, tone placement) without diacritics (đ → d)."""
    return strip_diacritics(key(value)).lower()


@dataclass
class Entry:
    """One labelled entity."""

    iri: str
    label: str = ""
    label_en: str = ""
    names: list[str] = field(default_factory=list)
    cls: str = ""
    group: str = "Other"
    articles: int = 0
    hint: str = ""
    provinces: list[str] = field(default_factory=list)
    date: str = ""

    def public(self, lang_: str = "vi") -> dict[str, object]:
        """The JSON record of the entry."""
        shown = (self.label_en or self.label) if lang_ == "en" else (self.label or self.label_en)
        return {
            "iri": self.iri, "label": shown or local_name(self.iri), "label_vi": self.label,
            "label_en": self.label_en, "cls": self.cls, "group": self.group, "articles": self.articles,
            "hint": self.hint, "provinces": self.provinces,
        }


def local_name(iri: str) -> str:
    """The last path or fragment segment of an IRI."""
    return re.split(r"[/#]", iri.rstrip("/#"))[-1]


LABELS = """SELECT DISTINCT ?s ?p ?l WHERE {
  VALUES ?p { rdfs:label skos:prefLabel schema:name skos:altLabel }
  ?s ?p ?l FILTER(isIRI(?s))
}"""
TYPES = "SELECT DISTINCT ?s ?c WHERE { ?s a ?c FILTER(isIRI(?s)) }"
ARTICLES = "SELECT ?s (COUNT(DISTINCT ?r) AS ?n) WHERE { ?s vnr:inReport ?r } GROUP BY ?s"
HOLDS = """SELECT ?s ?post (COUNT(DISTINCT ?h) AS ?n) WHERE {
  { ?s org:holds ?post } UNION { ?h org:member ?s ; vnr:post ?post }
} GROUP BY ?s ?post"""
PARENT = """SELECT DISTINCT ?s ?o WHERE {
  { ?s org:subOrganizationOf ?o } UNION { ?s schema:location ?o } UNION { ?s vnr:runsIn ?o }
} ORDER BY ?s ?o"""
DATES = "SELECT ?r (MIN(STR(?d)) AS ?date) WHERE { ?r schema:datePublished ?d } GROUP BY ?r"
LABEL_PREDICATES = {
    "http://www.w3.org/2000/01/rdf-schema#label": 0,
    "http://www.w3.org/2004/02/skos/core#prefLabel": 1,
    "http://schema.org/name": 2,
    "http://www.w3.org/2004/02/skos/core#altLabel": 3,
}


class Index:
    """Entries by IRI and a folded search string."""

    def __init__(self, source: Source) -> None:
        self.entries: dict[str, Entry] = {}
        self._read_labels(source)
        self._read_classes(source)
        for row in source.select(ARTICLES):
            if (e := self.entries.get(text(row["s"]))) is not None:
                e.articles = int(text(row["n"]))
        for row in source.select(DATES):
            if (e := self.entries.get(text(row["r"]))) is not None:
                e.date = text(row["date"])
        self._hints(source)
        self._build_search()

    # ------------------------------------------------------------------ building

    def _read_labels(self, source: Source) -> None:
        found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for row in source.select(LABELS):
            found[text(row["s"])].append((LABEL_PREDICATES[text(row["p"])], lang(row["l"]), text(row["l"])))
        for iri, labels in found.items():
            labels.sort()
            vi = [v for _, tag, v in labels if tag in ("vi", "")]
            en = [v for _, tag, v in labels if tag == "en"]
            names = list(dict.fromkeys(v for _, _, v in labels))
            self.entries[iri] = Entry(iri, vi[0] if vi else "", en[0] if en else "", names)

    def _read_classes(self, source: Source) -> None:
        classes: dict[str, set[str]] = defaultdict(set)
        for row in source.select(TYPES):
            classes[text(row["s"])].add(text(row["c"]))
        for iri, cs in classes.items():
            e = self.entries.get(iri)
            if e is None:
                continue
            names = {c[len(VNR):] for c in cs if c.startswith(VNR)}
            picked = next((c for c in CLASS_ORDER if c in names), "")
            if picked:
                e.cls, e.group = picked, GROUPS[picked]
            elif SKOS_CONCEPT in cs or ORG_ROLE in cs:
                e.cls, e.group = ("Concept" if SKOS_CONCEPT in cs else "Role"), "Concept"
            elif cs:
                e.cls = local_name(sorted(cs)[0])
        for e in self.entries.values():
            if not e.cls:
                e.group = "Concept" if "/concept/" in e.iri or "/scheme/" in e.iri else "Other"

    def _hints(self, source: Source) -> None:
        provinces = [(fold(r[0]), r[0]) for r in rows("provinces")]
        pattern = re.compile(r"\b(" + "|".join(re.escape(f) for f, _ in provinces) + r")\b")
        name_of = dict(provinces)

        def in_label(label: str) -> list[str]:
            return sorted({name_of[m] for m in pattern.findall(fold(label))}) if label else []

        for e in self.entries.values():
            if e.group in ("Post", "Body", "Place", "Event", "Award"):
                e.provinces = in_label(e.label)
        posts: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for row in source.select(HOLDS):
            post = self.entries.get(text(row["post"]))
            if post is not None and post.label:
                posts[text(row["s"])].append((-int(text(row["n"])), post.label))  # most often stated first
        for iri, held in posts.items():
            official = self.entries.get(iri)
            if official is None:
                continue
            labels = list(dict.fromkeys(label for _, label in sorted(held)))
            official.hint = "; ".join(labels[:2]) + (f" (+{len(labels) - 2})" if len(labels) > 2 else "")
            official.provinces = sorted({p for lab in labels for p in in_label(lab)})
        for row in source.select(PARENT):
            child, parent = self.entries.get(text(row["s"])), self.entries.get(text(row["o"]))
            if child is not None and parent is not None and not child.hint:
                child.hint = parent.label
                e.provinces = e.provinces or parent.provinces
        for e in self.entries.values():
            if not e.hint and e.group == "Report" and e.date:
                e.hint = e.date

    def _build_search(self) -> None:
        parts: list[str] = []
        self._starts: list[int] = []
        self._owner: list[str] = []
        pos = 0
        for iri in sorted(self.entries):
            for name in self.entries[iri].names or [self.entries[iri].label]:
                folded = fold(name)
                if not folded:
                    continue
                self._starts.append(pos)
                self._owner.append(iri)
                parts.append(folded)
                pos += len(folded) + 1
        self._haystack = "\n".join(parts) + "\n"

    # ------------------------------------------------------------------ queries

    def get(self, iri: str) -> Entry | None:
        """The entry of an IRI, if labelled."""
        return self.entries.get(iri)

    def search(
        self, query: str, *, groups: set[str] | None = None, province: str = "", limit: int = 20,
        concepts: bool = False,
    ) -> list[Entry]:
        """Entries whose folded label contains the folded query: exact, prefix, word-prefix, then infix."""
        q = fold(query)
        if not q or "\n" in q:
            return []
        best: dict[str, tuple[int, int, int, str]] = {}
        hay, found, start = self._haystack, 0, 0
        while found < MAX_MATCHES:
            at = hay.find(q, start)
            if at < 0:
                break
            start = at + 1
            found += 1
            i = bisect_right(self._starts, at) - 1
            begin = self._starts[i]
            end = hay.index("\n", begin)
            if at + len(q) > end:
                continue
            e = self.entries[self._owner[i]]
            if groups and e.group not in groups:
                continue
            if not groups and e.group == "Concept" and not concepts:
                continue
            if province and province not in e.provinces:
                continue
            offset = at - begin
            label_len = end - begin
            rank = 0 if label_len == len(q) else 1 if offset == 0 else 2 if hay[at - 1] in " -(" else 3
            have = best.get(e.iri)
            cand = (rank, _PRIORITY.get(e.group, len(GROUP_ORDER)), -e.articles, e.label)
            if have is None or cand < have:
                best[e.iri] = cand
        ordered = sorted(best, key=lambda iri: (*best[iri], iri))
        return [self.entries[iri] for iri in ordered[:limit]]

    def provinces(self) -> list[str]:
        """Provinces some entity is tied to, sorted."""
        return sorted({p for e in self.entries.values() for p in e.provinces})
