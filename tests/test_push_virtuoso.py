"""kg push / kg query --endpoint against a real Virtuoso (Debian's virtuoso-opensource), started privately.

The server runs on 127.0.0.1 with its own temporary database and is stopped at the end of the session.
Where ``virtuoso-t`` is missing these tests skip with the reason; ``.ci/run`` installs it so that CI runs them.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import BNode, Literal
from rdflib.query import Result

from kg import cq, graphio, query
from kg.cli import main
from kg.errors import KgError
from kg.namespace import DATA, SCHEMA, new_dataset
from kg.push import chunks, push
from kg.store import EndpointStore, MemoryStore, QueryResult

pytest_plugins = ["sparql_fixtures"]
pytestmark = pytest.mark.virtuoso

REPORT_GRAPH = "https://w3id.org/vnreport-kg/graph/test-report"


def select(endpoint: str, text: str) -> list[dict[str, str]]:
    """Plain SPARQL JSON over GET (no kg code involved), values as strings."""
    url = endpoint + "?" + urllib.parse.urlencode({"query": text})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        doc = json.loads(resp.read())
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def graph_size(endpoint: str, graph: str) -> int:
    rows = select(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"])


def small_file(tmp_path: Path, name: str, people: list[str]) -> Path:
    ds = new_dataset()
    g = ds.graph(ds.default_graph.identifier)
    for person in people:
        g.add((DATA[f"test/{name}/{len(g)}"], SCHEMA.name, Literal(person, lang="vi")))
    return graphio.write(ds, tmp_path / f"{name}.ttl")


@pytest.fixture(scope="module")
def pushed(virtuoso, report_trig: Path) -> dict[str, object]:
    """The report pushed with Digest auth in small chunks (so that chunking is exercised)."""
    report = push([report_trig], virtuoso.crud_auth, REPORT_GRAPH, user="dba", password="dba", chunk_size=300)
    return {"report": report}


def _normalise(result: QueryResult) -> list[tuple]:
    """Rows sorted, literals as (text, datatype): Virtuoso and rdflib differ in GROUP_CONCAT order and in the
    language of aggregated strings, Virtuoso types some numbers differently."""
    out = []
    for row in result.rows:
        cells: list[object] = []
        for t in row:
            if isinstance(t, Literal):
                text = " | ".join(sorted(str(t).split(" | "))) if " | " in str(t) else str(t)
                cells.append(text)
            else:
                cells.append(t)
        out.append(tuple(cells))
    return sorted(out, key=repr)


def test_push_sends_every_triple_in_chunks(virtuoso, pushed, report_dataset, report_trig: Path) -> None:
    report = pushed["report"]
    local = graphio.load([report_trig])
    named = {str(c) for c in {q[3] for q in local.quads((None, None, None, None))}} - {"urn:x-rdflib:default"}
    assert set(report.graphs) == {REPORT_GRAPH} | named
    default_count = sum(1 for _ in local.quads((None, None, None, local.default_graph.identifier)))
    assert report.graphs[REPORT_GRAPH][0] == default_count
    assert report.graphs[REPORT_GRAPH][1] == -(-default_count // 300)  # ceil: the chunks were all sent
    for name, (n, _) in report.graphs.items():
        assert graph_size(virtuoso.sparql, name) == n > 0


def test_every_cq_answers_the_same_on_virtuoso(virtuoso, pushed, report_trig: Path) -> None:
    local, remote = MemoryStore.from_files([report_trig]), EndpointStore(virtuoso.sparql)
    for c in cq.all_cqs():
        a, b = query.run(local, c.text), query.run(remote, c.text)
        assert a.variables == b.variables, c.label
        assert _normalise(a) == _normalise(b), c.label
        assert a.rows, c.label


def test_kg_query_endpoint_cli(virtuoso, pushed, capsys, report_text: str) -> None:
    code = main(["query", "--cq", "4", "--endpoint", virtuoso.sparql, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    rows = json.loads(out)["results"]["bindings"]
    assert sorted((r["giver"]["value"], r["collectives"]["value"], r["individuals"]["value"]) for r in rows) == [
        ("Lê Anh Xuân", "5", "10"), ("Trịnh Huy Triều", "5", "10")]
    assert "5 tập thể, 10 cá nhân" in report_text
    ask = query.run(EndpointStore(virtuoso.sparql), 'ASK { ?o a vnr:Official ; schema:name "Lê Anh Xuân"@vi }')
    assert ask.boolean is True
    graph = query.run(EndpointStore(virtuoso.sparql), "CONSTRUCT WHERE { ?o a vnr:Official ; schema:name ?n }").graph
    assert graph is not None and {str(n) for n in graph.objects(None, SCHEMA.name)} == {"Lê Anh Xuân",
                                                                                         "Trịnh Huy Triều"}


def test_endpoint_bindings_are_values(virtuoso, pushed) -> None:
    text = "SELECT ?o ?n WHERE { ?o a vnr:Official ; schema:name ?n }"
    r = query.run(EndpointStore(virtuoso.sparql), text, {"n": Literal("Trịnh Huy Triều", lang="vi")})
    assert [str(x) for x in r.column("n")] == ["Trịnh Huy Triều"]
    evil = Literal('x"@vi } UNION { ?o ?p ?n } #')
    assert query.run(EndpointStore(virtuoso.sparql), text, {"n": evil}).rows == []


def test_replace_and_merge(virtuoso, tmp_path: Path) -> None:
    graph = "https://w3id.org/vnreport-kg/graph/test-modes"
    first = small_file(tmp_path, "a", ["Một", "Hai", "Ba"])
    second = small_file(tmp_path, "b", ["Bốn"])
    push([first], virtuoso.crud_auth, graph, user="dba", password="dba")
    assert graph_size(virtuoso.sparql, graph) == 3
    push([second], virtuoso.crud_auth, graph, replace=False, user="dba", password="dba")
    assert graph_size(virtuoso.sparql, graph) == 4
    push([second], virtuoso.crud_auth, graph, user="dba", password="dba")
    names = {r["n"] for r in select(virtuoso.sparql, f"SELECT ?n {{ GRAPH <{graph}> {{ ?s ?p ?n }} }}")}
    assert names == {"Bốn"}


def test_blank_nodes_stay_one_node_across_chunks(virtuoso, tmp_path: Path) -> None:
    graph = "https://w3id.org/vnreport-kg/graph/test-bnodes"
    ds = new_dataset()
    g = ds.graph(ds.default_graph.identifier)
    for i in range(6):
        g.add((DATA[f"test/b/{i}"], SCHEMA.name, Literal(f"n{i}")))
    place, street = BNode(), BNode()
    g.add((DATA["test/b/0"], SCHEMA.location, place))
    g.add((place, SCHEMA.name, Literal("Thanh Hóa")))
    g.add((place, SCHEMA.address, street))
    g.add((street, SCHEMA.name, Literal("Lê Lợi")))
    batches = list(chunks(list(g), 2))
    holder = next(b for b in batches if any(t[2] == place for t in b))
    assert {t for t in g if place in (t[0], t[2]) or street in (t[0], t[2])} <= set(holder)
    push([graphio.write(ds, tmp_path / "b.ttl")], virtuoso.crud_auth, graph, user="dba", password="dba",
         chunk_size=2)
    rows = select(virtuoso.sparql, f"SELECT ?city ?road {{ GRAPH <{graph}> {{ <{DATA['test/b/0']}> "
                                   "<http://schema.org/location> ?p . ?p <http://schema.org/name> ?city ; "
                                   "<http://schema.org/address> ?s . ?s <http://schema.org/name> ?road } }")
    assert rows == [{"city": "Thanh Hóa", "road": "Lê Lợi"}]


def test_authentication_errors_are_one_line(virtuoso, tmp_path: Path, capsys) -> None:
    data = small_file(tmp_path, "c", ["Năm"])
    with pytest.raises(KgError, match="answered 401") as info:
        push([data], virtuoso.crud_auth, "https://w3id.org/vnreport-kg/graph/x", user="dba", password="wrong")
    assert "--password" in str(info.value)
    code = main(["push", str(data), "--endpoint", virtuoso.crud, "--graph", "https://w3id.org/vnreport-kg/graph/x"])
    err = capsys.readouterr().err
    assert code != 0 and "answered 403" in err and err.count("\n") == 1


def test_anonymous_push_after_grant(virtuoso, tmp_path: Path, capsys) -> None:
    virtuoso.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
    graph = "https://w3id.org/vnreport-kg/graph/test-anonymous"
    try:
        code = main(["push", str(small_file(tmp_path, "d", ["Sáu", "Bảy"])), "--endpoint", virtuoso.crud,
                     "--graph", graph])
        out = capsys.readouterr().out
        assert code == 0 and "pushed 2 triples" in out
        assert graph_size(virtuoso.sparql, graph) == 2
    finally:
        virtuoso.isql('REVOKE SPARQL_UPDATE FROM "SPARQL";')


def test_results_parse_as_w3c_json(virtuoso, pushed) -> None:
    url = virtuoso.sparql + "?" + urllib.parse.urlencode(
        {"query": "SELECT ?n WHERE { ?o a <https://w3id.org/vnreport-kg/ontology#Official> ; "
                  "<http://schema.org/name> ?n }"})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}),
                                timeout=30) as resp:
        parsed = Result.parse(resp, format="json")
    assert {str(r[0]) for r in parsed} == {"Lê Anh Xuân", "Trịnh Huy Triều"}
