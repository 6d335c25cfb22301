"""kg.sparql.store: rdflib in memory and Oxigraph on disk give the same answers over the report's graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from kg.errors import KgError
from kg.sparql import query
from kg.sparql.store import MemoryStore, OxigraphStore, open_store

pytest_plugins = ["sparql_fixtures"]

QUERIES = [
    # entities in the default graph
    "SELECT ?name WHERE { ?o a vnr:Official ; schema:name ?name } ORDER BY ?name",
    # facts with typed literals
    "SELECT ?c ?i WHERE { ?a a vnr:AwardConferral ; vnr:collectiveCount ?c ; vnr:individualCount ?i } ORDER BY ?c ?i",
    # the text layer in the report's named graph
    "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a nif:Sentence } }",
    # the union of graphs as default graph: sentences are visible without GRAPH
    "SELECT (COUNT(?s) AS ?n) WHERE { ?s a nif:Sentence }",
    "ASK { ?p org:heldBy ?o . ?o schema:name \"Lê Anh Xuân\"@vi }",
]


@pytest.fixture(scope="module")
def stores(report_trig: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[MemoryStore, OxigraphStore]:
    directory = tmp_path_factory.mktemp("ox") / "store"
    OxigraphStore(directory).load([report_trig])
    return MemoryStore.from_files([report_trig]), OxigraphStore(directory, read_only=True)


@pytest.mark.parametrize("text", QUERIES)
def test_same_answers_in_rdflib_and_oxigraph(stores: tuple[MemoryStore, OxigraphStore], text: str) -> None:
    mem, ox = stores
    a, b = query.run(mem, text), query.run(ox, text)
    assert a.form == b.form and a.variables == b.variables
    assert a.boolean == b.boolean
    assert a.rows == b.rows


def test_stores_hold_the_same_quads(stores: tuple[MemoryStore, OxigraphStore], report_dataset) -> None:
    mem, ox = stores
    total = sum(1 for _ in report_dataset.quads((None, None, None, None)))
    assert len(mem) == len(ox) == total > 0


def test_answers_are_the_report_facts(stores: tuple[MemoryStore, OxigraphStore], report_text: str) -> None:
    for store in stores:
        names = [str(n) for n in query.run(store, QUERIES[0]).column("name")]
        assert names == ["Lê Anh Xuân", "Trịnh Huy Triều"] and all(n in report_text for n in names)
        counts = query.run(store, QUERIES[1]).rows
        assert counts == [(Literal(5), Literal(10))] * 2 and "5 tập thể, 10 cá nhân" in report_text
        assert query.run(store, QUERIES[4]).boolean is True


def test_oxigraph_bindings_are_substitutions(stores: tuple[MemoryStore, OxigraphStore]) -> None:
    _, ox = stores
    text = "SELECT ?o ?n WHERE { ?o a vnr:Official ; schema:name ?n }"
    r = query.run(ox, text, {"n": Literal("Trịnh Huy Triều", lang="vi")})
    assert [str(n) for n in r.column("n")] == ["Trịnh Huy Triều"] and len(r.rows) == 1
    assert query.run(ox, text, {"n": Literal("Trịnh Huy Triều")}).rows == []  # a plain string is another term
    with pytest.raises(KgError, match="must be in the SELECT clause"):
        query.run(ox, "SELECT ?o WHERE { ?o schema:name ?n }", {"n": Literal("Trịnh Huy Triều", lang="vi")})


def test_graph_results_convert_from_oxigraph(stores: tuple[MemoryStore, OxigraphStore]) -> None:
    mem, ox = stores
    text = "CONSTRUCT { ?o schema:name ?n } WHERE { ?o a vnr:Official ; schema:name ?n }"
    a, b = query.run(mem, text).graph, query.run(ox, text).graph
    assert a is not None and b is not None and set(a) == set(b) and len(a) == 2


def test_load_is_idempotent_and_persistent(report_trig: Path, tmp_path: Path) -> None:
    directory = tmp_path / "s"
    store = OxigraphStore(directory)
    first = store.load([report_trig])
    assert first > 0 and store.load([report_trig]) == 0
    del store
    again = OxigraphStore(directory, read_only=True)
    assert len(again) == first


def test_store_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no Oxigraph store"):
        OxigraphStore(tmp_path / "absent", read_only=True)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(KgError, match="cannot load"):
        OxigraphStore(tmp_path / "x").load([bad])
    with pytest.raises(KgError, match="only one of"):
        open_store(["a.ttl"], str(tmp_path))
