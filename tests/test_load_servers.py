"""kg load of corpus parts into server stores: an Oxigraph server (``oxigraph serve``) and Virtuoso's bulk loader.

Both servers run privately on 127.0.0.1 (Virtuoso through the shared fixture of sparql_fixtures.py) and are
stopped at the end; each must hold as many quads as the embedded store loaded from the same parts, and answer a
corpus question (officials per province) as the embedded store does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed (pip install -e '.[dask]')")

from kg.cli import main  # noqa: E402
from kg.corpus.dask import build_corpus_dask  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.sparql import bulk  # noqa: E402
from kg.sparql.endpoint import EndpointStore  # noqa: E402
from kg.sparql.query import prepare  # noqa: E402
from kg.sparql.store import OxigraphStore  # noqa: E402

pytest_plugins = ["sparql_fixtures"]

SAMPLE = Path(__file__).parent / "data" / "corpus-sample.jsonl"
QUESTION = Path(__file__).parents[1] / "ontology" / "queries" / "corpus" / "officials-per-province.rq"
GRAPH = "https://w3id.org/vnreport-kg/graph/corpus-test"


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample as parts (built once on a one-worker LocalCluster)."""
    target = tmp_path_factory.mktemp("parts") / "sample"
    build_corpus_dask(SAMPLE, f"{target}/", jobs=1, chunk_records=5)
    return target


@pytest.fixture(scope="module")
def embedded(parts: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[tuple[str, ...]], list[str]]:
    """Quads, the question's answer and the graphs of the embedded store loaded from the parts (default → GRAPH)."""
    store_dir = tmp_path_factory.mktemp("store")
    done = bulk.load_store(bulk.part_files([parts]), store_dir, GRAPH)
    store = OxigraphStore(store_dir)
    manifest = json.loads((parts / "manifest.json").read_text(encoding="utf-8"))
    assert done.quads == len(store) == manifest["quads"] > 4000
    graphs = sorted(str(r[0]) for r in store.execute(prepare("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")).rows)
    assert GRAPH in graphs and len(graphs) == 13  # the default graph's, one per article, the description
    return len(store), answer(store), graphs


def answer(store) -> list[tuple[str, ...]]:  # noqa: ANN001 - a kg.sparql.store store
    rows = store.execute(prepare(QUESTION.read_text(encoding="utf-8"))).rows
    return sorted((str(r[0]), str(r[1]), str(int(str(r[2])))) for r in rows)


def count(endpoint: str, graphs: list[str]) -> int:
    """Quads in ``graphs`` (the server may hold others: Virtuoso's own, other tests')."""
    values = " ".join(f"<{g}>" for g in graphs)
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    return int(str(EndpointStore(endpoint).execute(prepare(query)).rows[0][0]))


def test_embedded_answer_is_real(embedded) -> None:
    _, rows, _ = embedded
    assert rows and all(int(n) >= 1 for _, _, n in rows)
    assert any("Hà Nội" in name for _, name, _ in rows)  # the sample's Hà Nội officials (Nguyễn Đức Chung…)


def test_manifest_checked(parts: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(parts, copy)
    first = sorted(copy.glob("part-*.nq.gz"))[0]
    first.write_bytes(first.read_bytes()[:-8] + b"\0" * 8)
    with pytest.raises(KgError, match="E045"):
        bulk.part_files([copy])


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    tool = shutil.which("oxigraph") or str(Path(__import__("sys").executable).with_name("oxigraph"))
    if not Path(tool).exists():
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    from sparql_fixtures import free_port  # (after pytest registered the plugin)

    port = free_port()
    proc = subprocess.Popen([tool, "serve", "--location", str(tmp_path_factory.mktemp("oxserver")), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not answer within 10 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_oxigraph_server(oxigraph_server: str, parts: Path, embedded, capsys) -> None:
    quads, rows, graphs = embedded
    assert main(["load", str(parts), "--endpoint", oxigraph_server, "--graph", GRAPH]) == 0
    assert f"{quads} quads sent" in capsys.readouterr().out
    assert count(oxigraph_server + "/query", graphs) == quads
    assert answer(EndpointStore(oxigraph_server + "/query")) == rows


@pytest.mark.virtuoso
def test_virtuoso_bulk_loader(virtuoso, parts: Path, embedded, capsys) -> None:
    quads, rows, graphs = embedded
    inside = virtuoso.directory / "parts"  # the server reads the files itself: a directory of its DirsAllowed
    shutil.copytree(parts, inside)
    try:
        code = main(["load", str(inside), "--virtuoso", f"127.0.0.1:{virtuoso.sql_port}", "--graph", GRAPH])
        assert code == 0 and "bulk loader" in capsys.readouterr().out
        assert count(virtuoso.sparql, graphs) == quads
        assert answer(EndpointStore(virtuoso.sparql)) == rows
    finally:  # the server is shared with the other Virtuoso tests: leave it as found
        for g in graphs:
            virtuoso.isql(f"SPARQL CLEAR GRAPH <{g}>;")
        assert count(virtuoso.sparql, graphs) == 0


def test_virtuoso_unreachable_is_one_line(parts: Path, capsys) -> None:
    from sparql_fixtures import free_port

    if shutil.which("isql-vt") is None:
        pytest.skip("isql-vt not installed")
    assert main(["load", str(parts), "--virtuoso", f"127.0.0.1:{free_port()}"]) == 2
    err = capsys.readouterr().err
    assert "[E048]" in err and err.count("\n") == 1
