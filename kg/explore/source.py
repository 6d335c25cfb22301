"""The explorer's own read-only pyoxigraph store and the fixed query templates it runs.

The explorer never shares the SPARQL endpoint's store object: ``--data`` files are bulk-loaded into an in-memory
``pyoxigraph.Store``, ``--store DIR`` is opened read-only, and with neither the bundled report is built in memory
and loaded as N-Quads. Every query is a constant template; values reach it only as ``substitutions``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import KgError, reason

PREFIX = """PREFIX vnr: <https://w3id.org/vnreport-kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
"""


def open_source(data: list[str] | None = None, store_dir: str | None = None) -> ox.Store:
    """A pyoxigraph store of the files, of the store directory, or of the bundled report (in that order)."""
    if store_dir is not None:
        if not Path(store_dir).is_dir():
            raise KgError("E600", f"no store at {store_dir}", "make one with `kg load FILE --store DIR`")
        try:
            return ox.Store.read_only(str(store_dir))
        except OSError as err:
            raise KgError("E600", f"cannot open the store {store_dir}: {err}") from None
    store = ox.Store()
    if data:
        for path in data:
            fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".").lower())
            if fmt is None:
                raise KgError("E601", f"unknown RDF format for {path}", "use .ttl .trig .nq .nt .jsonld")
            try:
                store.bulk_load(path=str(path), format=fmt)
            except (OSError, SyntaxError) as err:
                raise KgError("E601", f"cannot load {path}: {reason(err)}") from None
        return store
    from kg.pipeline import default_dataset
    from kg.rdf.graphio import serialise

    store.bulk_load(serialise(default_dataset(), "nquads"), format=ox.RdfFormat.N_QUADS)
    return store


class Source:
    """A store plus ``select``: run a constant template with named substitutions over the union graph."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, template: str, **values: Any) -> Iterator[dict[str, Any]]:
        """Rows as ``{variable: term or None}``; ``values`` are bound by name (strings become IRIs)."""
        subs = {ox.Variable(k): (ox.NamedNode(v) if isinstance(v, str) else v) for k, v in values.items()}
        result = self.store.query(PREFIX + template, substitutions=subs, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions), "select() takes SELECT templates"
        names = [v.value for v in result.variables]
        for row in result:
            yield {n: row[i] for i, n in enumerate(names)}


def text(term: Any) -> str:
    """The lexical value of a term (empty for None)."""
    return "" if term is None else str(term.value)


def lang(term: Any) -> str:
    """A literal's language tag ('' when none)."""
    return (getattr(term, "language", None) or "") if term is not None else ""
