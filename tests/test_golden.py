"""The reference report's graph against the committed golden graph (``tests/data/golden/``), up to blank-node
renaming (:func:`rdflib.compare.isomorphic`). A change that is meant to change the graph regenerates the file with
``scripts/update_golden.py``; any other change to the graph fails here with the triples that differ."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import default_dataset
from kg.rdf import graphio

GOLDEN = Path(__file__).parent / "data" / "golden" / "thanh-hoa-qpan-2020.trig"


def _diff(want: Graph, got: Graph, limit: int = 40) -> str:
    _, missing, extra = graph_diff(to_isomorphic(want), to_isomorphic(got))
    lines = [f"- {t}" for t in sorted(missing.triples((None, None, None)))[:limit]]
    lines += [f"+ {t}" for t in sorted(extra.triples((None, None, None)))[:limit]]
    head = f"{len(missing)} triples missing, {len(extra)} new (run scripts/update_golden.py if meant):\n"
    return head + "\n".join(lines)


@pytest.fixture(scope="module")
def built_and_golden():
    return default_dataset(), graphio.load([GOLDEN])


def test_golden_same_graphs(built_and_golden) -> None:
    built, golden = built_and_golden
    assert sorted(str(g.identifier) for g in built.graphs()) == sorted(str(g.identifier) for g in golden.graphs())


def test_golden_every_graph_is_isomorphic(built_and_golden) -> None:
    built, golden = built_and_golden
    for g in golden.graphs():
        want, got = golden.graph(g.identifier), built.graph(g.identifier)
        assert len(want) > 0 or len(got) == 0
        assert isomorphic(want, got), f"{g.identifier}: " + _diff(want, got)


def test_every_class_and_predicate_of_the_graph_is_declared_with_vi_and_en_labels(built_and_golden) -> None:
    from rdflib import RDF, RDFS, URIRef

    from kg.rdf.namespace import VNR
    from kg.resources import ontology_file

    ontology = Graph().parse(data=ontology_file("vnr.ttl").read_text("utf-8"), format="turtle")
    built, _ = built_and_golden
    used = {p for _, p, _, _ in built.quads()} | {o for _, p, o, _ in built.quads() if p == RDF.type}
    missing = []
    for term in sorted(used):
        assert isinstance(term, URIRef)
        if str(term).startswith(str(VNR._NS)):
            assert (term, RDF.type, None) in ontology, f"{term} is not declared in ontology/vnr.ttl"
        langs = {lit.language for lit in ontology.objects(term, RDFS.label)}
        if not {"vi", "en"} <= langs:
            missing.append(str(term))
    assert not missing, f"declare these in ontology/vnr.ttl with @vi and @en labels: {missing}"


@pytest.fixture(scope="module")
def reference_result():
    from kg.pipeline import bundled_report, process

    return process("thanh-hoa-qpan-2020", bundled_report().read_text("utf-8"))


def test_renaming_any_vnr_term_of_a_fact_fails_at_emit(reference_result) -> None:
    import copy

    from kg.rdf.emit import emit

    used = sorted({p for f in reference_result.facts for p, _ in f.props if p.startswith("vnr:")}
                  | {f"vnr:{f.cls}" for f in reference_result.facts if f.cls})
    assert len(used) >= 20
    for curie in used:
        facts = copy.deepcopy(reference_result.facts)
        for f in facts:
            f.props = [(p + "X" if p == curie else p, v) for p, v in f.props]
            f.cls = f.cls + "X" if f"vnr:{f.cls}" == curie else f.cls
        with pytest.raises((ValueError, AttributeError)):
            emit(reference_result.doc, reference_result.links, facts)


@pytest.mark.parametrize("table", ["bodies", "events"])
def test_every_class_the_lexicon_names_is_declared(table: str) -> None:
    from kg.rdf.namespace import term
    from kg.resources import lexicon_file

    rows = [ln.split("\t") for ln in lexicon_file(table).read_text("utf-8").splitlines()]
    header, body = rows[0], [r for r in rows[1:] if r and r[0].strip() and not r[0].startswith("#")]
    assert header[1] == "class" and len(body) >= 5
    for row in body:
        term(f"vnr:{row[1]}")  # raises for an undeclared or misspelt class


def test_an_entity_of_an_undeclared_class_fails_at_emit(reference_result) -> None:
    import copy

    from kg.rdf.emit import emit

    links = copy.deepcopy(reference_result.links)
    person = next(e for e in links.entities.values() if e.cls == "Official")
    person.cls = "Offical"
    with pytest.raises(ValueError, match="Offical"):
        emit(reference_result.doc, links, reference_result.facts)
