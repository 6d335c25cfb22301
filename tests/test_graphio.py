import pytest
from rdflib import Dataset

from kg.pipeline import default_dataset
from kg.rdf.graphio import format_for, load, serialise, write


def _quads(ds: Dataset) -> set:
    return {(s, p, o, str(g.identifier) if hasattr(g, "identifier") else str(g)) for s, p, o, g in ds.quads()}


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_graphio_quad_formats_round_trip_every_quad(tmp_path, suffix):
    ds = default_dataset()
    path = write(ds, tmp_path / f"g{suffix}")
    again = load([path])
    assert {q[:3] for q in _quads(again)} == {q[:3] for q in _quads(ds)}
    named = {q[3] for q in _quads(ds)}
    assert any("report/thanh-hoa-qpan-2020" in g for g in named)
    assert {q[3] for q in _quads(again)} == named


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_graphio_triple_formats_keep_every_triple(tmp_path, suffix):
    ds = default_dataset()
    path = write(ds, tmp_path / f"g{suffix}")
    again = load([path])
    assert {q[:3] for q in _quads(again)} == {q[:3] for q in _quads(ds)}


def test_graphio_jsonld_uses_the_project_context(tmp_path):
    text = write(default_dataset(), tmp_path / "g.jsonld").read_text(encoding="utf-8")
    assert '"vnr": "https://w3id.org/vnreport-kg/ontology#"' in text
    assert "Lê Anh Xuân" in text  # UTF-8, not \\u escapes


def test_graphio_sorted_line_formats_are_stable():
    a = serialise(default_dataset(), "nquads")
    assert a == serialise(default_dataset(), "nquads")
    lines = a.decode().splitlines()
    assert lines == sorted(lines)
    assert format_for("x.NQ") == "nquads"


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_graphio_writes_the_projects_prefixes_not_rdflibs_defaults(fmt):
    # a named graph's namespace manager, made while TriG is written, used to rebind rdflib's "dcterms"
    text = serialise(default_dataset(), fmt).decode("utf-8")
    assert "@prefix dct: <http://purl.org/dc/terms/> ." in text
    assert "dcterms:" not in text
