"""CONSTRUCT and DESCRIBE on rdflib that stop at the row cap instead of building the whole graph first.

rdflib's own evaluation fills one result graph with every solution before it returns, so a CONSTRUCT over a
cross join runs (and grows) until the timeout even when only the first 10,000 triples will be sent. Here the
solutions of the WHERE clause are consumed one at a time and the work stops once ``limit`` distinct triples
are in hand, as Oxigraph's iterator does with ``--store``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar, cast

from rdflib import Dataset, Graph, URIRef, Variable
from rdflib.plugins.sparql.evaluate import evalPart
from rdflib.plugins.sparql.evalutils import _fillTemplate
from rdflib.plugins.sparql.sparql import Query, QueryContext
from rdflib.term import Node

from kg.rdf.namespace import new_graph

Triple = tuple[Node, Node, Node]
T = TypeVar("T")


def _context(dataset: Dataset, query: Query, init: Mapping[Variable, Node]) -> QueryContext:
    """The evaluation context rdflib's ``evalQuery`` would make (same dataset clause, same prologue)."""
    main = query.algebra
    ctx = QueryContext(dataset, initBindings=cast(Any, dict(init)), datasetClause=main.datasetClause)
    ctx.prologue = query.prologue
    return ctx


def first_distinct(items: Iterable[T], limit: int | None) -> tuple[list[T], bool]:
    """The first ``limit`` distinct items in the order they came, and whether more were there."""
    kept: dict[T, None] = {}
    for item in items:
        if item in kept:
            continue
        if limit is not None and len(kept) >= limit:
            return list(kept), True
        kept[item] = None
    return list(kept), False


def capped_graph(triples: Iterable[Triple], limit: int | None) -> tuple[Graph, bool]:
    """A graph of the first ``limit`` distinct triples, and whether more were there."""
    kept, truncated = first_distinct(triples, limit)
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in kept)
    return graph, truncated


def _constructed(ctx: QueryContext, main: Any) -> Iterator[Triple]:
    template = main.template or main.p.p.triples  # CONSTRUCT WHERE: the pattern is the template
    for solution in evalPart(ctx, main.p):
        yield from _fillTemplate(template, solution)


def _described(ctx: QueryContext, main: Any) -> Iterator[Triple]:
    """The concise bounded description of each resource, as soon as a solution names it."""
    seen: set[Node] = set()

    def resources() -> Iterator[Node]:
        yield from (iri for iri in main.PV if isinstance(iri, URIRef))
        if main.p is not None:
            for solution in evalPart(ctx, main.p):
                yield from solution.values()

    for resource in resources():
        if resource not in seen:
            seen.add(resource)
            yield from ctx.graph.cbd(resource)  # type: ignore[union-attr]


def graph_result(
    dataset: Dataset, query: Query, init: Mapping[Variable, Node], limit: int | None
) -> tuple[Graph, bool]:
    """Evaluate a CONSTRUCT or DESCRIBE query; at most ``limit`` triples and whether some were cut."""
    ctx = _context(dataset, query, init)
    main = query.algebra
    triples = _constructed(ctx, main) if main.name == "ConstructQuery" else _described(ctx, main)
    return capped_graph(triples, limit)
