"""Vocabularies as closed namespaces, and :func:`new_graph` that binds every prefix.

``VNR`` lists the ontology's terms (``ontology/vnr.ttl``); a typo raises instead of minting an IRI.
A test checks that these terms equal the classes and properties the ontology declares.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD, DefinedNamespace

BASE = "https://w3id.org/vnreport-kg/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
DATA = Namespace(BASE + "id/")
SCHEMA = Namespace("http://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class VNR(DefinedNamespace):
    """The vnreport-kg ontology (``https://w3id.org/vnreport-kg/ontology#``)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # classes
    Official: URIRef
    Body: URIRef
    PartyCommittee: URIRef
    PeoplesCouncil: URIRef
    PeoplesCommittee: URIRef
    PoliceForce: URIRef
    MilitaryForce: URIRef
    AdministrativeUnit: URIRef
    StateAgency: URIRef
    PublicServiceUnit: URIRef
    Enterprise: URIRef
    MassOrganisation: URIRef
    Post: URIRef
    PostHolding: URIRef
    Place: URIRef
    Event: URIRef
    Meeting: URIRef
    Congress: URIRef
    Election: URIRef
    Speech: URIRef
    SecurityModel: URIRef
    Movement: URIRef
    Task: URIRef
    AwardConferral: URIRef
    Result: URIRef
    Report: URIRef
    # object properties
    postTitle: URIRef
    post: URIRef
    rank: URIRef
    speaker: URIRef
    field: URIRef
    runsIn: URIRef
    scope: URIRef
    issuedBy: URIRef
    addressee: URIRef
    directive: URIRef
    concerns: URIRef
    awardKind: URIRef
    conferredBy: URIRef
    presentedBy: URIRef
    recipient: URIRef
    atEvent: URIRef
    achievedBy: URIRef
    securityArea: URIRef
    status: URIRef
    inReport: URIRef
    # datatype properties
    reviewsYear: URIRef
    plansYear: URIRef
    forYear: URIRef
    dateInferred: URIRef
    attestedOn: URIRef
    former: URIRef
    collectiveCount: URIRef
    individualCount: URIRef
    reason: URIRef
    operatingCount: URIRef
    replicatedCount: URIRef
    ordinal: URIRef
    term: URIRef
    text: URIRef


PREFIXES: dict[str, Namespace] = {
    "vnr": Namespace(BASE + "ontology#"),
    "vnrd": DATA,
    "schema": SCHEMA,
    "org": Namespace(str(ORG)),
    "foaf": Namespace(str(FOAF)),
    "prov": Namespace(str(PROV)),
    "nif": NIF,
    "itsrdf": ITSRDF,
    "skos": Namespace(str(SKOS)),
    "dct": Namespace(str(DCTERMS)),
    "void": Namespace(str(VOID)),
    "dcat": Namespace(str(DCAT)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
}


# Vocabularies whose terms are known: a CURIE with one of these prefixes must name a declared term.
CLOSED: dict[str, type[DefinedNamespace]] = {
    "vnr": VNR, "org": ORG, "foaf": FOAF, "prov": PROV, "skos": SKOS, "dct": DCTERMS, "rdf": RDF, "rdfs": RDFS,
    "owl": OWL, "xsd": XSD, "void": VOID, "dcat": DCAT,
}


@lru_cache(maxsize=4096)  # pure; emit asks for the same few terms for every triple
def term(curie: str) -> URIRef:
    """The IRI of ``curie`` (``vnr:reason``). Closed vocabularies (:data:`CLOSED`, above all ``vnr:``) raise
    :class:`ValueError` for a term they do not declare, so a misspelt or renamed term fails at emit time; the
    open ones (schema.org, NIF, ITS) are expanded by rdflib's :class:`NamespaceManager`."""
    prefix, sep, local = curie.partition(":")
    closed = CLOSED.get(prefix)
    if closed is not None:
        if local not in closed.__annotations__:
            raise ValueError(f"{curie!r} is not a term of {closed._NS} (declare it in the ontology first)")
        return closed[local]
    if not sep or prefix not in PREFIXES:
        raise ValueError(f"{curie!r} has no known prefix (known: {', '.join(PREFIXES)})")
    return URIRef(_MANAGER.expand_curie(curie))


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of :data:`PREFIXES` (replacing rdflib's defaults, e.g. https schema.org)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def new_graph(identifier: str | URIRef | None = None) -> Graph:
    """An empty graph with every project prefix bound."""
    return bind_prefixes(Graph(identifier=identifier, bind_namespaces="none"))


def new_dataset() -> Dataset:
    """An empty dataset (named graphs) with every project prefix bound."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


_MANAGER = bind_prefixes(Graph(bind_namespaces="none")).namespace_manager


def split_iri(iri: str) -> tuple[str, str] | None:
    """(prefix, local part) of ``iri`` under the longest project namespace bound in rdflib's
    :class:`NamespaceManager` (local parts may hold ``/``: ``vnrd:person/le-anh-xuan-1a83ad``); None if none fits."""
    best: tuple[str, str] | None = None
    for prefix, ns in _MANAGER.namespaces():
        if iri.startswith(ns) and (best is None or len(ns) > len(best[1])):
            best = (prefix, str(ns))
    return (best[0], iri[len(best[1]):]) if best else None


def curie(iri: str) -> str:
    """``org:holds`` for ``http://www.w3.org/ns/org#holds``; the IRI itself when no project prefix fits."""
    parts = split_iri(iri)
    return f"{parts[0]}:{parts[1]}" if parts else iri


def sparql_prolog() -> str:
    """``PREFIX`` lines for every project prefix, so short queries work."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
