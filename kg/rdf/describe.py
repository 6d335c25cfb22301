"""A VoID / DCAT description of a built dataset, in its own named graph ``vnrd:dataset/…``.

It states what a consumer asks first: how many triples, how many entities of each class, which reports it was
built from, under which licence and by which version of vnreport-kg. Deterministic: the same reports give the same
IRIs and values (no timestamps, no blank nodes), so a rebuild stays byte-identical.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from importlib import metadata

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, VOID, XSD
from rdflib.term import Node

from kg.rdf.namespace import DATA, ONTOLOGY_IRI, SCHEMA, VNR

LICENSE = URIRef("https://spdx.org/licenses/MIT")
TITLE = ("Đồ thị tri thức từ báo cáo chính quyền", "Knowledge graph of government reports")


def generator_version() -> str:
    """The installed version of vnreport-kg (``0+unknown`` when run from an uninstalled tree)."""
    try:
        return metadata.version("vnreport-kg")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def dataset_iri(reports: list[URIRef]) -> URIRef:
    """``vnrd:dataset/<id>``: the report id for one report, a hash of the sorted report IRIs for several."""
    if len(reports) == 1:
        return DATA[f"dataset/{str(reports[0]).rsplit('/', 1)[-1]}"]
    digest = hashlib.sha1("\n".join(sorted(map(str, reports))).encode("utf-8")).hexdigest()[:12]
    return DATA[f"dataset/{digest}"]


def describe(ds: Dataset) -> URIRef:
    """Add the description of ``ds`` (counted before it is added) as the named graph ``vnrd:dataset/…``."""
    reports = sorted({s for s in ds.subjects(RDF.type, VNR.Report) if isinstance(s, URIRef)})
    triples = sum(1 for _ in ds.quads((None, None, None, None)))
    per_class, entities = count_typed(set(ds.default_context.subject_objects(RDF.type)))
    node, graph = description(reports, triples, per_class, entities)
    g = ds.graph(node)
    for t in graph:
        g.add(t)
    return node


def count_typed(typed: set[tuple[Node, Node]]) -> tuple[Counter[URIRef], int]:
    """Instances per ontology class and the number of distinct instances, from (subject, class) pairs."""
    per_class = Counter(o for _, o in typed if isinstance(o, URIRef) and str(o).startswith(str(VNR._NS)))
    return per_class, len({s for s, o in typed if o in per_class})


def description(reports: list[URIRef], triples: int, per_class: Mapping[URIRef, int],
                entities: int) -> tuple[URIRef, Graph]:
    """The description's IRI and triples, from the reports, the number of triples (quads) described, the
    instances per ontology class and the number of entities (subjects of those classes) of the default graph;
    :func:`describe`, the large-report writer and the corpus builds share it."""
    version = generator_version()
    software = DATA[f"software/vnreport-kg/{version}"]
    node = dataset_iri(reports)
    g = Graph()
    g.add((node, RDF.type, VOID.Dataset))
    g.add((node, RDF.type, DCAT.Dataset))
    g.add((node, DCTERMS.title, Literal(TITLE[0], lang="vi")))
    g.add((node, DCTERMS.title, Literal(TITLE[1], lang="en")))
    g.add((node, DCTERMS.license, LICENSE))
    g.add((node, VOID.vocabulary, ONTOLOGY_IRI))
    g.add((node, VOID.uriSpace, Literal(str(DATA))))
    g.add((node, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((node, VOID.entities, Literal(entities, datatype=XSD.integer)))
    for report in reports:
        g.add((node, DCTERMS.source, report))
    for cls, n in sorted(per_class.items()):
        part = URIRef(f"{node}/class/{str(cls)[len(str(VNR._NS)):]}")
        g.add((node, VOID.classPartition, part))
        g.add((part, VOID["class"], cls))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    g.add((node, PROV.wasAttributedTo, software))
    g.add((software, RDF.type, PROV.SoftwareAgent))
    g.add((software, RDFS.label, Literal(f"vnreport-kg {version}")))
    g.add((software, SCHEMA.softwareVersion, Literal(version)))
    return node, g
