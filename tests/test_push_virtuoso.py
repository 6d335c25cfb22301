"""kg push / kg query --endpoint against a real Virtuoso (Debian's virtuoso-opensource), started privately.

The server runs on 127.0.0.1 with its own temporary database and is stopped at the end of the session.
Where ``virtuoso-t`` is missing these tests skip with the reason; ``.ci/run`` installs it so that CI runs them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import BNode, Literal
from rdflib.query import Result

from kg.cli import main
from kg.errors import KgError
from kg.rdf import graphio
from kg.rdf.namespace import DATA, SCHEMA, new_dataset
from kg.sparql import cq, query
from kg.sparql.endpoint import EndpointStore
from kg.sparql.push import chunks, push
from kg.sparql.store import MemoryStore, QueryResult

pytest_plugins = ["sparql_fixtures"]

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


@pytest.mark.virtuoso
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


@pytest.mark.virtuoso
def test_every_cq_answers_the_same_on_virtuoso(virtuoso, pushed, report_trig: Path) -> None:
    local, remote = MemoryStore.from_files([report_trig]), EndpointStore(virtuoso.sparql)
    for c in cq.all_cqs():
        a, b = query.run(local, c.text), query.run(remote, c.text)
        assert a.variables == b.variables, c.label
        assert _normalise(a) == _normalise(b), c.label
        assert a.rows, c.label


@pytest.mark.virtuoso
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


@pytest.mark.virtuoso
def test_query_an_endpoint_with_digest_auth(virtuoso, pushed, capsys) -> None:
    secured = virtuoso.base + "/sparql-auth"
    code = main(["query", "--cq", "5", "--endpoint", secured, "--user", "dba", "--password", "dba", "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0 and out.splitlines()[1].startswith("10,20,30,2")
    code = main(["query", "--cq", "5", "--endpoint", secured])
    err = capsys.readouterr().err
    assert code != 0 and "answered 401" in err and "--user" in err and err.count("\n") == 1


@pytest.mark.virtuoso
def test_endpoint_bindings_are_values(virtuoso, pushed) -> None:
    text = "SELECT ?o ?n WHERE { ?o a vnr:Official ; schema:name ?n }"
    r = query.run(EndpointStore(virtuoso.sparql), text, {"n": Literal("Trịnh Huy Triều", lang="vi")})
    assert [str(x) for x in r.column("n")] == ["Trịnh Huy Triều"]
    evil = Literal('x"@vi } UNION { ?o ?p ?n } #')
    assert query.run(EndpointStore(virtuoso.sparql), text, {"n": evil}).rows == []


@pytest.mark.virtuoso
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


@pytest.mark.virtuoso
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


@pytest.mark.virtuoso
def test_authentication_errors_are_one_line(virtuoso, tmp_path: Path, capsys) -> None:
    data = small_file(tmp_path, "c", ["Năm"])
    with pytest.raises(KgError, match="answered 401") as info:
        push([data], virtuoso.crud_auth, "https://w3id.org/vnreport-kg/graph/x", user="dba", password="wrong")
    assert "--password" in str(info.value)
    code = main(["push", str(data), "--endpoint", virtuoso.crud, "--graph", "https://w3id.org/vnreport-kg/graph/x"])
    err = capsys.readouterr().err
    assert code != 0 and "answered 403" in err and err.count("\n") == 1


@pytest.mark.virtuoso
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


@pytest.mark.virtuoso
def test_results_parse_as_w3c_json(virtuoso, pushed) -> None:
    url = virtuoso.sparql + "?" + urllib.parse.urlencode(
        {"query": "SELECT ?n WHERE { ?o a <https://w3id.org/vnreport-kg/ontology#Official> ; "
                  "<http://schema.org/name> ?n }"})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}),
                                timeout=30) as resp:
        parsed = Result.parse(resp, format="json")
    assert {str(r[0]) for r in parsed} == {"Lê Anh Xuân", "Trịnh Huy Triều"}


# --------------------------------------------------------------------------- authentication, without Virtuoso


class _AuthServer(ThreadingHTTPServer):
    """A stub Graph Store that demands Basic or Digest auth and records what it receives."""

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme
        self.received: list[tuple[str, str, bytes]] = []
        super().__init__(("127.0.0.1", 0), _AuthHandler)


class _AuthHandler(BaseHTTPRequestHandler):
    server: _AuthServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _challenge(self) -> None:
        self.send_response(401)
        if self.server.scheme == "basic":
            self.send_header("WWW-Authenticate", 'Basic realm="test"')
        else:
            self.send_header("WWW-Authenticate", 'Digest realm="SPARQL", nonce="abc123", opaque="xyz", '
                                                 'qop="auth", algorithm="MD5"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _valid(self) -> bool:
        value = self.headers.get("Authorization") or ""
        if self.server.scheme == "basic":
            return value == "Basic " + base64.b64encode(b"dba:s3cr\xc3\xa9t").decode()
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', value[len("Digest "):]))
        if not value.startswith("Digest ") or fields.get("uri") != self.path:
            return False

        def h(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1, ha2 = h("dba:SPARQL:s3cr\u00e9t"), h(f"{self.command}:{self.path}")
        expected = h(f"{ha1}:abc123:{fields['nc']}:{fields['cnonce']}:auth:{ha2}")
        return fields.get("response") == expected and fields.get("opaque") == "xyz"

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if not self._valid():
            self._challenge()
            return
        self.server.received.append((self.command, self.path, body))
        self.send_response(201 if self.command == "PUT" else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_HEAD = do_DELETE = _handle


@pytest.mark.parametrize("scheme", ["basic", "digest"])
def test_push_authenticates(scheme: str, tmp_path: Path) -> None:
    server = _AuthServer(scheme)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        data = small_file(tmp_path, "auth", ["Lê Anh Xuân", "Trịnh Huy Triều", "Một"])
        url = f"http://127.0.0.1:{server.server_address[1]}/gsp"
        report = push([data], url, "http://example.org/g", user="dba", password="s3cr\u00e9t", chunk_size=2)
        assert report.graphs == {"http://example.org/g": (3, 2)}
        methods = [m for m, _, _ in server.received if m != "HEAD"]
        assert methods == ["PUT", "POST"]
        sent = b"".join(b for _, _, b in server.received).decode("utf-8")
        assert "Trịnh Huy Triều" in sent and sent.count("\n") == 3
        assert all(p == "/gsp?graph=http%3A%2F%2Fexample.org%2Fg" for _, p, _ in server.received)
        with pytest.raises(KgError, match="answered 401"):
            push([data], url, "http://example.org/g", user="dba", password="wrong")
    finally:
        server.shutdown()
        server.server_close()


def test_chunks_respect_the_size_and_keep_blank_nodes_together() -> None:
    plain = [(DATA[f"s{i}"], SCHEMA.name, Literal(i)) for i in range(7)]
    a, b, c = BNode(), BNode(), BNode()
    linked = [(DATA.x, SCHEMA.location, a), (a, SCHEMA.address, b), (b, SCHEMA.name, Literal("Lê Lợi")),
              (c, SCHEMA.name, Literal("khác"))]
    batches = list(chunks(plain + linked, 3))
    assert sorted(t for batch in batches for t in batch) == sorted(plain + linked)  # nothing lost or doubled
    holder = [batch for batch in batches if any(a in t for t in batch)]
    assert len(holder) == 1 and set(linked[:3]) <= set(holder[0])
    assert all(len(batch) <= 3 for batch in batches)
    assert [len(batch) for batch in chunks(plain, 50_000)] == [7]


@pytest.mark.virtuoso
def test_push_with_update_replaces_a_graph_whole_on_virtuoso(virtuoso, tmp_path: Path) -> None:
    graph = "https://w3id.org/vnreport-kg/graph/test-whole"
    push([small_file(tmp_path, "a", ["Một", "Hai", "Ba"])], virtuoso.crud_auth, graph, user="dba", password="dba")
    many = small_file(tmp_path, "many", [f"Người {i}" for i in range(700)])
    update = virtuoso.base + "/sparql-auth"
    report = push([many], virtuoso.crud_auth, graph, user="dba", password="dba", chunk_size=300, update=update)
    assert report.graphs[graph][0] == 700
    assert graph_size(virtuoso.sparql, graph) == 700
    rows = select(virtuoso.sparql, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                   "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/vnreport-kg/push-staging/')) }")
    assert int(rows[0]["n"]) == 0  # no staging graph left
