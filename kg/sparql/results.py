"""Writing SPARQL results: a terminal table and the W3C result formats.

:func:`render` writes a result as a terminal table (columns aligned by display width), as the W3C SPARQL 1.1
result formats (CSV, TSV, JSON, XML), or a graph as Turtle / JSON-LD / N-Triples / RDF/XML.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import cast

from rdflib import BNode, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import KgError
from kg.rdf import graphio
from kg.rdf.namespace import split_iri
from kg.sparql.store import QueryResult

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = {
    "table": "turtle",
    "turtle": "turtle",
    "ttl": "turtle",
    "jsonld": "json-ld",
    "json": "json-ld",
    "nt": "nt",
    "xml": "xml",
}
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "jsonld", "nt")


# --------------------------------------------------------------------------- terms as text


def short(term: Node | None) -> str:
    """A term for people: IRIs as prefix:local when a project prefix fits, literals as their text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        parts = split_iri(str(term))
        if parts is not None and re.fullmatch(r"[\w.\-/%]*", parts[1]):
            return f"{parts[0]}:{parts[1]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def char_width(ch: str) -> int:
    """Columns a character takes in a terminal: 0 for combining marks, 2 for wide East Asian forms."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Display width of ``text`` (Vietnamese with precomposed or combining diacritics alike)."""
    return sum(char_width(c) for c in text)


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending with '…' when something was left out."""
    if text_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - text_width(text))


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        pieces = textwrap.wrap(para, width=width, break_long_words=True) or [""]
        for piece in pieces:  # textwrap counts code points; re-cut by display width
            lines.append(cut(piece, width) if text_width(piece) > width else piece)
    return lines


def _fit(widths: list[int], total: int) -> list[int]:
    """Shrink the widest columns until the table (with separators) fits ``total`` columns."""
    widths = list(widths)
    budget = total - 3 * (len(widths) - 1)
    while sum(widths) > budget and max(widths) > 8:
        i = widths.index(max(widths))
        widths[i] -= 1
    return widths


def table(result: QueryResult, width: int = 100, wrap: bool = False) -> str:
    """A terminal table of a SELECT result: columns aligned by display width, long cells cut or wrapped."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    header = result.variables
    cells = [[short(t).replace("\n", " ") if not wrap else short(t) for t in row] for row in result.rows]
    natural = [
        max([text_width(h)] + [max(text_width(x) for x in c[i].splitlines() or [""]) for c in cells])
        for i, h in enumerate(header)
    ]
    widths = _fit(natural, width)
    lines = [
        " | ".join(_pad(cut(h, w), w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    for row in cells:
        if wrap:
            parts = [_wrap(x, w) for x, w in zip(row, widths, strict=True)]
            for k in range(max(len(p) for p in parts) if parts else 1):
                line = [_pad(p[k] if k < len(p) else "", w) for p, w in zip(parts, widths, strict=True)]
                lines.append(" | ".join(line).rstrip())
        else:
            lines.append(" | ".join(_pad(cut(x, w), w) for x, w in zip(row, widths, strict=True)).rstrip())
    n = len(result.rows)
    more = " (truncated)" if result.truncated else ""
    lines.append(f"({n} row{'s' if n != 1 else ''}{more})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- W3C result formats


def _rdflib_result(result: QueryResult) -> Result:
    """The result as an rdflib :class:`Result`, so that rdflib's W3C serialisers write it."""
    if result.form == "ASK":
        ask = Result("ASK")
        ask.askAnswer = bool(result.boolean)
        return ask
    out = Result("SELECT")
    out.vars = [Variable(v) for v in result.variables]
    out.bindings = [{Variable(v): cast(Identifier, t) for v, t in zip(result.variables, row, strict=True)
                     if t is not None} for row in result.rows]
    return out


def _serialise(result: QueryResult, fmt: str) -> str:
    data = _rdflib_result(result).serialize(format=fmt, encoding="utf-8")
    assert data is not None
    text = data.decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON Format (rdflib's serialiser)."""
    return _serialise(result, "json")


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format (rdflib's serialiser)."""
    return _serialise(result, "xml")


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV Format (rdflib's serialiser; plain values, CRLF line ends)."""
    if result.form == "ASK":  # the CSV format has no boolean form; rdflib refuses it
        return ("true" if result.boolean else "false") + "\r\n"
    data = _rdflib_result(result).serialize(format="csv", encoding="utf-8")
    assert data is not None
    return data.decode("utf-8")


def _tsv_term(term: Node | None) -> str:
    """A term in N-Triples syntax on one line (tabs escaped too)."""
    return "" if term is None else graphio.nt_term(term, implicit_string=False).replace("\t", "\\t")


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV Format (terms in Turtle syntax, LF line ends)."""
    if result.form == "ASK":
        return ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def render(result: QueryResult, fmt: str = "table", width: int = 100, wrap: bool = False) -> str:
    """The result as text in ``fmt``; a graph (CONSTRUCT/DESCRIBE) as Turtle unless jsonld/nt/xml is asked."""
    if result.graph is not None:
        if fmt not in GRAPH_FORMATS:
            raise KgError(
                "E210",
                f"a {result.form} result is a graph: --format {fmt} does not apply",
                "use turtle, jsonld, nt or xml",
            )
        return graphio.serialise(result.graph, GRAPH_FORMATS[fmt]).decode("utf-8")
    writers = {
        "table": lambda r: table(r, width, wrap),
        "csv": to_csv,
        "tsv": to_tsv,
        "json": to_json,
        "xml": to_xml,
    }
    if fmt not in writers:
        raise KgError(
            "E211",
            f"--format {fmt} is for graphs; a {result.form} result needs one of " + ", ".join(RESULT_FORMATS),
        )
    return writers[fmt](result)
