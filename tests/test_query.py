"""kg.sparql.query: parsing with predeclared prefixes, errors with line and column, bindings, result formats."""

from __future__ import annotations

import io
import json
import unicodedata
import xml.etree.ElementTree as ET

import pytest
import rdflib.namespace as rdfns
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import KgError
from kg.rdf.namespace import DATA, SCHEMA, VNR, new_dataset
from kg.sparql import query, results
from kg.sparql.store import MemoryStore, QueryResult

RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@pytest.fixture()
def store() -> MemoryStore:
    """A small graph: two officials (one name with a language tag), an award with counts, a blank node."""
    ds = new_dataset()
    g = ds.graph(ds.default_graph.identifier)
    g.add((DATA.le, RDF_TYPE, VNR.Official))
    g.add((DATA.le, SCHEMA.name, Literal("Lê Anh Xuân")))
    g.add((DATA.trieu, RDF_TYPE, VNR.Official))
    g.add((DATA.trieu, SCHEMA.name, Literal("Trịnh Huy Triều", lang="vi")))
    g.add((DATA.aw, VNR.collectiveCount, Literal(5)))
    g.add((DATA.aw, SCHEMA.description, Literal('trao "Giấy khen",\nnăm 2020\tQPAN')))
    node = BNode("b0")
    g.add((DATA.aw, SCHEMA.location, node))
    g.add((node, SCHEMA.name, Literal("hội nghị")))
    return MemoryStore(ds)


def test_prefixes_are_predeclared_and_forms_detected(store: MemoryStore) -> None:
    r = query.run(store, "SELECT ?n WHERE { ?o a vnr:Official ; schema:name ?n } ORDER BY ?n")
    assert r.form == "SELECT" and [str(x) for x in r.column("n")] == ["Lê Anh Xuân", "Trịnh Huy Triều"]
    assert query.run(store, "ASK { vnrd:le a vnr:Official }").boolean is True
    assert query.run(store, "ASK { vnrd:le a vnr:Body }").boolean is False
    g = query.run(store, "CONSTRUCT { ?o schema:name ?n } WHERE { ?o a vnr:Official ; schema:name ?n }").graph
    assert g is not None and set(g.objects(DATA.le, SCHEMA.name)) == {Literal("Lê Anh Xuân")}
    d = query.run(store, "DESCRIBE vnrd:aw")
    assert d.form == "DESCRIBE" and d.graph is not None and (DATA.aw, VNR.collectiveCount, Literal(5)) in d.graph


def test_a_prefix_declared_in_the_query_wins(store: MemoryStore) -> None:
    r = query.run(store, "PREFIX schema: <http://example.org/> SELECT ?n { ?o schema:name ?n }")
    assert r.rows == []


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("SELECT ?x WHERE {\n  ?x schema:name \n}", 2, None),
        ("SELECT ?x WHERE { ?x ?p ?o ", 1, None),
        ("SELEKT ?x { ?x ?p ?o }", 1, 1),
    ],
)
def test_syntax_error_gives_line_and_column(text: str, line: int, col: int | None) -> None:
    with pytest.raises(KgError) as info:
        query.prepare(text)
    message = str(info.value)
    assert "\n" not in message and info.value.code == "E200"
    assert f"line {line}," in message
    if col is not None:
        assert f"column {col}:" in message


def test_unknown_prefix_and_update_are_one_line_errors() -> None:
    with pytest.raises(KgError, match="Unknown namespace prefix : nope"):
        query.prepare("SELECT * { ?s nope:p ?o }")
    with pytest.raises(KgError, match="read-only") as info:
        query.prepare("INSERT DATA { vnrd:a vnrd:b vnrd:c }")
    assert info.value.code == "E202"
    with pytest.raises(KgError, match="empty query"):
        query.prepare("  \n")


def test_bindings_are_bindings_not_text(store: MemoryStore) -> None:
    r = query.run(store, "SELECT ?o WHERE { ?o schema:name ?n }", {"n": Literal("Lê Anh Xuân")})
    assert r.column("o") == [DATA.le]
    # A value that would break out of a string if it were formatted into the query is just a literal.
    evil = Literal('x" } ?o ?p ?n . FILTER(true) { "')
    assert query.run(store, "SELECT ?o WHERE { ?o schema:name ?n }", {"n": evil}).rows == []
    # Language-tagged and typed values are distinct terms.
    assert query.run(store, "SELECT ?o { ?o schema:name ?n }", {"n": Literal("Trịnh Huy Triều")}).rows == []
    tagged = query.run(store, "SELECT ?o { ?o schema:name ?n }", {"n": Literal("Trịnh Huy Triều", lang="vi")})
    assert tagged.column("o") == [DATA.trieu]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("name=Lê Anh Xuân", ("name", Literal("Lê Anh Xuân"))),
        ("?o=vnrd:le", ("o", DATA.le)),
        ("o=<http://example.org/x>", ("o", URIRef("http://example.org/x"))),
        ('n="Trịnh Huy Triều"@vi', ("n", Literal("Trịnh Huy Triều", lang="vi"))),
        ("k=5", ("k", Literal(5))),
        ('d="2020-12-11"^^xsd:date', ("d", Literal("2020-12-11", datatype=rdfns.XSD.date))),
        ("t=Thành ủy: TP Thanh Hóa", ("t", Literal("Thành ủy: TP Thanh Hóa"))),
    ],
)
def test_parse_binding(spec: str, expected: tuple[str, object]) -> None:
    assert query.parse_binding(spec) == expected


def test_bad_binding_is_an_error() -> None:
    with pytest.raises(KgError, match="NAME=VALUE"):
        query.parse_binding("no equals sign")


def test_select_star_columns_follow_the_query(store: MemoryStore) -> None:
    r = query.run(store, "SELECT * { ?who schema:name ?name . ?who a ?class }")
    assert r.variables == ["who", "name", "class"]


def test_limit_marks_truncation(store: MemoryStore) -> None:
    r = query.run(store, "SELECT ?s ?p ?o { ?s ?p ?o }", limit=2)
    assert len(r.rows) == 2 and r.truncated
    assert not query.run(store, "SELECT ?s { ?s a vnr:Official }", limit=2).truncated


# --------------------------------------------------------------------------- W3C formats, parsed back by rdflib


def _all(store: MemoryStore) -> QueryResult:
    return query.run(store, "SELECT ?s ?p ?o ?missing { ?s ?p ?o OPTIONAL { ?s vnr:nothing ?missing } }")


def _as_set(rows: list) -> set:
    return {tuple(None if t is None else (t if not isinstance(t, BNode) else "bnode") for t in r) for r in rows}


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_json_and_xml_round_trip(store: MemoryStore, fmt: str) -> None:
    r = _all(store)
    parsed = Result.parse(io.StringIO(results.render(r, fmt)), format=fmt)
    assert [str(v) for v in parsed.vars] == ["s", "p", "o", "missing"]
    got = {tuple(None if t is None else (t if not isinstance(t, BNode) else "bnode") for t in row) for row in parsed}
    assert got == _as_set(r.rows) and len(r.rows) == 8


def test_json_shape_follows_the_w3c_format(store: MemoryStore) -> None:
    doc = json.loads(results.render(query.run(store, "SELECT ?n ?c { OPTIONAL { ?o schema:name ?n } "
                                                   "OPTIONAL { ?a vnr:collectiveCount ?c } } ORDER BY ?n"), "json"))
    assert doc["head"]["vars"] == ["n", "c"]
    cells = [b["n"] for b in doc["results"]["bindings"] if "n" in b]
    assert {"type": "literal", "value": "Trịnh Huy Triều", "xml:lang": "vi"} in cells
    assert {"type": "literal", "value": "Lê Anh Xuân"} in cells  # simple literal: no datatype key
    counts = [b["c"] for b in doc["results"]["bindings"]]
    assert counts[0] == {"type": "literal", "value": "5", "datatype": str(rdfns.XSD.integer)}
    ask = json.loads(results.render(query.run(store, "ASK { ?s a vnr:Official }"), "json"))
    assert ask == {"head": {}, "boolean": True}


def test_xml_is_well_formed_with_the_results_namespace(store: MemoryStore) -> None:
    root = ET.fromstring(results.render(query.run(store, "ASK { ?s a vnr:Body }"), "xml").encode("utf-8"))
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert root.tag == f"{ns}sparql" and root.find(f"{ns}boolean").text == "false"


def test_csv_is_plain_values_with_crlf(store: MemoryStore) -> None:
    text = results.render(query.run(store, "SELECT ?s ?d { ?s schema:description ?d }"), "csv")
    assert text.startswith("s,d\r\n")
    parsed = Result.parse(io.StringIO(text), format="csv")
    assert [(str(a), str(b)) for a, b in parsed] == [(str(DATA.aw), 'trao "Giấy khen",\nnăm 2020\tQPAN')]


def test_tsv_is_turtle_terms(store: MemoryStore) -> None:
    text = results.render(query.run(store, "SELECT ?o ?n { ?o a vnr:Official ; schema:name ?n } ORDER BY ?o"), "tsv")
    lines = text.splitlines()
    assert lines[0] == "?o\t?n"
    assert f"<{DATA.le}>\t\"Lê Anh Xuân\"" in lines and f"<{DATA.trieu}>\t\"Trịnh Huy Triều\"@vi" in lines
    parsed = Result.parse(io.StringIO(text), format="tsv")
    assert {(row[0], row[1]) for row in parsed} == {(DATA.le, Literal("Lê Anh Xuân")),
                                                    (DATA.trieu, Literal("Trịnh Huy Triều", lang="vi"))}


def test_graph_results_are_turtle_or_jsonld(store: MemoryStore) -> None:
    r = query.run(store, "CONSTRUCT WHERE { ?o a vnr:Official ; schema:name ?n }")
    ttl = results.render(r)
    assert "@prefix vnr:" in ttl and "vnrd:le" in ttl
    parsed = Graph().parse(data=results.render(r, "jsonld"), format="json-ld")
    assert set(parsed.subjects(RDF_TYPE, VNR.Official)) == {DATA.le, DATA.trieu} and len(parsed) == 4
    with pytest.raises(KgError, match="is a graph"):
        results.render(r, "csv")
    with pytest.raises(KgError, match="for graphs"):
        results.render(query.run(store, "SELECT * { ?s ?p ?o }"), "turtle")


# --------------------------------------------------------------------------- the terminal table


def test_display_width_of_vietnamese() -> None:
    nfc = "Trịnh Huy Triều"
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc) and results.text_width(nfd) == results.text_width(nfc) == len(nfc)
    assert results.text_width("漢字") == 4


def test_table_aligns_precomposed_and_combining_text() -> None:
    nfd = unicodedata.normalize("NFD", "Trịnh Huy Triều")
    r = QueryResult("SELECT", ["name", "n"], [(Literal(nfd), Literal(1)), (Literal("Lê Anh Xuân"), Literal(22))])
    lines = results.table(r).splitlines()
    bars = {results.text_width(line.split("|")[0]) for line in lines[:4] if "|" in line}
    assert len(bars) == 1  # the separator sits in the same column on every line
    assert lines[-1] == "(2 rows)"


def test_long_cells_are_cut_with_a_marker_or_wrapped() -> None:
    long = "Tại hội nghị, đồng chí Lê Anh Xuân, Bí thư Thành ủy TP Thanh Hóa đã trao Giấy khen cho 5 tập thể"
    r = QueryResult("SELECT", ["id", "text"], [(URIRef(DATA.le), Literal(long))])
    cut = results.table(r, width=40)
    assert all(results.text_width(line) <= 40 for line in cut.splitlines())
    assert "…" in cut and "vnrd:le" in cut
    wrapped = results.table(r, width=40, wrap=True)
    assert "…" not in wrapped and all(results.text_width(line) <= 40 for line in wrapped.splitlines())
    words = " ".join(line.split("|")[1].strip() for line in wrapped.splitlines()[2:-1])
    assert words == long


def test_iris_are_shortened_with_project_prefixes() -> None:
    assert results.short(VNR.Official) == "vnr:Official"
    assert results.short(URIRef("http://example.org/x")) == "<http://example.org/x>"
    assert results.short(BNode("b1")) == "_:b1"


def test_tsv_keeps_one_row_per_line_for_multiline_literals() -> None:
    cells = (Literal('dòng 1\n"dòng"\t2', lang="vi"), Literal("a\\b", datatype=rdfns.XSD.string), Literal(7))
    r = QueryResult("SELECT", ["a", "b", "c"], [cells])
    text = results.to_tsv(r)
    assert len(text.splitlines()) == 2 and text.splitlines()[1].count("\t") == 2
    (row,) = list(Result.parse(io.StringIO(text), format="tsv"))
    assert tuple(row) == cells


@pytest.mark.parametrize(
    ("text", "form", "star"),
    [
        ("PREFIX select: <http://example.org/> ASK { ?s select:p ?o }", "ASK", False),
        ("select distinct * where { ?s ?p ?o }", "SELECT", True),
        ("# SELECT in a comment\nCONSTRUCT { ?s ?p ?o } WHERE { { SELECT ?s { ?s ?p ?o } } ?s ?p ?o }",
         "CONSTRUCT", False),
        ('DESCRIBE ?x WHERE { ?x ?p "ASK" }', "DESCRIBE", False),
    ],
)
def test_oxigraph_reading_finds_the_form_without_rdflib(text: str, form: str, star: bool) -> None:
    prepared = query.prepare_for_oxigraph(text)
    assert (prepared.form, prepared.select_star, prepared.algebra) == (form, star, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("INSERT DATA { vnrd:a vnrd:b vnrd:c }", "E202"),
        ("SELECT * WHERE " + "{" * 30 + " ?s ?p ?o " + "}" * 30, "E207"),
        ("SELEKT * { ?s ?p ?o }", "E200"),
        ("  ", "E201"),
    ],
)
def test_oxigraph_reading_refuses_what_prepare_refuses(text: str, code: str) -> None:
    with pytest.raises(KgError) as info:
        query.prepare_for_oxigraph(text)
    assert info.value.code == code


def test_oxigraph_reading_sees_service_behind_escapes() -> None:
    assert query.prepare_for_oxigraph("ASK { FILTER EXISTS { \\u0053ERVICE <http://127.0.0.1:9/> { } } }").uses_service
