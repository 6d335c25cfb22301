"""The kg query / kg load commands: output, competency questions, errors as one line with a non-zero exit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from kg.cli import main
from kg.rdf.namespace import SCHEMA
from kg.sparql import cq

pytest_plugins = ["sparql_fixtures"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_default_is_the_bundled_report(capsys, report_text: str) -> None:
    code, out, err = run(capsys, "query", "SELECT ?n { ?o a vnr:Official ; schema:name ?n } ORDER BY ?n",
                         "--width", "60")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].strip() == "n" and set(lines[1]) == {"-"}
    assert [ln.strip() for ln in lines[2:4]] == ["Lê Anh Xuân", "Trịnh Huy Triều"] and lines[4] == "(2 rows)"
    assert all(name in report_text for name in ("Lê Anh Xuân", "Trịnh Huy Triều"))


def test_cq_by_number_file_and_name_agree(capsys, report_trig: Path) -> None:
    path = cq.find(4).path
    outputs = [run(capsys, "query", *ref, "--data", str(report_trig), "--format", "csv")[1]
               for ref in (["--cq", "4"], [str(path)], ["--cq", "awards"])]
    assert outputs[0] == outputs[1] == outputs[2]
    rows = list(csv.DictReader(io.StringIO(outputs[0])))
    assert sorted((r["giver"], r["collectives"], r["individuals"]) for r in rows) == [
        ("Lê Anh Xuân", "5", "10"), ("Trịnh Huy Triều", "5", "10")]


def test_list_shows_every_question(capsys) -> None:
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(cq.all_cqs()) == 12
    assert lines[3].startswith("cq04-awards") and "CQ4: Which awards were conferred" in lines[3]


def test_formats(capsys, report_trig: Path) -> None:
    text = 'SELECT ?o ?n { ?o a vnr:Official ; schema:name ?n } ORDER BY ?n'
    code, out, _ = run(capsys, "query", text, "--data", str(report_trig), "--format", "json")
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["o", "n"]
    assert doc["results"]["bindings"][0]["n"] == {"type": "literal", "value": "Lê Anh Xuân", "xml:lang": "vi"}
    _, out, _ = run(capsys, "query", text, "--data", str(report_trig), "--format", "tsv")
    assert out.splitlines()[0] == "?o\t?n" and out.splitlines()[1].endswith('\t"Lê Anh Xuân"@vi')
    _, out, _ = run(capsys, "query", text, "--data", str(report_trig), "--format", "xml")
    assert out.startswith("<?xml") and '<literal xml:lang="vi">Trịnh Huy Triều</literal>' in out
    _, out, _ = run(capsys, "query", "CONSTRUCT WHERE { ?o a vnr:Official }", "--data", str(report_trig))
    assert out.startswith("@prefix") and out.count("a vnr:Official") == 2
    _, out, _ = run(capsys, "query", "DESCRIBE ?o WHERE { ?o schema:name \"Lê Anh Xuân\"@vi }",
                    "--data", str(report_trig), "--format", "jsonld")
    described = Graph().parse(data=out, format="json-ld")
    (person,) = set(described.subjects(SCHEMA.name, Literal("Lê Anh Xuân", lang="vi")))
    assert str(person).startswith("https://w3id.org/vnreport-kg/id/person/") and len(described) > 1


def test_bindings(capsys, report_trig: Path) -> None:
    text = "SELECT ?post WHERE { ?post org:heldBy ?o ; rdfs:label ?post_label . ?o schema:name ?name " \
           "FILTER(lang(?post_label) = 'vi') }"
    _, out, _ = run(capsys, "query", text.replace("?post WHERE", "?post_label WHERE"), "--bind",
                    'name="Trịnh Huy Triều"@vi', "--data", str(report_trig), "--format", "csv")
    assert out.splitlines()[1:] == ["Chủ tịch UBND TP Thanh Hóa"]
    _, out, _ = run(capsys, "query", text, "--bind", "name=Trịnh Huy Triều", "--data", str(report_trig),
                    "--format", "csv")
    assert out.splitlines()[1:] == []  # a plain string is not the language-tagged name


def test_syntax_error_is_one_line_with_position(capsys) -> None:
    code, out, err = run(capsys, "query", "SELECT ?x WHERE {\n ?x schema:name \n}")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "line 2, column" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "missing.rq"], "no such query file"),
        (["query", "--cq", "99"], "no competency question"),
        (["query"], "no query given"),
        (["query", "ASK {}", "--data", "absent.ttl"], "no such file"),
        (["query", "SELECT * { ?s ?p ?o }", "--format", "turtle", "--data", "x.ttl", "--store", "d"], "only one"),
        (["query", "INSERT DATA { <a:b> <a:c> <a:d> }"], "read-only"),
        (["query", "ASK {}", "--bind", "oops"], "NAME=VALUE"),
        (["query", "ASK {}", "--endpoint", "http://127.0.0.1:9/sparql"], "cannot reach"),
    ],
)
def test_errors_exit_non_zero_with_one_line(capsys, argv: list[str], message: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code != 0 and message in err and err.count("\n") == 1


@pytest.mark.parametrize("optimize", [[], ["--optimize"]])
def test_load_then_query_the_store(capsys, report_trig: Path, tmp_path: Path, optimize: list[str]) -> None:
    store = tmp_path / "store"
    code, out, _ = run(capsys, "load", str(report_trig), "--store", str(store), *optimize)
    assert code == 0 and "loaded 1 file(s)" in out and ("compacted" in out) == bool(optimize)
    _, from_store, _ = run(capsys, "query", "--cq", "5", "--store", str(store), "--format", "csv")
    _, from_file, _ = run(capsys, "query", "--cq", "5", "--data", str(report_trig), "--format", "csv")
    assert from_store == from_file
    assert list(csv.DictReader(io.StringIO(from_store)))[0]["total"] == "30"


def test_output_file(capsys, report_trig: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, out, _ = run(capsys, "query", "--cq", "1", "--data", str(report_trig), "--format", "csv", "-o", str(target))
    assert code == 0 and out == ""
    assert "Lê Anh Xuân" in target.read_text(encoding="utf-8")


@pytest.fixture()
def two_files(tmp_path: Path, report_trig: Path) -> tuple[Path, Path, int]:
    """The report's graph and a one-triple Turtle file; officials in the report + the one subject of the file."""
    extra = tmp_path / "extra.ttl"
    extra.write_text('<urn:x:a> <urn:x:p> "only in extra" .\n', encoding="utf-8")
    from rdflib import Dataset
    from rdflib.namespace import RDF

    from kg.rdf.namespace import VNR

    ds = Dataset(default_union=True)
    ds.parse(str(report_trig), format="trig")
    officials = set(ds.subjects(RDF.type, VNR.Official))
    assert officials
    return report_trig, extra, len(officials) + 1


COUNT = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { { ?x a vnr:Official } UNION { ?x <urn:x:p> ?o } }"


@pytest.mark.parametrize("form", ["query-first", "query-last", "two-data-flags", "one-flag-two-files",
                                  "rq-file", "stdin", "cq-after", "cq-before"])
def test_every_argument_form(capsys, monkeypatch, tmp_path: Path, two_files, form: str) -> None:
    trig, extra, total = two_files
    rq = tmp_path / "count.rq"
    rq.write_text(COUNT, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(COUNT))
    argv = {
        "query-first": [COUNT, "--data", str(trig), str(extra)],
        "query-last": ["--data", str(trig), str(extra), COUNT],
        "two-data-flags": ["--data", str(trig), "--data", str(extra), COUNT],
        "one-flag-two-files": ["--data", str(trig), str(extra), "--format", "csv", COUNT],
        "rq-file": ["--data", str(trig), str(extra), str(rq)],
        "stdin": ["--data", str(trig), str(extra), "-"],
        "cq-after": ["--data", str(trig), str(extra), "--cq", "4"],
        "cq-before": ["--cq", "4", "--data", str(trig), str(extra)],
    }[form]
    code, out, err = run(capsys, "query", *argv, "--format", "csv")
    assert code == 0, err
    if form.startswith("cq"):
        assert "Lê Anh Xuân" in out  # the awards question answered on the two files
    else:
        # both files were read: the report's triples (each quad seen once, in its graph) and the extra one
        assert out.splitlines()[1] == str(total)


def test_data_with_only_a_query_is_a_missing_file_not_the_bundled_report(capsys) -> None:
    code, _, err = run(capsys, "query", "--data", "ASK { ?s ?p ?o }")
    assert code == 2 and "[E233] --data was given a query but no RDF file" in err and len(err.splitlines()) == 1
