"""Reading and writing RDF files: format by suffix, atomic writes, one-line errors.

Shared by every command that takes ``--data`` or ``-o``.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.term import Node

from kg.errors import KgError, reason
from kg.outfile import write_bytes_atomic
from kg.rdf.namespace import PREFIXES, bind_prefixes, new_dataset

FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nq": "nquads",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def format_for(path: str | Path) -> str:
    """The rdflib format name for a file suffix; raises :class:`KgError` for an unknown suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise KgError("E010", f"unknown RDF file suffix {suffix or '(none)'!r} for {path}", f"use one of {known}")
    return FORMATS[suffix]


def load(paths: list[str | Path], into: Dataset | None = None) -> Dataset:
    """Parse RDF files into one dataset (named graphs kept); raises :class:`KgError` on a bad file."""
    ds = into if into is not None else new_dataset()
    for path in paths:
        p = Path(path)
        if not p.exists():
            raise KgError("E011", f"no such file: {p}", "check the path or run `kg build` first")
        if p.is_dir():
            raise KgError("E012", f"{p} is a directory, not an RDF file")
        fmt = format_for(p)
        try:
            if fmt in QUAD_FORMATS:
                ds.parse(str(p), format=fmt)
            else:
                ds.graph(ds.default_graph.identifier).parse(str(p), format=fmt)
        except KgError:
            raise
        except Exception as err:  # rdflib raises many parser-specific types
            raise KgError("E013", f"cannot parse {p} as {fmt}: {reason(err)}") from None
    return ds


def nt_string(text: str) -> str:
    """A string's body in N-Triples / N-Quads / Turtle syntax (``\\``, ``"``, LF and CR escaped)."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


_XSD_STRING = XSD.string  # looked up once (a namespace attribute builds a new IRI on each access)


def nt_term(term: Node, *, implicit_string: bool = True) -> str:
    """One RDF term in N-Triples / N-Quads syntax (``\\``, ``"``, LF and CR escaped). ``xsd:string`` is left
    implicit, as RDF 1.1 allows, unless ``implicit_string`` is False (a reader then gets back the same term)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        s = nt_string(str(term))
        if term.language:
            return f'"{s}"@{term.language}'
        if term.datatype is not None and (term.datatype != _XSD_STRING or not implicit_string):
            return f'"{s}"^^<{term.datatype}>'
        return f'"{s}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def serialise(graph: Graph | Dataset, fmt: str) -> bytes:
    """Serialise deterministically (the same bytes whatever PYTHONHASHSEED): N-Triples/N-Quads lines sorted;
    Turtle as rdflib sorts it; TriG graph by graph in IRI order; RDF/XML from a store filled in sorted order;
    JSON-LD with its node and value arrays sorted."""
    bind_prefixes(graph)
    if fmt in ("nt", "nquads"):
        data = graph.serialize(format=fmt, encoding="utf-8")
        lines = sorted({ln for ln in data.decode("utf-8").split("\n") if ln.strip()})  # not splitlines: U+2028
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        data = graph.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1, context=context)
        doc = _sorted_json(json.loads(data))
        return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1)).encode("utf-8")
    if fmt == "trig" and isinstance(graph, Dataset):
        default_id = graph.default_context.identifier
        serializer = TrigSerializer(graph)
        serializer.contexts.sort(key=lambda g: (g.identifier != default_id, str(g.identifier)))
        for named in serializer.contexts:  # a context's namespace manager, made on first use, rebinds
            bind_prefixes(named)               # rdflib's defaults ("dcterms"): ours again, before writing
        buf = io.BytesIO()
        serializer.serialize(buf, encoding="utf-8")
        return buf.getvalue()
    if fmt == "xml" or (fmt == "turtle" and isinstance(graph, Dataset)):
        graph = _flat(graph)
    return graph.serialize(format=fmt, encoding="utf-8")


class _SortedGraph(Graph):
    """A graph whose full subject scan is sorted: rdflib's RDF/XML writer follows it (else hash order)."""

    def subjects(self, predicate=None, object=None, unique=False):  # noqa: ANN001, ANN201, A002 (rdflib's API)
        if predicate is None and object is None:
            return iter(sorted(set(super().subjects()), key=str))
        return super().subjects(predicate, object, unique)


def _flat(graph: Graph | Dataset) -> Graph:
    """Every triple in one graph, added in sorted order, with a sorted subject scan."""
    flat = _SortedGraph(bind_namespaces="none")
    bind_prefixes(flat)
    triples = {(s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))} if isinstance(
        graph, Dataset) else set(graph)
    for t in sorted(triples):
        flat.add(t)
    return flat


def _sorted_json(node: object, in_list: bool = False) -> object:
    """JSON-LD with every array but an ``@list`` sorted (rdflib emits nodes in hash order)."""
    if isinstance(node, dict):
        return {k: _sorted_json(v, k == "@list") for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(v) for v in node]
        return items if in_list else sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def refuse_input_as_output(out: str | Path, inputs: Sequence[str | Path]) -> None:
    """Raise :class:`KgError` E014 when ``out`` names one of ``inputs``: no command overwrites its input."""
    target = Path(out)
    for item in inputs:
        src = Path(item)
        same = target.resolve() == src.resolve()
        if not same and target.exists() and src.exists():
            try:
                same = os.path.samefile(target, src)
            except OSError:
                same = False
        if same:
            raise KgError("E014", f"the output {out} is also an input: writing it would destroy it",
                          "choose another -o path")


def write(graph: Graph | Dataset, path: str | Path) -> Path:
    """Serialise ``graph`` in the format its suffix names, atomically."""
    return write_bytes_atomic(path, serialise(graph, format_for(path)))
