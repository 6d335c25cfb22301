"""Where query workers find the data: RDF files, an Oxigraph directory, N-Quads bytes or the bundled report.

Whatever the source, a worker runs queries with Oxigraph: ``--store`` opens the directory read-only, and the
other sources are loaded into an in-memory Oxigraph store (files parsed by pyoxigraph, as ``kg load`` does).
Why not rdflib, which ``kg query --data`` uses: rdflib's parser alone takes 6-120 ms a query, longer than
Oxigraph takes to parse and run most of them on one report (docs/sparql.md, "Under load, measured").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.sparql.endpoint import EndpointStore
from kg.sparql.store import MemoryStore, OxigraphStore, Store


@dataclass(frozen=True)
class Source:
    """Where a worker finds the data (plain data: it is sent to the worker process).

    ``kind`` is ``files`` (RDF files), ``store`` (an Oxigraph directory, read-only), ``nquads`` (N-Quads bytes,
    for stores built in memory) or ``bundled`` (the reference report, built by the pipeline).
    """

    kind: str
    paths: tuple[str, ...] = ()
    data: bytes = b""

    def open(self) -> OxigraphStore:
        """The store this source names, opened in the calling process (in memory unless ``store``)."""
        if self.kind == "store":
            return OxigraphStore(self.paths[0], read_only=True)
        store = OxigraphStore()
        if self.kind == "files":
            store.load(list(self.paths))
        elif self.kind == "nquads":
            import pyoxigraph

            store.store.bulk_load(input=self.data, format=pyoxigraph.RdfFormat.N_QUADS)
        else:
            from kg.sparql.store import default_dataset

            store.load_dataset(default_dataset())
        return store

    @classmethod
    def of_options(cls, data: list[str] | None, store_dir: str | None) -> Source:
        """The source ``kg serve --data`` / ``--store`` names (neither: the bundled report)."""
        if data and store_dir is not None:
            raise KgError("E320", "give only one of --data and --store")
        if store_dir is not None:
            return cls("store", (str(Path(store_dir)),))
        if data:
            return cls("files", tuple(str(p) for p in data))
        return cls("bundled")

    @classmethod
    def of_store(cls, store: Store) -> Source:
        """A source that rebuilds ``store`` in a worker (an on-disk Oxigraph store is reopened read-only)."""
        if isinstance(store, OxigraphStore):
            if store.path is not None:
                return cls("store", (str(store.path),))
            import pyoxigraph

            return cls("nquads", data=store.store.dump(format=pyoxigraph.RdfFormat.N_QUADS))
        if isinstance(store, MemoryStore):
            return cls("nquads", data=store.dataset.serialize(format="nquads", encoding="utf-8"))
        if isinstance(store, EndpointStore):
            raise KgError("E401", "kg serve does not relay to another endpoint: it never calls out")
        raise KgError("E401", f"cannot serve a {type(store).__name__}")
