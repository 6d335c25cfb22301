"""kg serve under attack, through the real server on 127.0.0.1: memory, time, concurrency, HTTP framing."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph
from sparql_fixtures import serving

from kg.sparql import cq
from kg.sparql.http import escape_log
from kg.sparql.protocol import Request
from kg.sparql.serve import SparqlServer
from kg.sparql.store import MemoryStore, OxigraphStore

pytest_plugins = ["sparql_fixtures"]

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
OFFICIALS = "SELECT ?name WHERE { ?o a vnr:Official ; schema:name ?name } ORDER BY ?name"


def concat_attack(n: int = 20) -> str:
    """Each BIND doubles the string of the one before: 2**n times the longest literal of the graph."""
    binds = " ".join(f"BIND(CONCAT(?t{i}, ?t{i}) AS ?t{i + 1})" for i in range(n))
    return f"SELECT (STRLEN(?t{n}) AS ?len) WHERE {{ ?s ?p ?t0 {binds} }}"


def get(url: str, text: str, headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, Any, bytes]:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": text}), headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def raw(server: SparqlServer, data: bytes, wait: float = 10) -> bytes:
    """Send bytes on a fresh connection; everything the server sends until it closes (or ``wait`` passes)."""
    with socket.create_connection(server.server_address[:2], timeout=wait) as sock:
        sock.sendall(data)
        out = b""
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except TimeoutError:
            out += b"<still open>"
    return out


def wait_for_workers(server: SparqlServer, n: int = 1, seconds: float = 120) -> None:
    """Wait until ``n`` workers are ready (a replacement takes a second or more on a loaded machine)."""
    deadline = time.monotonic() + seconds
    while server.pool.idle() < n and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture(scope="module")
def ox_dir(report_trig: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ox") / "store"
    OxigraphStore(path).load([report_trig])
    return path


@pytest.fixture(scope="module")
def small_server(report_dataset) -> Iterator[SparqlServer]:
    """One worker, no cache: every request reaches the worker."""
    with serving(MemoryStore(report_dataset), workers=1, cache_entries=0, timeout=5.0) as server:
        yield server


# --------------------------------------------------------------------------- memory, time, concurrency


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            rss = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{p}/status").read_text())
        except OSError:
            continue
        total += int(rss[1]) * 1024 if rss else 0
    return total


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc to read memory")
@pytest.mark.parametrize("backend", ["data", "store"])
def test_memory_attack_is_stopped_under_1gb(backend: str, report_trig: Path, ox_dir: Path, report_dataset) -> None:
    """The doubling CONCAT chain took 2 GB (rdflib) or aborted the server (Oxigraph); now the whole server,
    with its default limits, stays under 1 GB and answers the next query."""
    source = ["--data", str(report_trig)] if backend == "data" else ["--store", str(ox_dir)]
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
         "serve", *source, "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    peak, stop = [0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.02)

    try:
        line = io.TextIOWrapper(proc.stdout, encoding="utf-8").readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/sparql)", line)[1]
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        status, _, body = get(url, concat_attack(20))
        assert status == 503 and re.search(rb"memory budget|timed out", body), (status, body)
        status, _, body = get(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
        held = len({(s, p, o) for s, p, o, _ in report_dataset.quads((None, None, None, None))})  # the union
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(held)
    finally:
        stop.set()
        proc.terminate()
        proc.wait(timeout=10)
    assert 0 < peak[0] < 1 << 30, f"{peak[0] >> 20} MB"


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_timeout_kills_the_worker(backend: str, report_dataset, ox_dir: Path) -> None:
    store = MemoryStore(report_dataset) if backend == "rdflib" else OxigraphStore(ox_dir, read_only=True)
    with serving(store, workers=1, timeout=1.0, cache_entries=0) as server:
        (before,) = server.pool.pids()
        started = time.monotonic()
        status, _, body = get(server.url, CROSS_JOIN)
        assert status == 503 and b"timed out after 1 s" in body
        assert time.monotonic() - started < 1.0 + 2.0
        assert not Path(f"/proc/{before}").exists()  # killed and reaped: no CPU, no memory left behind
        wait_for_workers(server)
        status, _, body = get(server.url, OFFICIALS, {"Accept": "text/csv"})
        assert status == 200 and body.decode("utf-8").splitlines()[1:] == ["Lê Anh Xuân", "Trịnh Huy Triều"]
        assert server.pool.pids() != [before]


def test_a_long_parse_is_inside_the_timeout(report_dataset) -> None:
    """Parsing and planning run in the worker too: a 25 KB FILTER chain (seconds before Oxigraph's first
    solution: it prepares the 2,000-term expression) is cut at the timeout."""
    text = "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(f"?o = {i}" for i in range(2000)) + ") }"
    with serving(MemoryStore(report_dataset), workers=1, timeout=1.0) as server:
        (before,) = server.pool.pids()
        started = time.monotonic()
        status, _, body = get(server.url, text)
        assert status == 503 and b"timed out" in body
        assert time.monotonic() - started < 1.0 + 2.0
        assert not Path(f"/proc/{before}").exists()
        wait_for_workers(server)
        assert get(server.url, OFFICIALS)[0] == 200


def test_twenty_parallel_first_requests(report_dataset) -> None:
    """rdflib's parser broke for good when two threads parsed at once; workers parse one query each."""
    text = cq.find(4).text
    with serving(MemoryStore(report_dataset), cache_entries=0) as server:
        for _round in range(2):
            results: list[tuple[int, bytes]] = []

            def ask(out: list[tuple[int, bytes]] = results) -> None:
                out.append(get(server.url, text)[::2])

            threads = [threading.Thread(target=ask) for _ in range(20)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert [s for s, _ in results] == [200] * 20
            rows = [json.loads(b)["results"]["bindings"] for _, b in results]
            assert all(r == rows[0] for r in rows) and len(rows[0]) == 2


def test_a_long_query_does_not_hold_back_a_cheap_one(report_dataset) -> None:
    """Every worker held by a long query: one more starts for the cheap query, and stops after it."""
    with serving(MemoryStore(report_dataset), workers=1, timeout=8.0, cache_entries=0) as server:
        long: list[int] = []
        slow = threading.Thread(target=lambda: long.append(get(server.url, CROSS_JOIN)[0]))
        slow.start()
        time.sleep(1.0)
        started = time.monotonic()
        status, _, _ = get(server.url, OFFICIALS)
        assert status == 200 and time.monotonic() - started < 7.0  # before the cross join's timeout
        slow.join(30)
        assert long == [503]
        _wait_for_one_worker(server)


def test_the_extra_worker_stays_while_the_long_query_runs(report_dataset) -> None:
    """Cheap queries one after another while a cross join holds the only worker: one extra worker answers
    them all (not one new process each), and stops once the long query is over."""
    with serving(MemoryStore(report_dataset), workers=1, timeout=6.0, cache_entries=0) as server:
        (first,) = server.pool.pids()
        long: list[int] = []
        slow = threading.Thread(target=lambda: long.append(get(server.url, CROSS_JOIN)[0]))
        slow.start()
        time.sleep(1.0)
        seen = []
        for k in range(3):
            assert get(server.url, f"ASK {{ ?s ?p {k} }}")[0] == 200
            seen.append(server.pool.pids())
        assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 2 and first in seen[0]
        slow.join(30)
        assert long == [503]
        _wait_for_one_worker(server)


def test_one_query_in_two_formats_at_once_runs_once(report_dataset) -> None:
    """JSON and CSV of the same query at the same moment (no answer cache): the second waits for the worker
    answering the first, which renders its kept result again — STRUUID() shows it is the same evaluation."""
    text = ("SELECT ?u ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f } } "
            "BIND(STRUUID() AS ?u) }")
    with serving(MemoryStore(report_dataset), workers=2, cache_entries=0) as server:
        barrier, out = threading.Barrier(2), {}

        def ask(accept: str) -> None:
            barrier.wait()
            out[accept] = get(server.url, text, {"Accept": accept})

        threads = [threading.Thread(target=ask, args=(a,)) for a in ("application/sparql-results+json", "text/csv")]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        status_json, _, body_json = out["application/sparql-results+json"]
        status_csv, _, body_csv = out["text/csv"]
        assert status_json == status_csv == 200
        uuid = json.loads(body_json)["results"]["bindings"][0]["u"]["value"]
        assert body_csv.decode("utf-8").splitlines()[1].split(",")[0] == uuid
        status, _, again = get(server.url, text, {"Accept": "application/sparql-results+json"})
        assert status == 200  # asked again later: the worker's kept result (the data is read-only)


def test_busy_workers_answer_503_after_the_timeout(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=1, timeout=0.5) as server:
        worker = server.pool._take()  # the only worker, taken as a long query would
        try:
            reply = server.pool.run(Request(OFFICIALS))
            assert reply.status == 503 and b"busy" in reply.body
        finally:
            server.pool._give(worker)
        assert server.pool.run(Request(OFFICIALS)).status == 200


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_construct_past_the_cap_is_cut_not_timed_out(backend: str, report_dataset, ox_dir: Path) -> None:
    """2.9 million solutions: the first 500 distinct triples are answered at once, on either engine."""
    store = MemoryStore(report_dataset) if backend == "rdflib" else OxigraphStore(ox_dir, read_only=True)
    with serving(store, workers=1, max_rows=500, timeout=5.0) as server:
        started = time.monotonic()
        status, headers, body = get(server.url, "CONSTRUCT { ?s ?p ?o2 } WHERE { ?s ?p ?o . ?x ?y ?o2 }",
                                    {"Accept": "application/n-triples"})
        assert status == 200 and headers["Kg-Truncated"] == "max-rows=500"
        assert len(Graph().parse(data=body.decode("utf-8"), format="nt")) == 500
        assert time.monotonic() - started < 5.0
        status, headers, body = get(server.url, "DESCRIBE ?s WHERE { ?s ?p ?o }", {"Accept": "text/turtle"})
        assert status == 200 and headers["Kg-Truncated"] == "max-rows=500"
        assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) == 500


def test_answers_are_cached_within_bounds(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=1, cache_entries=2) as server:
        cache = server.pool.cache
        first = get(server.url, OFFICIALS)[::2]
        assert get(server.url, OFFICIALS)[::2] == first and first[0] == 200 and cache.hits == 1
        for k in range(3):
            assert get(server.url, f"ASK {{ ?s ?p {k} }}")[0] == 200
        assert len(cache._items) == 2 and cache.hits == 1
        assert get(server.url, "SELECT * WHERE { ?x }")[0] == 400
        assert len(cache._items) == 2  # errors are not kept


# --------------------------------------------------------------------------- HTTP hygiene


def test_no_cors_by_default(small_server: SparqlServer) -> None:
    status, headers, _ = get(small_server.url, OFFICIALS, {"Origin": "http://evil.example"})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    reply = raw(small_server, b"OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nOrigin: http://evil.example\r\n"
                b"Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n" % small_server.server_port)
    assert reply.startswith(b"HTTP/1.1 204") and b"Access-Control" not in reply


def test_cors_for_the_one_allowed_origin(report_dataset) -> None:
    good = "http://localhost:3000"
    with serving(MemoryStore(report_dataset), workers=1, cors=good) as server:
        status, headers, _ = get(server.url, OFFICIALS, {"Origin": good})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == good and "Origin" in headers["Vary"]
        status, headers, _ = get(server.url, OFFICIALS, {"Origin": "http://evil.example"})
        assert status == 200 and "Access-Control-Allow-Origin" not in headers
        preflight = b"OPTIONS /sparql HTTP/1.1\r\nHost: localhost:%d\r\nOrigin: %s\r\nConnection: close\r\n\r\n"
        reply = raw(server, preflight % (server.server_port, good.encode()))
        assert reply.startswith(b"HTTP/1.1 204") and f"Access-Control-Allow-Origin: {good}".encode() in reply
        assert b"Access-Control-Allow-Methods: GET, POST, OPTIONS" in reply
        reply = raw(server, preflight % (server.server_port, b"http://evil.example"))
        assert reply.startswith(b"HTTP/1.1 204") and b"Access-Control-Allow-Origin" not in reply


@pytest.mark.parametrize(
    ("host", "status"),
    [("127.0.0.1:{port}", b"200"), ("localhost:{port}", b"200"), ("[::1]:{port}", b"200"),
     ("evil.example:{port}", b"421"), ("rebind.attacker.test", b"421"), ("127.0.0.1:1", b"421"),
     ("127.0.0.1:{port}\r\nHost: evil.example", b"421"), (None, b"400")],
)
def test_host_header_is_checked(small_server: SparqlServer, host: str | None, status: bytes) -> None:
    line = f"Host: {host.format(port=small_server.server_port)}\r\n" if host is not None else ""
    reply = raw(small_server, f"GET /cq.json HTTP/1.1\r\n{line}Connection: close\r\n\r\n".encode())
    assert reply.split(b" ", 2)[1] == status, reply[:200]


@pytest.mark.parametrize("length", [b"abc", b"-5", b"1e3", b"10, 12", b" "])
def test_bad_content_length_is_400_and_closed(small_server: SparqlServer, length: bytes) -> None:
    head = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/sparql-query\r\n" % (
        small_server.server_port)
    reply = raw(small_server, head + b"Content-Length: " + length + b"\r\n\r\nASK {}")
    assert reply.startswith(b"HTTP/1.1 400") and b"Content-Length must be" in reply
    assert reply.count(b"HTTP/1.1") == 1 and not reply.endswith(b"<still open>")


def test_chunked_body_is_refused_not_served_as_a_request(small_server: SparqlServer) -> None:
    smuggled = b"GET /cq.json HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % small_server.server_port
    body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
    reply = raw(small_server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nTransfer-Encoding: chunked\r\n"
                b"Content-Type: application/sparql-query\r\n\r\n" % small_server.server_port + body)
    assert reply.startswith(b"HTTP/1.1 411") and reply.count(b"HTTP/1.1") == 1
    assert not reply.endswith(b"<still open>")


def test_a_body_that_never_comes_gets_408(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=1, socket_timeout=1.0) as server:
        started = time.monotonic()
        reply = raw(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Length: 100\r\n"
                    b"Content-Type: application/sparql-query\r\n\r\nASK" % server.server_port)
        assert reply.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 5
        idle = raw(server, b"")  # a connection that sends nothing is closed after the socket timeout
        assert idle == b""


def test_an_unexpected_error_is_a_500_and_the_server_goes_on(small_server: SparqlServer) -> None:
    def broken(handler: Any, url: Any) -> bool:
        if url.path == "/broken":
            raise ValueError("a route that fails")
        return False

    def hello(handler: Any, url: Any) -> bool:
        if url.path == "/hello":
            handler.reply(200, b"hello", "text/plain")
            return True
        return False

    small_server.routes[:] = [broken, hello]
    try:
        reply = raw(small_server, b"GET /broken HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n" % small_server.server_port)
        assert reply.startswith(b"HTTP/1.1 500") and reply.rstrip().endswith(b"the server goes on")
        root = small_server.url.rsplit("/", 1)[0]
        assert urllib.request.urlopen(root + "/hello", timeout=10).read() == b"hello"
        assert get(small_server.url, OFFICIALS)[0] == 200
        assert get(root + "/nowhere", "x")[0] == 404
    finally:
        small_server.routes.clear()


def test_request_text_is_escaped_in_the_log(report_dataset, capsys: pytest.CaptureFixture[str]) -> None:
    assert escape_log("a\x1b[2Jb\u202e\n\\") == "a\\x1b[2Jb\\u202e\\x0a\\\\"
    with serving(MemoryStore(report_dataset), workers=1) as server:
        server.config.quiet = False
        raw(server, b"GET /\x1b]0;pwned\x07\x1b[2J HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n"
            % server.server_port)
    err = capsys.readouterr().err
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in err and "\x1b" not in err and "\x07" not in err


def test_identical_requests_in_flight_are_answered_once() -> None:
    from kg.sparql.cache import AnswerCache
    from kg.sparql.protocol import Reply

    cache, calls, replies = AnswerCache(8), [], []

    def compute() -> Reply:
        calls.append(1)
        time.sleep(0.3)
        return Reply(200, b"answer")

    def client() -> None:
        replies.append(cache.answer(Request(OFFICIALS), compute, wait=10))

    threads = [threading.Thread(target=client) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(calls) == 1 and [r.body for r in replies] == [b"answer"] * 10
    assert AnswerCache(0).answer(Request(OFFICIALS), compute, wait=10).body == b"answer" and len(calls) == 2


def test_a_burst_of_distinct_queries_gets_one_more_worker(monkeypatch) -> None:
    """More than 2 x --workers distinct queries waiting while no query is long: one more worker is started (up
    to 2 x --workers), where before only long queries holding the workers started one; a short queue does not."""
    from kg.sparql.pool import WorkerPool, _Waiter
    from kg.sparql.source import Source

    pool = WorkerPool(Source("bundled"), size=1)
    spawned: list[int] = []
    monkeypatch.setattr(pool, "_spawn", lambda: spawned.append(1))
    busy = object()
    pool._workers = {busy}  # type: ignore[assignment]  # one worker, answering a query that is not long
    pool._running = {("running", 10): busy}  # type: ignore[dict-item]
    pool._waiting.extend(_Waiter((f"SELECT ({k} AS ?x) {{}}", 10)) for k in range(2))
    pool._grow_if_held()
    assert spawned == [] and pool._starting == 0  # two waiting: the worker will do
    pool._waiting.append(_Waiter(("running", 10)))  # waits for the query running: not counted
    pool._grow_if_held()
    assert spawned == []
    pool._waiting.append(_Waiter(("SELECT (2 AS ?x) {}", 10)))
    pool._grow_if_held()
    assert spawned == [1] and pool._starting == 1
    pool._grow_if_held()  # 2 x --workers reached (one running, one starting)
    assert spawned == [1]


def _wait_for_one_worker(server) -> None:  # noqa: ANN001 (the test server)
    """The extra workers stop once the long query is over: the pool shrinks back to its one worker."""
    deadline = time.monotonic() + 60
    while len(server.pool.pids()) != 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(server.pool.pids()) == 1
