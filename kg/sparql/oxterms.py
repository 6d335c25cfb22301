"""pyoxigraph terms and files: rdflib ⇄ pyoxigraph term conversion and RDF files parsed into quads.

Used by the Oxigraph store (:class:`kg.sparql.store.OxigraphStore`), ``kg push`` and the viewer's Oxigraph
path; pyoxigraph is imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KgError, reason
from kg.progress import Progress
from kg.rdf import graphio

OX_FORMATS = {
    ".ttl": "TURTLE",
    ".trig": "TRIG",
    ".nq": "N_QUADS",
    ".nt": "N_TRIPLES",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
}


def _ox() -> Any:
    import pyoxigraph

    return pyoxigraph


def _checked(path: str | Path) -> Path:
    p = Path(path)
    if not p.is_file():
        raise KgError("E011", f"no such file: {p}", "check the path or run `kg build` first")
    graphio.format_for(p)  # one-line error for an unknown suffix
    return p


def parse_files(
    paths: Iterable[str | Path], progress: Progress | None = None, skip: frozenset[str] = frozenset(),
    *, before: int = 0, total_bytes: int | None = None,
) -> Iterator[Any]:
    """The quads of RDF files, parsed by pyoxigraph (triples in the default graph), quads whose predicate IRI
    is in ``skip`` left out; ``progress`` counts quads and the share of the bytes read (for its ETA), of
    ``total_bytes`` (default: these files) after ``before`` bytes read already."""
    ox = _ox()
    files = [_checked(path) for path in paths]
    sizes = [p.stat().st_size for p in files]
    total = total_bytes if total_bytes is not None else sum(sizes)
    skipped = {ox.NamedNode(iri) for iri in skip}
    done = before
    for p, size in zip(files, sizes, strict=True):
        fmt = getattr(ox.RdfFormat, OX_FORMATS[p.suffix.lower()])
        with p.open("rb") as fh:
            source: Any = fh
            if progress is not None:
                source = _ShareReader(fh, done, total, progress)
            count = 0
            try:
                for quad in ox.parse(source, format=fmt):
                    count += 1
                    if count == 10_000 and progress is not None:  # one call per 10 000 quads: cheap
                        progress.update(count)
                        count = 0
                    if quad.predicate not in skipped:
                        yield quad
                if progress is not None:
                    progress.update(count)
            except (SyntaxError, ValueError, OSError) as err:
                raise KgError("E013", f"cannot load {p}: {reason(err)}") from None
        done += size


class _ShareReader:
    """A binary file seen by :func:`parse_files`: tells the progress line the share of all files read."""

    def __init__(self, fh: Any, before: int, total: int, progress: Progress) -> None:
        self.fh, self.read_bytes, self.total, self.progress = fh, before, max(total, 1), progress

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.read_bytes += len(data)
        self.progress.update(0, fraction=self.read_bytes / self.total)
        return data


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    ox = _ox()
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise KgError("E300", f"cannot bind {term!r}: only IRIs, blank nodes and literals can be bound")


def from_ox(term: Any) -> Node | None:
    """A pyoxigraph term as an rdflib term (xsd:string literals become simple literals)."""
    if term is None:
        return None
    ox = _ox()
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise KgError("E301", f"unsupported term in result: {term!r}")


class TermCache:
    """:func:`from_ox` that makes each IRI once (rdflib validates every IRI it builds: the costly part of
    converting a large graph); ``cache(term)`` for a pyoxigraph term."""

    def __init__(self) -> None:
        self.iris: dict[Any, URIRef] = {}
        self.named = _ox().NamedNode

    def __call__(self, term: Any) -> Node:
        if type(term) is self.named:
            found = self.iris.get(term)
            if found is None:
                found = self.iris[term] = URIRef(term.value)
            return found
        return from_ox(term)  # type: ignore[return-value]
