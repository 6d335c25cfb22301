"""The terms the graph view knows and their labels: the classes (most specific first), the properties that
label, name or trace an entity, and :class:`Vocabulary`, the vi / en labels of classes and properties (the
ontology's ``rdfs:label`` plus a built-in table). Used by :mod:`kg.view.project` and the views built on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VOID
from rdflib.term import Node

from kg.rdf.namespace import BASE, NIF, SCHEMA, VNR
from kg.resources import ontology_files

# Most specific first: a node typed Body and PartyCommittee is drawn as PartyCommittee.
CLASS_ORDER: tuple[URIRef, ...] = (
    VNR.Official,
    VNR.PartyCommittee,
    VNR.PeoplesCouncil,
    VNR.PeoplesCommittee,
    VNR.PoliceForce,
    VNR.MilitaryForce,
    VNR.AdministrativeUnit,
    VNR.StateAgency,
    VNR.PublicServiceUnit,
    VNR.Enterprise,
    VNR.MassOrganisation,
    VNR.Body,
    VNR.Post,
    VNR.PostHolding,
    VNR.Place,
    VNR.Meeting,
    VNR.Congress,
    VNR.Election,
    VNR.Speech,
    VNR.Event,
    VNR.SecurityModel,
    VNR.Movement,
    VNR.Task,
    VNR.AwardConferral,
    VNR.Result,
    SKOS.Concept,
    VNR.Report,
    NIF.Sentence,
    NIF.Paragraph,
    NIF.Phrase,
)
# Standard-vocabulary types drawn as the project's class when a node has no vnr: type.
CLASS_ALIASES: dict[URIRef, str] = {
    ORG.Organization: "Body",
    SCHEMA.Organization: "Body",
    SCHEMA.GovernmentOrganization: "Body",
    SCHEMA.Person: "Official",
    FOAF.Person: "Official",
    ORG.Post: "Post",
    ORG.Membership: "PostHolding",
    SCHEMA.Place: "Place",
    SCHEMA.Event: "Event",
    NIF.Context: "Report",
    NIF.String: "Sentence",
}
# Every subclass → its parent, for `--classes Body` (all bodies) and the legend's grouping.
PARENT_CLASS: dict[str, str] = {
    "PartyCommittee": "Body",
    "PeoplesCouncil": "Body",
    "PeoplesCommittee": "Body",
    "PoliceForce": "Body",
    "MilitaryForce": "Body",
    "AdministrativeUnit": "Body",
    "StateAgency": "Body",
    "PublicServiceUnit": "Body",
    "Enterprise": "Body",
    "MassOrganisation": "Body",
    "Meeting": "Event",
    "Congress": "Event",
    "Election": "Event",
    "Speech": "Event",
}
PROVENANCE_TYPES = frozenset(
    {NIF.Sentence, NIF.Phrase, NIF.Paragraph, NIF.Context, NIF.String, NIF.OffsetBasedString, VNR.Report,
     VOID.Dataset, DCAT.Dataset, PROV.SoftwareAgent}  # the dataset's own description (kg/rdf/describe.py)
)
SCHEMA_TYPES = frozenset(
    {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.Ontology,
        OWL.Restriction,
        RDFS.Class,
        RDF.Property,
        SKOS.ConceptScheme,
    }
)
LABEL_PROPS: tuple[URIRef, ...] = (RDFS.label, SKOS.prefLabel, SCHEMA.name, FOAF.name, DCTERMS.title)
PROVENANCE_PROPS = frozenset({PROV.wasDerivedFrom, VNR.inReport})
# Literal properties of the provenance layer that would flood a tooltip.
HIDDEN_LITERALS = frozenset({NIF.isString, NIF.beginIndex, NIF.endIndex})
ATTRIBUTE_SCHEME = URIRef(BASE + "id/scheme/body-kind")
# p(a, b) is drawn as inverse(b, a): one arrow per fact, whichever way the graph states it.
INVERSES: dict[Node, URIRef] = {
    ORG.heldBy: ORG.holds,
    ORG.hasSubOrganization: ORG.subOrganizationOf,
    ORG.hasPost: ORG.postIn,
    ORG.hasMember: ORG.memberOf,
    SKOS.narrower: SKOS.broader,
}
# Attribute order in tooltips: dates and years first, then counts, then texts.
ATTRIBUTE_ORDER: tuple[URIRef, ...] = (
    SCHEMA.startDate,
    VNR.attestedOn,
    VNR.reviewsYear,
    VNR.plansYear,
    VNR.forYear,
    VNR.term,
    VNR.ordinal,
    VNR.collectiveCount,
    VNR.individualCount,
    VNR.operatingCount,
    VNR.replicatedCount,
    VNR.former,
    VNR.dateInferred,
    VNR.reason,
    VNR.text,
)
# Objects whose label makes a good fallback label for an unlabelled entity (an award by its kind …).
NAMING_PROPS: tuple[URIRef, ...] = (VNR.awardKind, VNR.directive, VNR.postTitle, VNR.field, VNR.concerns)

MENTION_SOURCES = 5  # at most this many mentioning sentences stand in for a missing prov:wasDerivedFrom
OTHER_CLASS = "Thing"
OTHER_LABELS = ("Khác", "Other")
LANGS = ("vi", "en")


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``#`` or ``/``."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def humanise(name: str) -> str:
    """``subOrganizationOf`` → ``sub organization of`` (the last resort for an unlabelled term)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower()


@dataclass(frozen=True)
class Vocabulary:
    """Labels (vi, en) of classes and properties: the ontology's ``rdfs:label`` plus built-in ones."""

    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def label(self, iri: str, lang: str = "vi") -> str:
        """The label of a term in ``lang``, else in the other language, else its humanised local name."""
        found = self.labels.get(str(iri), {})
        for code in (lang, *LANGS):
            if found.get(code):
                return found[code]
        return humanise(local_name(str(iri)))

    def class_label(self, cls: str, lang: str = "vi") -> str:
        """The label of a class given by its short name (``Official``, ``Concept``, ``Thing`` …)."""
        if cls == OTHER_CLASS:
            return OTHER_LABELS[0] if lang == "vi" else OTHER_LABELS[1]
        return self.label(class_iri(cls), lang)


def class_iri(cls: str) -> str:
    """The IRI of a class short name used in the projection."""
    for iri in CLASS_ORDER:
        if local_name(str(iri)) == cls:
            return str(iri)
    return str(VNR._NS[cls])


def _labels_from(graph: Graph, into: dict[str, dict[str, str]]) -> None:
    for s, o in sorted(graph.subject_objects(RDFS.label)):
        if isinstance(s, URIRef) and isinstance(o, Literal):
            lang = o.language or ""
            into.setdefault(str(s), {}).setdefault(lang, str(o))


@lru_cache(maxsize=1)
def _ontology_labels() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    labels: dict[str, dict[str, str]] = {}
    for path in ontology_files():
        g = Graph(bind_namespaces="none")
        try:
            g.parse(data=path.read_text("utf-8"), format="turtle")
        except Exception:  # a broken ontology file must not break the viewer: fall back to local names
            continue
        _labels_from(g, labels)
    return tuple((iri, tuple(sorted(langs.items()))) for iri, langs in sorted(labels.items()))


def load_vocabulary(extra: Graph | None = None) -> Vocabulary:
    """Labels from ``ontology/*.ttl`` (which labels the standard terms graphs use too) and ``extra`` (the data)."""
    labels: dict[str, dict[str, str]] = {}
    for iri, langs in _ontology_labels():
        labels.setdefault(iri, {}).update(dict(langs))
    if extra is not None:
        found: dict[str, dict[str, str]] = {}
        _labels_from(extra, found)
        for iri, by_lang in found.items():
            if iri.startswith(str(VNR._NS)) or iri in labels:
                for code, text in by_lang.items():
                    labels.setdefault(iri, {}).setdefault(code, text)
    return Vocabulary(labels)


def _attribute(vocab: Vocabulary, prop: Node, value: str) -> dict[str, str]:
    return {
        "prop": str(prop),
        "label_vi": vocab.label(str(prop), "vi"),
        "label_en": vocab.label(str(prop), "en"),
        "value": value,
    }
