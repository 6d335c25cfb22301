"""Graph files read with pyoxigraph (kg stats / kg viz --data) give what the rdflib reading gives."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.rdf.graphio import load as rdflib_load
from kg.view.oxgraph import OxGraph, ego, find, load
from kg.view.project import project
from kg.view.select import select
from kg.view.stats import compute, format_stats

pytest_plugins = ["sparql_fixtures"]


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert sorted(a.nodes) == sorted(b.nodes)
    for n in a.nodes:
        assert a.nodes[n] == b.nodes[n], n
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    for u, v, k in a.edges(keys=True):
        assert a.edges[u, v, k] == b.edges[u, v, k]


@pytest.fixture(scope="module", params=["trig", "nq"])
def trig(request: pytest.FixtureRequest, report_trig: Path, report_dataset, tmp_path_factory) -> Path:
    """The report's graph as TriG (parsed quad by quad) and as N-Quads (filtered line by line)."""
    if request.param == "trig":
        return report_trig
    from kg.rdf.graphio import write

    return write(report_dataset, tmp_path_factory.mktemp("nq") / "report.nq")


def test_stats_through_pyoxigraph_match_rdflib(trig: Path) -> None:
    by_rdflib = project(rdflib_load([trig]), details=False)
    by_ox = project(OxGraph(load([trig], quiet=True)), details=False)
    _same(by_rdflib, by_ox)
    assert by_ox.number_of_nodes() > 50
    assert format_stats(compute(by_rdflib)) == format_stats(compute(by_ox))


def test_whole_view_through_pyoxigraph_matches_rdflib(trig: Path) -> None:
    _same(project(rdflib_load([trig])), project(OxGraph(load([trig], quiet=True))))


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_ego_copied_out_of_the_store_draws_what_the_whole_file_draws(trig: Path, depth: int) -> None:
    name = "Lê Anh Xuân"  # an official of the report (test_cli_query checks it against the text)
    whole = select(project(rdflib_load([trig])), focus=name, depth=depth)
    store = load([trig], quiet=True)
    centres = find(store, name)
    assert len(centres) == 1
    small = ego(store, centres, depth)
    part = select(project(small), focus=name, depth=depth)
    assert whole.number_of_nodes() > (1 if depth else 0)
    _same(whole, part)
    if depth == 2:
        assert len(small) < len(rdflib_load([trig]))  # the copy holds less than the file


def test_find_is_accent_and_case_insensitive(trig: Path) -> None:
    store = load([trig], quiet=True)
    assert find(store, "le anh xuan") == find(store, "Lê Anh Xuân") and find(store, "Anh Xu")


def test_fold_matches_the_decompose_and_strip_definition() -> None:
    import unicodedata

    from kg.view.select import fold

    for text in ["Nguyễn Đức Chung", "  TP  Thanh Hóa ", "Thanh Hoa\u0301", "ĐỖ đình", "İstanbul Σ"]:
        slow = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        slow = " ".join("".join(c for c in slow if not unicodedata.combining(c)).lower().split())
        assert fold(text) == slow
