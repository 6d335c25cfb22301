"""The VoID / DCAT description every build carries: its counts are the dataset's own."""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS, VOID

from kg.pipeline import build_files, bundled_report
from kg.rdf.describe import LICENSE, dataset_iri, generator_version
from kg.rdf.namespace import VNR


@pytest.fixture(scope="module")
def built():
    return build_files([bundled_report()])[0]


def test_description_counts_the_data(built) -> None:
    from rdflib.namespace import DCAT  # imported here: pytest's collection trips over open rdflib namespaces

    report = URIRef("https://w3id.org/vnreport-kg/id/report/thanh-hoa-qpan-2020")
    node = dataset_iri([report])
    desc = built.graph(node)
    assert (node, RDF.type, VOID.Dataset) in desc and (node, RDF.type, DCAT.Dataset) in desc
    data_quads = sum(1 for *_, g in built.quads((None, None, None, None)) if g != node)
    assert desc.value(node, VOID.triples) == Literal(data_quads)
    assert set(desc.objects(node, DCTERMS.source)) == {report}
    assert desc.value(node, DCTERMS.license) == LICENSE
    typed = set(built.default_context.subject_objects(RDF.type))
    want = Counter(o for _, o in typed if str(o).startswith(str(VNR._NS)))
    parts = desc.objects(node, VOID.classPartition)
    got = {desc.value(p, VOID["class"]): int(desc.value(p, VOID.entities)) for p in parts}
    assert got == dict(want) and got[VNR.Official] == 2 and got[VNR.AwardConferral] == 2
    assert any(generator_version() in str(o) for o in desc.objects())


def test_description_has_no_blank_nodes_and_no_clock(built) -> None:
    again = build_files([bundled_report()])[0]
    node = dataset_iri([URIRef("https://w3id.org/vnreport-kg/id/report/thanh-hoa-qpan-2020")])
    a, b = set(built.graph(node)), set(again.graph(node))
    assert a == b and not any(t.__class__.__name__ == "BNode" for triple in a for t in triple)


def test_the_viewer_does_not_show_the_description(built) -> None:
    from kg.pipeline import bundled_report, process, to_rdf
    from kg.view.project import project

    bare = to_rdf(process("thanh-hoa-qpan-2020", bundled_report().read_text("utf-8")))  # no description
    with_description, without = project(built), project(bare)
    assert sorted(with_description.nodes) == sorted(without.nodes)
    assert with_description.number_of_edges() == without.number_of_edges()
