"""The ontology itself as a graph for the viewer (``kg viz --ontology``): vnr classes and properties, their
domains and ranges, and their alignments to the standard vocabularies.
"""

from __future__ import annotations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.namespace import VNR, curie
from kg.resources import ontology_files
from kg.view.vocabulary import LANGS, _attribute, load_vocabulary

# The relations drawn between ontology terms, with their labels (vi, en).
_REL_LABELS = {
    RDFS.subClassOf: ("lớp con của", "subclass of"),
    RDFS.subPropertyOf: ("thuộc tính con của", "subproperty of"),
    RDFS.domain: ("miền", "domain"),
    RDFS.range: ("miền giá trị", "range"),
}
# The kinds of node of the ontology view, with their labels (vi, en).
_CLASS_NAMES = {
    "OntologyClass": ("Lớp (vnr)", "Class (vnr)"),
    "ObjectProperty": ("Thuộc tính quan hệ", "Object property"),
    "DatatypeProperty": ("Thuộc tính dữ liệu", "Datatype property"),
    "ExternalClass": ("Lớp, kiểu dữ liệu chuẩn", "Standard class or datatype"),
    "ExternalProperty": ("Thuộc tính chuẩn", "Standard property"),
}


def project_ontology(graph: Graph | None = None) -> nx.MultiDiGraph:
    """The ontology as a graph: vnr classes and properties, their domains and ranges, and their alignments
    (``rdfs:subClassOf`` / ``rdfs:subPropertyOf``) to the standard vocabularies."""
    if graph is None:
        graph = Graph(bind_namespaces="none")
        for path in ontology_files():
            graph.parse(data=path.read_text("utf-8"), format="turtle")
    vocab = load_vocabulary(graph)
    ns = str(VNR._NS)
    kinds = {
        OWL.Class: "OntologyClass",
        OWL.ObjectProperty: "ObjectProperty",
        OWL.DatatypeProperty: "DatatypeProperty",
    }
    g = nx.MultiDiGraph()

    def add(iri: URIRef, cls: str) -> None:
        if str(iri) in g:
            return
        comment = {code: "" for code in LANGS}
        for o in graph.objects(iri, RDFS.comment):
            if isinstance(o, Literal) and (o.language or "en") in comment:
                comment[o.language or "en"] = str(o)
        g.add_node(
            str(iri),
            iri=str(iri),
            cls=cls,
            label_vi=f"{curie(str(iri))} · {vocab.label(str(iri), 'vi')}"
            if str(iri).startswith(ns)
            else curie(str(iri)),
            label_en=f"{curie(str(iri))} · {vocab.label(str(iri), 'en')}"
            if str(iri).startswith(ns)
            else curie(str(iri)),
            attributes=[
                _attribute(vocab, RDFS.comment, text) for text in sorted({comment["en"], comment["vi"]} - {""})
            ],
            sources=[],
        )

    for kind, cls in kinds.items():
        for s in sorted(graph.subjects(RDF.type, kind), key=str):
            if isinstance(s, URIRef) and str(s).startswith(ns):
                add(s, cls)
    local = sorted(g.nodes)
    for s in local:
        for p in _REL_LABELS:
            for o in sorted(graph.objects(URIRef(s), p), key=str):
                if not isinstance(o, URIRef):
                    continue
                if str(o) not in g:
                    external = "ExternalProperty" if p == RDFS.subPropertyOf else "ExternalClass"
                    add(o, external)
                vi, en = _REL_LABELS[p]
                g.add_edge(s, str(o), key=curie(str(p)), prop=str(p), label_vi=vi, label_en=en)
    present = {c for _, c in g.nodes(data="cls")}
    g.graph["class_labels"] = {c: {"vi": vi, "en": en} for c, (vi, en) in sorted(_CLASS_NAMES.items()) if c in present}
    g.graph["reports"] = []
    return g
