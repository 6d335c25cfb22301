"""Where query workers find the data: RDF files, an Oxigraph directory, N-Quads bytes or the bundled report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.sparql.endpoint import EndpointStore
from kg.sparql.store import MemoryStore, OxigraphStore, Store


@dataclass(frozen=True)
class Source:
    """Where a worker finds the data (plain data: it is sent to the worker process).

    ``kind`` is ``files`` (RDF files through rdflib), ``store`` (an Oxigraph directory, read-only),
    ``nquads`` (N-Quads bytes loaded into ``engine``, for stores built in memory) or ``bundled``.
    """

    kind: str
    paths: tuple[str, ...] = ()
    data: bytes = b""
    engine: str = "rdflib"

    def open(self) -> Store:
        """The store this source names, opened in the calling process."""
        if self.kind == "files":
            return MemoryStore.from_files(list(self.paths))
        if self.kind == "store":
            return OxigraphStore(self.paths[0], read_only=True)
        if self.kind == "nquads" and self.engine == "oxigraph":
            store = OxigraphStore()
            import pyoxigraph

            store.store.bulk_load(input=self.data, format=pyoxigraph.RdfFormat.N_QUADS)
            return store
        if self.kind == "nquads":
            from rdflib import Dataset

            dataset = Dataset(default_union=True)
            dataset.parse(data=self.data, format="nquads")
            return MemoryStore(dataset)
        from kg.sparql.store import default_dataset

        return MemoryStore(default_dataset())

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

            return cls("nquads", data=store.store.dump(format=pyoxigraph.RdfFormat.N_QUADS), engine="oxigraph")
        if isinstance(store, MemoryStore):
            return cls("nquads", data=store.dataset.serialize(format="nquads", encoding="utf-8"))
        if isinstance(store, EndpointStore):
            raise KgError("E401", "kg serve does not relay to another endpoint: it never calls out")
        raise KgError("E401", f"cannot serve a {type(store).__name__}")
