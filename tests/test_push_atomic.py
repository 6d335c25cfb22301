"""kg push whole or absent (issue 14): a local fake Graph Store + Update endpoint on 127.0.0.1 that fails at a
chosen request; the remote graph is either replaced whole, left unchanged, or the error says what it holds."""

from __future__ import annotations

import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rdflib import Literal

from kg.cli import main
from kg.errors import KgError
from kg.rdf import graphio
from kg.rdf.namespace import DATA, SCHEMA, new_dataset
from kg.sparql.push import push

GRAPH = "https://w3id.org/vnreport-kg/graph/test-atomic"


class FakeStore(ThreadingHTTPServer):
    """Graphs as sets of N-Triples lines; ``fail_at`` = the data request (PUT/POST of triples) that answers 500."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.graphs: dict[str, set[str]] = {}
        self.fail_at: int | None = None
        self.data_requests = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class Handler(BaseHTTPRequestHandler):
    server: FakeStore

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _answer(self, code: int, text: str = "") -> None:
        body = text.encode()
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _graph(self) -> str:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["graph"][0]

    def _body(self) -> str:
        return self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(200)

    def _data(self, replace: bool) -> None:
        lines = {ln for ln in self._body().split("\n") if ln.strip()}
        with self.server.lock:
            self.server.data_requests += 1
            if self.server.data_requests == self.server.fail_at:
                return self._answer(500, "disk full")
            graph = self._graph()
            self.server.graphs[graph] = lines | (set() if replace else self.server.graphs.get(graph, set()))
        self._answer(201)

    def do_PUT(self) -> None:  # noqa: N802
        self._data(replace=True)

    def do_POST(self) -> None:  # noqa: N802
        if self.path.startswith("/update"):
            return self._update(self._body())
        self._data(replace=False)

    def do_DELETE(self) -> None:  # noqa: N802
        with self.server.lock:
            found = self.server.graphs.pop(self._graph(), None)
        self._answer(200 if found is not None else 404)

    def _update(self, text: str) -> None:
        graphs = self.server.graphs
        with self.server.lock:
            if m := re.fullmatch(r"DROP SILENT GRAPH <([^>]+)>", text):
                graphs.pop(m.group(1), None)
            elif m := re.fullmatch(r"MOVE SILENT GRAPH <([^>]+)> TO GRAPH <([^>]+)>", text):
                graphs[m.group(2)] = graphs.pop(m.group(1), set())
            else:
                return self._answer(400, "unsupported update")
        self._answer(200)


@pytest.fixture
def fake():
    server = FakeStore()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _file(tmp_path: Path, name: str, n: int) -> Path:
    ds = new_dataset()
    g = ds.graph(ds.default_graph.identifier)
    for i in range(n):
        g.add((DATA[f"test/{name}/{i}"], SCHEMA.name, Literal(f"{name} {i}", lang="vi")))
    return graphio.write(ds, tmp_path / f"{name}.nt")


def _old_graph(fake: FakeStore, tmp_path: Path) -> set[str]:
    push([_file(tmp_path, "old", 992)], fake.url + "/crud", GRAPH, chunk_size=100_000)
    fake.data_requests = 0
    return set(fake.graphs[GRAPH])


def test_push_fails_at_second_chunk_without_update_and_says_what_the_graph_holds(fake, tmp_path):
    _old_graph(fake, tmp_path)
    fake.fail_at = 2
    with pytest.raises(KgError) as info:
        push([_file(tmp_path, "new", 700)], fake.url + "/crud", GRAPH, chunk_size=300)
    assert info.value.code == "E506"
    assert "now holds only 300 of the 700 triples" in info.value.message
    assert len(fake.graphs[GRAPH]) == 300  # what the message says


def test_push_merge_fails_at_second_chunk_and_says_what_was_added(fake, tmp_path):
    old = _old_graph(fake, tmp_path)
    fake.fail_at = 2
    with pytest.raises(KgError) as info:
        push([_file(tmp_path, "new", 700)], fake.url + "/crud", GRAPH, replace=False, chunk_size=300)
    assert "kept its old content plus 300 of the 700 new triples" in info.value.message
    assert old < fake.graphs[GRAPH] and len(fake.graphs[GRAPH]) == 992 + 300


@pytest.mark.parametrize("fail_at", [1, 2, 3])
def test_push_with_update_fails_at_any_chunk_and_leaves_the_graph_whole(fake, tmp_path, capsys, fail_at):
    old = _old_graph(fake, tmp_path)
    fake.fail_at = fail_at
    new = _file(tmp_path, "new", 700)
    argv = ["push", str(new), "--endpoint", fake.url + "/crud", "--graph", GRAPH, "--update", fake.url + "/update",
            "--chunk", "300"]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "[E508]" in err and f"<{GRAPH}> is unchanged" in err
    assert fake.graphs == {GRAPH: old}  # the old graph, and no staging graph left


def test_push_with_update_replaces_the_graph_whole(fake, tmp_path):
    _old_graph(fake, tmp_path)
    new = _file(tmp_path, "new", 700)
    report = push([new], fake.url + "/crud", GRAPH, chunk_size=300, update=fake.url + "/update")
    assert report.graphs[GRAPH][0] == 700
    assert set(fake.graphs) == {GRAPH} and len(fake.graphs[GRAPH]) == 700
    assert all('"new ' in ln for ln in fake.graphs[GRAPH])
