"""Oxigraph's SELECT and ASK answers written from its own terms: the same documents as rdflib's writers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.query import Result

from kg.errors import KgError
from kg.sparql import oxresults, query, results
from kg.sparql.oxresults import Solutions
from kg.sparql.store import OxigraphStore

# Made-up data with every kind of term and the characters each format must escape.
DATA = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:a ex:name "Tên một, \\"cơ quan\\"\\tthứ\\nhai & <ba>"@vi ; ex:count 7 ; ex:when "2019-03-04"^^xsd:date ;
     ex:note "plain, text" ; ex:other [ ex:name "blank" ] ; ex:link <http://example.org/x?a=1&b=2> .
ex:b ex:name "B"@en ; ex:ratio 0.25 ; ex:flag true .
ex:c ex:name "it's" .
"""
QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",
    "SELECT ?s ?n ?c WHERE { ?s <http://example.org/name> ?n OPTIONAL { ?s <http://example.org/count> ?c } }"
    " ORDER BY ?n",
    "SELECT * WHERE { ?s <http://example.org/ratio> ?r }",
    "SELECT ?x WHERE { ?s <http://example.org/nothing> ?x }",
    "ASK { ?s <http://example.org/flag> true }",
    "ASK { ?s <http://example.org/flag> false }",
]


@pytest.fixture(scope="module")
def ox(tmp_path_factory) -> OxigraphStore:
    path = tmp_path_factory.mktemp("oxresults") / "data.ttl"
    path.write_text(DATA, encoding="utf-8")
    store = OxigraphStore()
    store.load([path])
    return store


def _both(ox: OxigraphStore, text: str, limit: int | None = None) -> tuple[query.QueryResult, Solutions]:
    prepared = query.prepare_for_oxigraph(text)
    return query.execute(ox, prepared, limit=limit), query.execute_native(ox, prepared, limit=limit)


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_the_same_bytes_as_the_rdflib_writers(ox: OxigraphStore, text: str, fmt: str) -> None:
    old, new = _both(ox, text)
    written = oxresults.render(new, fmt)
    assert written == results.render(old, fmt)


def test_each_format_parses_back_to_the_answer(ox: OxigraphStore) -> None:
    old, new = _both(ox, QUERIES[1])
    for fmt in ("json", "xml", "csv"):
        parsed = Result.parse(io.StringIO(oxresults.render(new, fmt)), format=fmt)
        assert len(parsed.bindings) == len(old.rows) == 4
    doc = json.loads(oxresults.render(new, "json"))
    assert doc["head"]["vars"] == ["s", "n", "c"]
    first = doc["results"]["bindings"][0]
    assert first["n"]["xml:lang"] == "en" and "datatype" not in first["n"] and "c" not in first
    rows = list(csv.reader(io.StringIO(oxresults.render(new, "csv"), newline="")))
    assert rows[2][1] == 'Tên một, "cơ quan"\tthứ\nhai & <ba>' and rows[2][2] == "7"
    root = ET.fromstring(oxresults.render(new, "xml").encode("utf-8"))
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 4
    tsv = oxresults.render(new, "tsv").split("\n")
    assert tsv[0] == "?s\t?n\t?c" and '"Tên một, \\"cơ quan\\"\\tthứ\\nhai & <ba>"@vi' in tsv[2]


def test_the_row_cap_and_select_star_columns(ox: OxigraphStore) -> None:
    _, capped = _both(ox, QUERIES[0], limit=3)
    assert len(capped.rows) == 3 and capped.truncated
    _, whole = _both(ox, QUERIES[0], limit=100)
    assert not whole.truncated and len(whole.rows) > 3
    _, star = _both(ox, "SELECT * WHERE { ?zeta <http://example.org/ratio> ?alpha }")
    assert star.variables == ["zeta", "alpha"]  # the order of the query text, as for rdflib terms


def test_ask_and_a_graph_format_asked_of_rows(ox: OxigraphStore) -> None:
    _, yes = _both(ox, QUERIES[4])
    assert yes.form == "ASK" and yes.boolean is True
    assert oxresults.render(yes, "csv") == "true\r\n" and oxresults.render(yes, "tsv") == "true\n"
    assert json.loads(oxresults.render(yes, "json")) == {"head": {}, "boolean": True}
    with pytest.raises(KgError, match="E211"):
        oxresults.render(yes, "turtle")


GRAPHS = [
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CONSTRUCT { ?s <http://example.org/label> ?n } WHERE { ?s <http://example.org/name> ?n }",
    "DESCRIBE <http://example.org/a>",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s <http://example.org/nothing> ?o }",
]


@pytest.mark.parametrize("text", GRAPHS)
def test_graphs_the_same_bytes_as_through_rdflib(ox: OxigraphStore, text: str) -> None:
    from kg.sparql import protocol

    prepared = query.prepare_for_oxigraph(text)
    old, new = query.execute(ox, prepared, limit=100), query.execute_native(ox, prepared, limit=100)
    assert isinstance(new, oxresults.Triples) and not new.truncated
    for fmt in ("turtle", "jsonld", "xml"):  # small graphs: through rdflib, as before
        assert protocol._render(new, fmt) == protocol._render(old, fmt), fmt
    # N-Triples from pyoxigraph: the same triples, lines sorted; control characters escaped (canonical
    # N-Triples: a tab as \t, where rdflib's writer leaves it raw)
    written, through_rdflib = protocol._render(new, "nt"), protocol._render(old, "nt")
    lines = [line for line in written.splitlines() if line]  # an empty graph: one empty line, as before
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    assert written == through_rdflib.replace("\t", "\\t")
    assert isomorphic(Graph().parse(data=written, format="nt"), Graph().parse(data=through_rdflib, format="nt"))


def test_a_graph_past_the_cap_keeps_the_first_distinct_triples(ox: OxigraphStore, monkeypatch) -> None:
    from kg.sparql import protocol

    text = "CONSTRUCT { ?s ?p ?o . ?s ?p ?o } WHERE { ?s ?p ?o }"  # every triple twice: kept once
    prepared = query.prepare_for_oxigraph(text)
    whole = query.execute_native(ox, prepared, limit=None)
    capped = query.execute_native(ox, prepared, limit=4)
    assert isinstance(whole, oxresults.Triples) and isinstance(capped, oxresults.Triples)
    assert len(set(whole.triples)) == len(whole.triples) > 4 and not whole.truncated
    assert capped.triples == whole.triples[:4] and capped.truncated
    assert protocol._render(capped, "nt").count("\n") == 4
    monkeypatch.setattr(protocol, "PRETTY_TURTLE_MAX", 3)  # a big graph asked as Turtle: N-Triples lines
    assert protocol._render(capped, "turtle") == protocol._render(capped, "nt")
