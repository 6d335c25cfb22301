"""Where SPARQL queries run: rdflib in memory, Oxigraph on disk, or a remote SPARQL endpoint.

The three stores share one small interface, :class:`Store`: ``execute(prepared, bindings, limit)`` returns a
:class:`QueryResult` made of rdflib terms, whatever the engine, so that formatting and the server treat them
alike. Queries arrive already parsed (:class:`Prepared`, built by :func:`kg.sparql.query.prepare`).
The remote endpoint is :class:`kg.sparql.endpoint.EndpointStore`; pyoxigraph terms and file parsing live in
:mod:`kg.sparql.oxterms`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

import rdflib.plugins.sparql
import rdflib.plugins.sparql.evaluate
from rdflib import Dataset, Graph, Variable
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.errors import KgError, reason
from kg.progress import Progress
from kg.rdf import graphio
from kg.rdf.namespace import PREFIXES
from kg.sparql.oxresults import Solutions, Triples, take_triples
from kg.sparql.oxresults import take as take_solutions
from kg.sparql.oxterms import OX_FORMATS, _checked, _ox, from_ox, parse_files, to_ox
from kg.sparql.stream import Triple, capped_graph, graph_result

if TYPE_CHECKING:
    from kg.sparql.endpoint import EndpointStore

# Never fetch the IRIs of FROM / FROM NAMED from the web: a query only sees the data we loaded.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


def _no_service(ctx: Any, part: Any) -> Any:
    raise KgError("E206", "SERVICE (federated query) is not allowed: a query never calls out")


# And never call a SERVICE, whatever the query checks upstream missed: rdflib would POST to its IRI.
rdflib.plugins.sparql.evaluate.evalServiceQuery = _no_service  # type: ignore[assignment]

Bindings = Mapping[str, Node]


@dataclass(frozen=True)
class Prepared:
    """A parsed query: its text, its form (SELECT, ASK, CONSTRUCT, DESCRIBE) and rdflib's algebra."""

    text: str
    form: str
    algebra: Query | None  # rdflib's algebra; None when only an engine of its own (Oxigraph) will parse it
    uses_service: bool = False
    has_dataset_clause: bool = False
    select_star: bool = False


@dataclass
class QueryResult:
    """The answer of a query in rdflib terms: rows for SELECT, a boolean for ASK, a graph otherwise.

    ``truncated`` is True when a ``limit`` cut the rows (or triples) short.
    """

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    def records(self) -> list[dict[str, Node]]:
        """SELECT rows as dicts (unbound variables left out)."""
        return [
            {v: t for v, t in zip(self.variables, row, strict=True) if t is not None} for row in self.rows
        ]

    def column(self, name: str) -> list[Node | None]:
        """One column of a SELECT result."""
        i = self.variables.index(name)
        return [row[i] for row in self.rows]


class Store(Protocol):
    """What every store offers: run a prepared query, with bindings, up to ``limit`` rows or triples."""

    name: str

    def execute(
        self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
    ) -> QueryResult:
        """Run ``prepared``; ``bindings`` pre-bind variables (never spliced into the text)."""
        ...

    def __len__(self) -> int:
        """Number of quads held (0 when unknown)."""
        ...


def _take(rows: Iterable[Any], limit: int | None) -> tuple[list[Any], bool]:
    """The first ``limit`` items and whether more were there."""
    out: list[Any] = []
    for item in rows:
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


# --------------------------------------------------------------------------- rdflib in memory


class MemoryStore:
    """An rdflib :class:`~rdflib.Dataset` in memory (default graph = union of all graphs)."""

    name = "rdflib"

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else graphio.load([])

    @classmethod
    def from_files(cls, paths: list[str | Path]) -> MemoryStore:
        """Load RDF files (format by suffix) into a new in-memory store."""
        return cls(graphio.load(list(paths)))

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def execute(
        self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
    ) -> QueryResult:
        """Run the query with rdflib; bindings go in as ``initBindings``."""
        if prepared.algebra is None:  # read for Oxigraph only: parse it here
            from kg.sparql.query import prepare

            prepared = prepare(prepared.text)
        assert prepared.algebra is not None
        init: dict[Variable, Node] = {Variable(k): v for k, v in (bindings or {}).items()}
        if prepared.form in ("CONSTRUCT", "DESCRIBE"):  # streamed: the work stops at the cap
            graph, truncated = graph_result(self.dataset, prepared.algebra, init, limit)
            return QueryResult(prepared.form, graph=graph, truncated=truncated)
        res = self.dataset.query(prepared.algebra, initBindings=cast(Any, init))
        if prepared.form == "ASK":
            return QueryResult("ASK", boolean=bool(res.askAnswer))
        variables = [str(v) for v in (res.vars or [])]
        rows, truncated = _take((tuple(cast(ResultRow, r)) for r in res), limit)
        return QueryResult("SELECT", variables=variables, rows=rows, truncated=truncated)


# --------------------------------------------------------------------------- Oxigraph on disk

class OxigraphStore:
    """A persistent Oxigraph store in a directory (``kg load PATH --store DIR``)."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        ox = _ox()
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise KgError(
                        "E302", f"no Oxigraph store in {self.path}", f"run `kg load PATH --store {path}`"
                    )
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.store = ox.Store(str(self.path))
        except OSError as err:
            raise KgError("E303", f"cannot open the store {path}: {reason(err)}") from None

    def __len__(self) -> int:
        return len(self.store)

    def load(self, paths: Iterable[str | Path], progress: Progress | None = None) -> int:
        """Bulk-load RDF files (triples to the default graph, quads keep their graph); returns quads added.

        Each file is loaded in a helper thread while this one waits, so that Ctrl-C is seen at once: the error
        then says which files are in the store and which one may be in part (a bulk load is not a transaction;
        loading a file again changes nothing). A file that fails to parse is reported the same way. With a
        drawing ``progress`` the files are parsed here (quads, rate, ETA on the terminal); otherwise Oxigraph
        reads them itself (a little faster).
        """
        before = len(self.store)
        done: list[str] = []
        files = [_checked(path) for path in paths]
        drawing = progress if progress is not None and progress.enabled else None
        total, read = sum(p.stat().st_size for p in files), 0
        for p in files:
            try:
                self._bulk_load(p, drawing, read, total)
            except KeyboardInterrupt:
                raise KgError("E308", f"interrupted while loading {p}; {self._holds(done, before)}",
                              f"{p} may be in part: load it again (loading twice changes nothing)",
                              exit_code=130) from None
            except (SyntaxError, ValueError, OSError) as err:
                raise KgError("E013", f"cannot load {p}: {reason(err)}; {self._holds(done, before)}, "
                              f"{len(self.store)} now") from None
            done.append(p.name)
            read += p.stat().st_size
        if drawing is not None:
            drawing.close()
        self.store.flush()
        return len(self.store) - before

    def _bulk_load(self, p: Path, progress: Progress | None = None, before: int = 0, total: int = 0) -> None:
        """``bulk_load`` in a daemon thread; the caller's thread stays free to take Ctrl-C."""
        ox = _ox()
        fmt = getattr(ox.RdfFormat, OX_FORMATS[p.suffix.lower()])
        failure: list[BaseException] = []

        def work() -> None:
            try:
                if progress is not None:
                    self.store.bulk_extend(parse_files([p], progress, before=before, total_bytes=total))
                else:
                    self.store.bulk_load(path=str(p), format=fmt)
            except BaseException as err:  # handed to the waiting thread
                failure.append(err)

        worker = threading.Thread(target=work, name=f"load {p.name}", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
        if failure:
            raise failure[0]

    def _holds(self, done: list[str], before: int) -> str:
        """What the store holds now, for an error message."""
        loaded = ", ".join(done) if done else "none"
        return f"files loaded before it: {loaded} (the store held {before} quads before this run)"

    def load_dataset(self, dataset: Dataset) -> None:
        """Copy an rdflib dataset into the store (used for the bundled report and the benchmark)."""
        data = dataset.serialize(format="nquads", encoding="utf-8")
        self.store.bulk_load(input=data, format=_ox().RdfFormat.N_QUADS)
        self.store.flush()

    def execute(
        self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
    ) -> QueryResult:
        """Run the query with Oxigraph over the union of the graphs; bindings go in as ``substitutions``."""
        res = self._query(prepared, bindings)
        if prepared.form == "ASK":
            return QueryResult("ASK", boolean=bool(res))
        if prepared.form in ("CONSTRUCT", "DESCRIBE"):
            triples = ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in res)
            graph, truncated = capped_graph(cast(Iterable[Triple], triples), limit)
            return QueryResult(prepared.form, graph=graph, truncated=truncated)
        variables = [v.value for v in res.variables]
        rows, truncated = _take((tuple(from_ox(s[v]) for v in variables) for s in res), limit)
        return QueryResult("SELECT", variables=variables, rows=rows, truncated=truncated)

    def solutions(self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None) -> Solutions:
        """A SELECT or ASK query's answer in Oxigraph's own terms (for :mod:`kg.sparql.oxresults` to write)."""
        return take_solutions(self._query(prepared, bindings), limit)

    def triples(self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None) -> Triples:
        """A CONSTRUCT or DESCRIBE query's first ``limit`` distinct triples in Oxigraph's own terms."""
        return take_triples(self._query(prepared, bindings), prepared.form, limit)

    def _query(self, prepared: Prepared, bindings: Bindings | None) -> Any:
        """``Store.query`` over the union of the graphs, its errors as KgErrors."""
        ox = _ox()
        try:
            subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        except ValueError as err:
            raise KgError("E306", f"cannot bind that value: {reason(err, 160)}") from None
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        try:
            res = self.store.query(
                prepared.text, prefixes=prefixes, use_default_graph_as_union=True, substitutions=subs or None
            )
        except SyntaxError as err:
            raise KgError(
                "E304", f"Oxigraph cannot parse the query: {reason(err)}"
            ) from None
        except (RuntimeError, OSError, ValueError) as err:
            why = reason(err)
            hint = "with --store, a bound variable must be in the SELECT clause" if "projection" in why else ""
            raise KgError("E305", f"Oxigraph cannot run the query: {why}", hint) from None
        return res


def open_store(
    data: list[str] | None = None, store_dir: str | None = None, endpoint: str | None = None
) -> MemoryStore | OxigraphStore | EndpointStore:
    """The store the CLI options name: ``--endpoint``, ``--store`` or ``--data`` (default: bundled report)."""
    given = [x for x in (bool(data), store_dir is not None, endpoint is not None) if x]
    if len(given) > 1:
        raise KgError("E320", "give only one of --data, --store and --endpoint")
    if endpoint is not None:
        from kg.sparql.endpoint import EndpointStore  # here: kg.sparql.endpoint imports this module

        return EndpointStore(endpoint)
    if store_dir is not None:
        return OxigraphStore(store_dir, read_only=True)
    if data:
        return MemoryStore.from_files(list(data))
    return MemoryStore(default_dataset())


def default_dataset() -> Dataset:
    """The bundled report's graph, built in memory by ``kg build``'s pipeline."""
    try:
        from kg.pipeline import default_dataset as build
    except ImportError:
        raise KgError("E321", "the extraction pipeline is not available yet", "pass --data FILE") from None
    return build()
