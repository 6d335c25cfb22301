"""kg serve: the SPARQL 1.1 Protocol against real clients (SPARQLWrapper, rdflib's SPARQLStore)."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.errors import KgError
from kg.rdf.namespace import SCHEMA, VNR
from kg.sparql import cq, query
from kg.sparql.serve import ServeConfig, make_server, negotiate, start_in_thread
from kg.sparql.store import MemoryStore, OxigraphStore

pytest_plugins = ["sparql_fixtures"]

OFFICIALS = "SELECT ?name WHERE { ?o a vnr:Official ; schema:name ?name } ORDER BY ?name"


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request; returns status, headers and body (error statuses included)."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get(url: str, text: str, accept: str | None = None) -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept": accept} if accept else {}
    return http(url + "?" + urllib.parse.urlencode({"query": text}), headers=headers)


def count_triples(url: str) -> int:
    status, _, body = get(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "application/sparql-results+json")
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def expected_names(report_dataset) -> list[str]:
    return [str(n) for n in query.run(MemoryStore(report_dataset), OFFICIALS).column("name")]


# --------------------------------------------------------------------------- SPARQLWrapper


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_select_json(live_endpoint: str, expected_names: list[str], report_text: str,
                                   method: str) -> None:
    client = SPARQLWrapper(live_endpoint)
    client.setMethod(method)
    client.setQuery(OFFICIALS)
    client.setReturnFormat(JSON)
    result = client.query()
    assert result.info()["content-type"].startswith("application/sparql-results+json")
    names = [b["name"]["value"] for b in result.convert()["results"]["bindings"]]
    assert names == expected_names == ["Lê Anh Xuân", "Trịnh Huy Triều"]
    assert all(n in report_text for n in names)


@pytest.mark.parametrize(
    ("fmt", "ctype"),
    [(XML, "application/sparql-results+xml"), (CSV, "text/csv"), (TSV, "text/tab-separated-values")],
)
def test_sparqlwrapper_other_result_formats(live_endpoint: str, expected_names: list[str], fmt: str,
                                            ctype: str) -> None:
    client = SPARQLWrapper(live_endpoint)
    client.setQuery(OFFICIALS)
    client.setReturnFormat(fmt)
    result = client.query()
    assert result.info()["content-type"].startswith(ctype)
    body = result.convert()
    text = body.toxml() if fmt == XML else body.decode("utf-8")
    assert all(name in text for name in expected_names)


def test_sparqlwrapper_ask_and_construct(live_endpoint: str) -> None:
    client = SPARQLWrapper(live_endpoint)
    client.setQuery('ASK { ?o a vnr:Official ; schema:name "Trịnh Huy Triều"@vi }')
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    construct = "CONSTRUCT { ?o schema:name ?n } WHERE { ?o a vnr:Official ; schema:name ?n }"
    for fmt, ctype in ((TURTLE, "text/turtle"), (JSONLD, "application/ld+json")):
        client = SPARQLWrapper(live_endpoint)
        client.setQuery(construct)
        client.setReturnFormat(fmt)
        result = client.query()
        assert result.info()["content-type"].startswith(ctype)
        graph = result.convert()
        if not isinstance(graph, Graph):
            graph = Graph().parse(data=graph, format="turtle" if fmt == TURTLE else "json-ld")
        assert {str(n) for n in graph.objects(None, SCHEMA.name)} == {"Lê Anh Xuân", "Trịnh Huy Triều"}


def test_sparqlwrapper_sees_a_malformed_query(live_endpoint: str) -> None:
    client = SPARQLWrapper(live_endpoint)
    client.setQuery("SELECT ?x WHERE { ?x schema:name }")
    with pytest.raises(QueryBadFormed, match="line 1, column"):
        client.query()


def test_competency_questions_over_http_match_local(live_endpoint: str, report_dataset) -> None:
    local = MemoryStore(report_dataset)
    for number in (1, 4, 5):
        text = cq.find(number).text
        client = SPARQLWrapper(live_endpoint)
        client.setQuery(text)
        client.setReturnFormat(JSON)
        remote = client.query().convert()
        rows = [{k: concat_cell(v["value"]) for k, v in b.items()} for b in remote["results"]["bindings"]]
        expected = [{k: concat_cell(str(v)) for k, v in r.items()} for r in query.run(local, text).records()]
        assert rows == expected and rows


def concat_cell(value: str) -> str:
    """A GROUP_CONCAT cell with its parts sorted: SPARQL leaves their order open (the workers load the data
    again, in their own order)."""
    return " | ".join(sorted(value.split(" | ")))


# --------------------------------------------------------------------------- rdflib SPARQLStore


def test_rdflib_sparqlstore(live_endpoint: str, report_dataset) -> None:
    graph = Graph(store=SPARQLStore(live_endpoint, returnFormat="json"))
    officials = set(graph.subjects(RDF.type, VNR.Official))
    assert officials == set(report_dataset.subjects(RDF.type, VNR.Official)) and len(officials) == 2
    rows = graph.query(cq.find(4).text)
    got = sorted((str(r.giver), int(r.collectives), int(r.individuals)) for r in rows)
    assert got == [("Lê Anh Xuân", 5, 10), ("Trịnh Huy Triều", 5, 10)]
    xml_graph = Graph(store=SPARQLStore(live_endpoint))  # rdflib's default: GET, SPARQL results XML
    assert set(xml_graph.subjects(RDF.type, VNR.Official)) == officials
    ask = xml_graph.query("ASK { ?a vnr:collectiveCount 5 }")
    assert ask.askAnswer is True


# --------------------------------------------------------------------------- refusals and limits


def test_updates_are_refused_and_data_unchanged(live_endpoint: str) -> None:
    before = count_triples(live_endpoint)
    insert = "INSERT DATA { <http://example.org/x> <http://example.org/p> 1 }"
    attempts = [
        (insert.encode(), {"Content-Type": "application/sparql-update"}),
        (urllib.parse.urlencode({"update": insert}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (urllib.parse.urlencode({"query": insert}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (b"DROP ALL", {"Content-Type": "application/sparql-update"}),
    ]
    for body, headers in attempts:
        status, _, text = http(live_endpoint, body, headers)
        assert status == 403 and b"read-only" in text
    status, _, _ = http(live_endpoint, b"x", {"Content-Type": "text/turtle"}, method="PUT")
    assert status == 405
    assert count_triples(live_endpoint) == before > 0


def test_malformed_query_gets_400_with_the_reason(live_endpoint: str) -> None:
    status, headers, body = get(live_endpoint, "SELECT ?x WHERE {\n  ?x schema:name \n}")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert re.search(rb"line 2, column \d+", body) and body.count(b"\n") == 1
    status, _, body = get(live_endpoint, "SELECT * { ?s nope:p ?o }")
    assert status == 400 and b"nope" in body
    status, _, _ = http(live_endpoint)  # no query at all
    assert status == 400


SERVICE_POSITIONS = [
    "SELECT * WHERE {{ SERVICE <{u}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{u}> {{ ?s ?p ?o }} }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }}",
    "ASK {{ FILTER NOT EXISTS {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER(EXISTS {{ SERVICE <{u}> {{ ?s ?p ?o }} }}) }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER(!EXISTS {{ SERVICE SILENT <{u}> {{ ?s ?p ?o }} }}) }}",
    "SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ GRAPH ?g {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }}",
    "SELECT (EXISTS {{ SERVICE <{u}> {{ ?s ?p ?o }} }} AS ?x) WHERE {{ }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{u}> {{ ?s ?p ?o }} }}",
    "ASK {{ \\u0053ERVICE <{u}> {{ ?s ?p ?o }} }}",  # a code-point escape is expanded before parsing
    "ASK {{ service <{u}> {{ ?s ?p ?o }} }}",
]


@pytest.fixture(scope="module")
def listener() -> Any:
    """A socket on 127.0.0.1 that records every connection made to it."""
    calls: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            conn.settimeout(1)
            try:
                calls.append(conn.recv(100))
            except OSError:
                calls.append(b"")
            conn.close()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", calls
    stop.set()
    watcher.join(5)
    sock.close()


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_service_is_refused_anywhere_and_nothing_is_called(backend: str, listener: Any, report_dataset) -> None:
    target, calls = listener
    if backend == "rdflib":
        ds_store: Any = MemoryStore(report_dataset)
    else:
        ds_store = OxigraphStore()
        ds_store.load_dataset(report_dataset)
    server = make_server(ds_store, "127.0.0.1", 0, ServeConfig(quiet=True))
    start_in_thread(server)
    try:
        for form in SERVICE_POSITIONS:
            text = form.format(u=target)
            status, _, body = get(server.url, text)
            assert status == 403 and b"SERVICE" in body, (text, status, body)
            status, _, _ = http(server.url, text.encode("utf-8"), {"Content-Type": "application/sparql-query"})
            assert status == 403, text
        # The word itself in a string, an IRI, a comment or a variable is no SERVICE call.
        harmless = 'SELECT ?service WHERE { ?service ?p "SERVICE" . ?service ?p <http://x/SERVICE> } # SERVICE'
        assert get(server.url, harmless)[0] == 200
        status, _, _ = get(server.url, f"SELECT * FROM <{target}> WHERE {{ ?s ?p ?o }}")
        assert status == 200  # FROM names a graph of the dataset; it is never fetched
    finally:
        server.shutdown()
        server.server_close()
    time.sleep(0.3)
    assert calls == []


def test_service_is_refused_by_the_engine_too(report_dataset) -> None:
    """Even a query that got past the checks cannot make rdflib call out."""
    prepared = query.prepare("SELECT * WHERE { ?s ?p ?o }")
    service = query.prepare("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
    unchecked = type(prepared)(text=service.text, form="SELECT", algebra=service.algebra, uses_service=False)
    with pytest.raises(KgError, match="SERVICE"):
        MemoryStore(report_dataset).execute(unchecked)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE " + "{" * 50 + " ?s ?p ?o " + "}" * 50,
        "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 50 + "1" + ")" * 50 + ") }",
        "SELECT * WHERE {" + " OPTIONAL { ?s ?p ?o" * 50 + " }" * 51,
    ],
    ids=["braces", "parentheses", "optionals"],
)
def test_deep_nesting_is_a_clear_400(text: str, live_endpoint: str) -> None:
    status, _, body = get(live_endpoint, text)
    assert status == 400 and b"nests" in body
    with pytest.raises(KgError, match="nests") as info:
        query.prepare(text)
    assert info.value.code == "E207"


def test_result_size_cap(live_endpoint: str) -> None:
    status, headers, body = get(live_endpoint, "SELECT * { ?s ?p ?o }", "text/csv")
    assert status == 200 and headers.get("Kg-Truncated") == "max-rows=50"
    assert len(body.decode("utf-8").strip().split("\r\n")) == 1 + 50
    status, headers, _ = get(live_endpoint, OFFICIALS, "text/csv")
    assert status == 200 and "Kg-Truncated" not in headers


def test_timeout_interrupts_a_long_query(report_dataset) -> None:
    server = make_server(MemoryStore(report_dataset), "127.0.0.1", 0, ServeConfig(timeout=0.5, quiet=True))
    start_in_thread(server)
    try:
        started = time.monotonic()
        heavy = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, _, body = get(server.url, heavy)
        assert status == 503 and b"timed out after 0.5 s" in body
        assert time.monotonic() - started < 5
        assert get(server.url, OFFICIALS)[0] == 200  # the server still answers
    finally:
        server.shutdown()
        server.server_close()


# --------------------------------------------------------------------------- content negotiation


@pytest.mark.parametrize(
    ("accept", "ctype"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("application/json", "application/json"),
    ],
)
def test_select_content_types(live_endpoint: str, accept: str | None, ctype: str) -> None:
    status, headers, _ = get(live_endpoint, OFFICIALS, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == ctype


@pytest.mark.parametrize(
    ("accept", "ctype", "fmt"),
    [
        (None, "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_graph_content_types(live_endpoint: str, accept: str | None, ctype: str, fmt: str) -> None:
    text = "CONSTRUCT WHERE { ?o a vnr:Official ; schema:name ?n }"
    status, headers, body = get(live_endpoint, text, accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == ctype
    graph = Graph().parse(data=body.decode("utf-8"), format=fmt)
    assert (None, SCHEMA.name, Literal("Lê Anh Xuân", lang="vi")) in graph
    status, headers, body = get(live_endpoint, "DESCRIBE ?o WHERE { ?o schema:name \"Lê Anh Xuân\"@vi }", accept)
    assert status == 200 and len(Graph().parse(data=body.decode("utf-8"), format=fmt)) > 1


def test_post_sparql_query_body_and_406(live_endpoint: str) -> None:
    status, headers, body = http(live_endpoint, OFFICIALS.encode("utf-8"),
                                 {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.decode("utf-8").splitlines()[1] == "Lê Anh Xuân"
    assert get(live_endpoint, OFFICIALS, "image/png")[0] == 406
    assert http(live_endpoint, b"query=x", {"Content-Type": "text/plain"})[0] == 415


def test_negotiate() -> None:
    offers = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate("text/csv, */*;q=0.1", offers) == "text/csv"
    assert negotiate("text/csv;q=0, */*", offers) == "application/sparql-results+json"
    assert negotiate("image/png", offers) is None


# --------------------------------------------------------------------------- the page and the command


def test_query_page_is_offline_and_lists_the_cqs(live_endpoint: str) -> None:
    root = live_endpoint.rsplit("/", 1)[0]
    status, headers, page = http(root + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = page.decode("utf-8")
    assert "<textarea" in html and "cq.json" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # no CDN, nothing remote
    status, _, body = http(root + "/cq.json")
    items = json.loads(body)
    assert [i["number"] for i in items] == [c.number for c in cq.all_cqs()] and len(items) == 12
    assert items[3]["question"].startswith("Which awards") and "vnr:AwardConferral" in items[3]["query"]


def test_kg_serve_command(report_trig: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
         "serve", "--data", str(report_trig), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        line = io.TextIOWrapper(proc.stdout, encoding="utf-8").readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)
        assert match, line
        status, _, body = get(match[1], OFFICIALS, "text/csv")
        assert status == 200 and "Trịnh Huy Triều" in body.decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_an_oxigraph_store(report_trig: Path, tmp_path: Path) -> None:
    from kg.sparql.store import OxigraphStore

    OxigraphStore(tmp_path / "ox").load([report_trig])
    server = make_server(OxigraphStore(tmp_path / "ox", read_only=True), "127.0.0.1", 0, ServeConfig(quiet=True))
    start_in_thread(server)
    try:
        client = SPARQLWrapper(server.url)
        client.setQuery(cq.find(5).text)
        client.setReturnFormat(JSON)
        (row,) = client.query().convert()["results"]["bindings"]
        assert (row["collectives"]["value"], row["individuals"]["value"], row["total"]["value"]) == ("10", "20", "30")
        assert get(server.url, "INSERT DATA { <a:x> <a:y> <a:z> }")[0] == 403
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_query_page_in_a_browser(live_endpoint: str) -> None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} is absent (apt-get install chromium); browser test skipped")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    root = live_endpoint.rsplit("/", 1)[0] + "/"
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()

            def only_local(route) -> None:  # noqa: ANN001 - playwright's Route
                if route.request.url.startswith(root):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", only_local)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(root)
            page.wait_for_selector("#examples button")
            assert page.locator("#examples button").count() == len(cq.all_cqs())
            page.locator("#examples button", has_text="CQ4").click()
            page.wait_for_selector("#results tbody tr")
            rows = [r.inner_text() for r in page.locator("#results tbody tr").all()]
            assert len(rows) == 2 and any("Lê Anh Xuân" in r and "\t5\t10\t" in r for r in rows)
            page.fill("#query", "SELECT ?x WHERE { BIND(\"<img src=x onerror='window.__pwned=1'>\" AS ?x) }")
            page.click("#run")
            page.wait_for_selector("#results th:text-is('x')")  # the page's CSP forbids eval: no wait_for_function
            assert page.locator("#results td").first.inner_text().startswith("<img")
            assert page.evaluate("window.__pwned") is None
            page.fill("#query", "SELECT ?x WHERE { ?x }")
            page.click("#run")
            page.wait_for_selector("#status.bad")
            assert "400" in page.locator("#status").inner_text()
        finally:
            browser.close()
    assert outside == [] and errors == []


def test_oversized_request_is_refused(report_dataset) -> None:
    server = make_server(MemoryStore(report_dataset), "127.0.0.1", 0, ServeConfig(max_body=1000, quiet=True))
    start_in_thread(server)
    try:
        body = urllib.parse.urlencode({"query": "ASK {}" + " " * 2000}).encode()
        status, _, text = http(server.url, body, {"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 413 and b"1000 bytes" in text
        assert get(server.url, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        server.shutdown()
        server.server_close()
