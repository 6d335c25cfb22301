"""Reading and writing RDF files: format by suffix, atomic writes, one-line errors.

Shared by every command that takes ``--data`` or ``-o``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KgError, reason
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


def nt_term(term: Node, *, implicit_string: bool = True) -> str:
    """One RDF term in N-Triples / N-Quads syntax (``\\``, ``"``, LF and CR escaped). ``xsd:string`` is left
    implicit, as RDF 1.1 allows, unless ``implicit_string`` is False (a reader then gets back the same term)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        s = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{s}"@{term.language}'
        if term.datatype is not None and (term.datatype != XSD.string or not implicit_string):
            return f'"{s}"^^<{term.datatype}>'
        return f'"{s}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def serialise(graph: Graph | Dataset, fmt: str) -> bytes:
    """Serialise deterministically: N-Triples/N-Quads lines sorted; Turtle/TriG as rdflib sorts them."""
    bind_prefixes(graph)
    if fmt in ("nt", "nquads"):
        data = graph.serialize(format=fmt, encoding="utf-8")
        lines = sorted({ln for ln in data.decode("utf-8").splitlines() if ln.strip()})
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "json-ld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        return graph.serialize(format="json-ld", encoding="utf-8", sort_keys=True, indent=1, context=context)
    if fmt == "turtle" and isinstance(graph, Dataset):
        flat = Graph(bind_namespaces="none")
        bind_prefixes(flat)
        for s, p, o, _ in graph.quads((None, None, None, None)):
            flat.add((s, p, o))
        graph = flat
    return graph.serialize(format=fmt, encoding="utf-8")


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and rename: never a half-written file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an output file gets the usual mode
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write(graph: Graph | Dataset, path: str | Path) -> Path:
    """Serialise ``graph`` in the format its suffix names, atomically."""
    return write_bytes_atomic(path, serialise(graph, format_for(path)))
