"""Large reports (over :data:`LARGE_BYTES` of input): the graph written without rdflib's in-memory store.

rdflib's store and serialisers take minutes for a graph of a million triples (a 5 MB report). Past the
threshold the emit stage writes into the corpus mode's line sink (each triple formatted once as an N-Triples
line); N-Triples and N-Quads are those lines sorted, and Turtle, TriG, JSON-LD and RDF/XML are written by
Oxigraph from the sorted N-Quads — the same triples, laid out by Oxigraph (deterministic, but not the bytes
rdflib would write). SHACL validation is not run on such a graph (``kg validate`` can).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from rdflib import URIRef
from rdflib.term import Node

from kg.outfile import atomic_output
from kg.pipeline import Result
from kg.rdf.describe import count_typed, description
from kg.rdf.emit import emit, report_iri
from kg.rdf.namespace import PREFIXES, VNR

LARGE_BYTES = 200_000  # the largest article of the shared corpus is 50 kB; the reference report 9 kB
_OX = {"turtle": "TURTLE", "trig": "TRIG", "json-ld": "JSON_LD", "xml": "RDF_XML"}
_ANY_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
_RDF_TYPE = _ANY_TYPE + "<" + str(VNR._NS)


def lines(results: list[Result]) -> tuple[list[str], list[str]]:
    """(triple lines of the default graph, quad lines of the reports' graphs), without the dot, unsorted."""
    from kg.corpus.build import _Sink, nt  # the corpus mode's sink: one N-Triples line per triple

    default: set[str] = set()
    named: set[str] = set()
    for result in results:
        sink = _Sink()
        emit(result.doc, result.links, result.facts, sink)  # type: ignore[arg-type]
        default |= sink.default_context.lines
        for ident, graph in sink.graphs.items():
            g = nt(ident if ident is not None else report_iri(result.doc.doc_id))
            named.update(f"{ln} {g}" for ln in graph.lines)
    return list(default), list(named)


def _description(results: list[Result], default: list[str], named: list[str]) -> list[str]:
    """The VoID/DCAT description (:mod:`kg.rdf.describe`) as quad lines, counted from the lines."""
    from kg.rdf.graphio import nt_term

    reports = sorted({URIRef(str(report_iri(r.doc.doc_id))) for r in results})
    typed: set[tuple[Node, Node]] = set()
    for ln in default:
        if _ANY_TYPE in ln:
            s, o = ln.split(_ANY_TYPE, 1)
            typed.add((URIRef(s[1:-1]), URIRef(o.strip()[1:-1])))
    node, graph = description(reports, len(default) + len(named), *count_typed(typed))
    g = nt_term(node)
    return [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} {g}" for s, p, o in graph]


def write(results: list[Result], out: str | Path, fmt: str) -> tuple[int, Counter[str]]:
    """Write the graph of ``results`` to ``out`` in ``fmt`` (an rdflib format name); returns (triples, classes).

    Streams: the sorted lines go to a temporary N-Triples/N-Quads file that Oxigraph reads and writes from."""
    default, named = lines(results)
    named += _description(results, default, named)
    classes: Counter[str] = Counter()
    for ln in (*default, *named):
        if _RDF_TYPE in ln:
            classes[ln.split(_RDF_TYPE, 1)[1].split(">", 1)[0]] += 1
    count = len(default) + len(named)
    union: set[str] = set(default)
    del default  # a million lines of a 5 MB report: keep one copy at a time
    if fmt in ("nt", "turtle", "xml"):  # triple formats: the union of the graphs
        union.update(ln.rsplit(" ", 1)[0] for ln in named)
    else:
        union.update(named)
    del named
    body = sorted(union)
    del union
    if fmt in ("nt", "nquads"):
        with atomic_output(out) as fh:
            fh.writelines(f"{ln} .\n".encode() for ln in body)
        return count, classes
    with tempfile.TemporaryDirectory(prefix=".kg-large-", dir=Path(out).parent) as tmp:
        lines_file = Path(tmp) / "lines"
        with lines_file.open("w", encoding="utf-8") as fh:
            fh.writelines(f"{ln} .\n" for ln in body)
        del body
        _oxigraph(lines_file, out, fmt)
    return count, classes


def _oxigraph(lines_file: Path, out: str | Path, fmt: str) -> None:
    """Oxigraph reads the sorted lines and writes ``out`` in ``fmt``, streaming."""
    import pyoxigraph as ox

    source = ox.RdfFormat.N_TRIPLES if fmt in ("turtle", "xml") else ox.RdfFormat.N_QUADS
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    with atomic_output(out) as fh:
        ox.serialize(ox.parse(path=str(lines_file), format=source), fh, getattr(ox.RdfFormat, _OX[fmt]),
                     prefixes=prefixes)
