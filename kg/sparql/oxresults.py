"""Oxigraph's answers written straight from its own terms: SELECT and ASK in the W3C SPARQL 1.1 result formats,
CONSTRUCT and DESCRIBE in N-Triples.

What the endpoint's workers send (:mod:`kg.sparql.protocol`): the documents :mod:`kg.sparql.results` writes
through rdflib — the same bytes: rdflib's JSON key order and separators, its CSV quoting, the same TSV and XML,
``xsd:string`` left implicit — but without making an rdflib term of every cell first and without rdflib's
result writers. For the 10,000 rows of a corpus question (CQ12, CPU time): converted to rdflib terms 0.3 s,
then written as JSON 0.39 s, CSV 0.20 s, XML 0.91 s; here, with no conversion: 0.19 s, 0.15 s, 0.14 s (TSV,
already written by hand, 0.09 s either way). pyoxigraph's own writer (``QuerySolutions.serialize``) is
not used: it writes every solution, where the endpoint stops at the row cap and keeps the rows to write them
again in another format.

A graph (:class:`Triples`: the first distinct triples up to the cap) goes out in N-Triples — asked for, or as
Turtle past :data:`kg.sparql.protocol.PRETTY_TURTLE_MAX` triples — written by pyoxigraph, its lines sorted as
:func:`kg.rdf.graphio.serialise` sorts them (the same bytes; the 10,000 triples of the benchmark's CONSTRUCT on
the corpus: 0.53 s of CPU through rdflib terms, 0.22 s here); other graph formats go through rdflib.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from kg.errors import KgError
from kg.rdf.graphio import nt_string
from kg.sparql.stream import first_distinct

if TYPE_CHECKING:
    from rdflib import Graph

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
SPARQL_RESULTS = "http://www.w3.org/2005/sparql-results#"
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


@dataclass
class Solutions:
    """A SELECT or ASK answer of Oxigraph: variables and rows of pyoxigraph terms (None: unbound), or the
    boolean; ``truncated`` when the row cap cut the rows short."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False


def take(result: Any, limit: int | None) -> Solutions:
    """The answer of ``store.query`` for a SELECT or ASK query, at most ``limit`` rows."""
    import pyoxigraph

    if isinstance(result, pyoxigraph.QueryBoolean):
        return Solutions("ASK", boolean=bool(result))
    variables = [v.value for v in result.variables]
    rows: list[tuple[Any, ...]] = []
    truncated = False
    for solution in result:
        if limit is not None and len(rows) >= limit:
            truncated = True
            break
        rows.append(tuple(solution))
    return Solutions("SELECT", variables=variables, rows=rows, truncated=truncated)


@dataclass
class Triples:
    """A CONSTRUCT or DESCRIBE answer of Oxigraph: its first distinct triples (pyoxigraph terms), in the order
    they came; ``truncated`` when the cap cut them short."""

    form: str
    triples: list[Any] = field(default_factory=list)
    truncated: bool = False

    @property
    def rows(self) -> list[Any]:
        """The triples (what the size of a kept answer is counted in)."""
        return self.triples


def take_triples(result: Any, form: str, limit: int | None) -> Triples:
    """The first ``limit`` distinct triples of ``store.query`` for a CONSTRUCT or DESCRIBE query."""
    kept, truncated = first_distinct(result, limit)
    return Triples(form, kept, truncated)


def n_triples(graph: Triples) -> str:
    """The triples in N-Triples, one a line, the lines sorted (as :func:`kg.rdf.graphio.serialise` writes)."""
    import pyoxigraph

    data = pyoxigraph.serialize(graph.triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
    lines = sorted({line for line in data.decode("utf-8").split("\n") if line.strip()})  # not splitlines: U+2028
    return "\n".join(lines) + "\n"


def to_rdflib(graph: Triples) -> Graph:
    """The triples as an rdflib graph, for the graph formats rdflib writes (pretty Turtle, JSON-LD, RDF/XML)."""
    from kg.sparql.oxterms import from_ox
    from kg.sparql.stream import capped_graph

    triples = ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in graph.triples)
    return capped_graph(triples, None)[0]  # type: ignore[arg-type]


def _kinds() -> tuple[type, type, type]:
    import pyoxigraph

    return pyoxigraph.NamedNode, pyoxigraph.BlankNode, pyoxigraph.Literal


def _unsupported(term: Any) -> KgError:
    return KgError("E301", f"unsupported term in result: {term!r}")


def _cells(rows: Iterable[tuple[Any, ...]], cell: Callable[[Any], Any]) -> list[list[Any]]:
    """Every cell through ``cell``, each distinct term once (IRIs and names repeat down a column)."""
    seen: dict[Any, Any] = {}
    out = []
    for row in rows:
        line: list[Any] = []
        for term in row:
            if term is None:
                line.append(None)
                continue
            value = seen.get(term)
            if value is None:
                value = seen[term] = cell(term)
            line.append(value)
        out.append(line)
    return out


# --------------------------------------------------------------------------- JSON


def to_json(sol: Solutions) -> str:
    """SPARQL 1.1 Query Results JSON Format, as rdflib writes it (compact, its key order)."""
    if sol.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(sol.boolean)}) + "\n"
    named, blank, literal = _kinds()

    def cell(t: Any) -> dict[str, str]:
        kind = type(t)
        if kind is named:
            return {"type": "uri", "value": t.value}
        if kind is blank:
            return {"type": "bnode", "value": t.value}
        if kind is not literal:
            raise _unsupported(t)
        if t.language:
            return {"type": "literal", "value": t.value, "xml:lang": t.language}
        datatype = t.datatype.value
        if datatype == XSD_STRING:
            return {"type": "literal", "value": t.value}
        return {"type": "literal", "value": t.value, "datatype": datatype}

    names = sol.variables
    bindings = [{v: c for v, c in zip(names, line, strict=True) if c is not None}
                for line in _cells(sol.rows, cell)]
    doc = {"results": {"bindings": bindings}, "head": {"vars": names}}
    return json.dumps(doc, allow_nan=False, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- CSV and TSV


def to_csv(sol: Solutions) -> str:
    """SPARQL 1.1 Query Results CSV Format (plain values, blank nodes as ``_:id``, CRLF line ends)."""
    if sol.form == "ASK":
        return ("true" if sol.boolean else "false") + "\r\n"
    named, blank, literal = _kinds()

    def cell(t: Any) -> str:
        kind = type(t)
        if kind is blank:
            return "_:" + t.value
        if kind is named or kind is literal:
            return str(t.value)
        raise _unsupported(t)

    out = io.StringIO()
    writer = csv.writer(out, delimiter=",")
    writer.writerow(sol.variables)
    writer.writerows([["" if c is None else c for c in line] for line in _cells(sol.rows, cell)])
    return out.getvalue()


def to_tsv(sol: Solutions) -> str:
    """SPARQL 1.1 Query Results TSV Format (terms in Turtle syntax, tabs escaped, LF line ends)."""
    if sol.form == "ASK":
        return ("true" if sol.boolean else "false") + "\n"
    named, blank, literal = _kinds()

    def cell(t: Any) -> str:
        kind = type(t)
        if kind is named:
            text = f"<{t.value}>"
        elif kind is blank:
            text = f"_:{t.value}"
        elif kind is literal:
            value = nt_string(t.value)
            datatype = t.datatype.value
            text = (f'"{value}"@{t.language}' if t.language else f'"{value}"' if datatype == XSD_STRING
                    else f'"{value}"^^<{datatype}>')
        else:
            raise _unsupported(t)
        return text.replace("\t", "\\t")

    lines = ["\t".join(f"?{v}" for v in sol.variables)]
    lines += ["\t".join("" if c is None else c for c in line) for line in _cells(sol.rows, cell)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- XML


def to_xml(sol: Solutions) -> str:
    """SPARQL Query Results XML Format, as rdflib's writer lays it out."""
    named, blank, literal = _kinds()

    def cell(t: Any) -> str:
        kind = type(t)
        if kind is named:
            return f"<uri>{escape(t.value)}</uri>"
        if kind is blank:
            return f"<bnode>{escape(t.value)}</bnode>"
        if kind is not literal:
            raise _unsupported(t)
        if t.language:
            attr = f" xml:lang={quoteattr(t.language)}"
        else:
            datatype = t.datatype.value
            attr = "" if datatype == XSD_STRING else f" datatype={quoteattr(datatype)}"
        return f"<literal{attr}>{escape(t.value)}</literal>"

    parts = ['<?xml version="1.0" encoding="utf-8"?>\n',
             f'<sparql xmlns="{SPARQL_RESULTS}" xmlns:xml="{XML_NAMESPACE}"><head>']
    parts += [f"<variable name={quoteattr(v)}></variable>" for v in sol.variables]
    parts.append("</head>")
    if sol.form == "ASK":
        parts.append(f"<boolean>{'true' if sol.boolean else 'false'}</boolean>")
    else:
        names = [f"<binding name={quoteattr(v)}>" for v in sol.variables]
        parts.append("<results>")
        for line in _cells(sol.rows, cell):
            parts.append("<result>")
            parts += [name + c + "</binding>" for name, c in zip(names, line, strict=True) if c is not None]
            parts.append("</result>")
        parts.append("</results>")
    parts.append("</sparql>")
    return "".join(parts) + "\n"


WRITERS: dict[str, Callable[[Solutions], str]] = {"json": to_json, "csv": to_csv, "tsv": to_tsv, "xml": to_xml}


def render(sol: Solutions, fmt: str) -> str:
    """The answer in one of the W3C result formats: json, csv, tsv or xml."""
    if fmt not in WRITERS:
        raise KgError("E211", f"a {sol.form} result is written as json, csv, tsv or xml, not {fmt}")
    return WRITERS[fmt](sol)
