"""Where SPARQL queries run: rdflib in memory, Oxigraph on disk, or a remote SPARQL endpoint.

The three stores share one small interface, :class:`Store`: ``execute(prepared, bindings, limit)`` returns a
:class:`QueryResult` made of rdflib terms, whatever the engine, so that formatting and the server treat them
alike. Queries arrive already parsed (:class:`Prepared`, built by :func:`kg.sparql.query.prepare`).
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import rdflib.plugins.sparql
import rdflib.plugins.sparql.evaluate
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import ResultRow
from rdflib.term import Node

from kg.errors import KgError, reason
from kg.progress import Progress
from kg.rdf import graphio
from kg.rdf.namespace import PREFIXES, sparql_prolog
from kg.sparql.stream import Triple, capped_graph, graph_result

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
        if prepared.form == "ASK":
            return QueryResult("ASK", boolean=bool(res))
        if prepared.form in ("CONSTRUCT", "DESCRIBE"):
            triples = ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in res)
            graph, truncated = capped_graph(cast(Iterable[Triple], triples), limit)
            return QueryResult(prepared.form, graph=graph, truncated=truncated)
        variables = [v.value for v in res.variables]
        rows, truncated = _take((tuple(from_ox(s[v]) for v in variables) for s in res), limit)
        return QueryResult("SELECT", variables=variables, rows=rows, truncated=truncated)


# --------------------------------------------------------------------------- remote SPARQL endpoint


def _values_clause(bindings: Bindings) -> str:
    """Bindings as a trailing ``VALUES`` block, terms written by rdflib's N-Triples encoder (escaped)."""
    names = sorted(bindings)
    try:
        terms = " ".join(bindings[n].n3() for n in names)
    except Exception as err:  # rdflib refuses to write an IRI with characters that would end it
        raise KgError("E314", f"cannot send the binding: {reason(err, 160)}") from None
    return "\nVALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + terms + ") }\n"


def _term_from_json(cell: Mapping[str, str]) -> Node:
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    lang, dt = cell.get("xml:lang"), cell.get("datatype")
    if lang:
        return Literal(value, lang=lang)
    if dt and dt != str(XSD.string):
        return Literal(value, datatype=URIRef(dt))
    return Literal(value)  # "literal" and Virtuoso's old "typed-literal" without datatype


class EndpointStore:
    """A remote SPARQL 1.1 endpoint (Virtuoso, Fuseki, GraphDB, ``kg serve``…) queried over HTTP.

    Queries are sent as GET (or POST form-encoded when long) — never ``application/sparql-query``, which
    Virtuoso 7 leaves unanswered. The ontology's prefixes are sent as a prolog; bindings as ``VALUES``.
    """

    name = "endpoint"

    def __init__(
        self, url: str, timeout: float = 60.0, user: str | None = None, password: str | None = None
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise KgError("E310", f"not an HTTP endpoint URL: {url}", "e.g. http://127.0.0.1:8890/sparql")
        self.url = url
        self.timeout = timeout
        self.user, self.password = user, password

    def __len__(self) -> int:
        return 0

    def _request(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": query})
        if len(body) < 1800:
            sep = "&" if "?" in self.url else "?"
            req = urllib.request.Request(self.url + sep + body, headers={"Accept": accept})
        else:
            req = urllib.request.Request(
                self.url,
                data=body.encode("ascii"),
                headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
            )
        if self.user is not None:
            from kg.sparql.push import authorise

            authorise(req, self.user, self.password or "", timeout=self.timeout)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:300].decode("utf-8", "replace").strip().splitlines()
            why = detail[0] if detail else err.reason
            hint = "give --user and --password" if err.code == 401 else ""
            raise KgError("E311", f"the endpoint answered {err.code}: {why}", hint) from None
        except (TimeoutError, urllib.error.URLError, ConnectionError) as err:
            why = str(getattr(err, "reason", None) or err)
            raise KgError("E312", f"cannot reach {self.url}: {why}", "is the endpoint running?") from None

    def execute(
        self, prepared: Prepared, bindings: Bindings | None = None, limit: int | None = None
    ) -> QueryResult:
        """Send the query with the project prolog; parse SPARQL JSON results or Turtle."""
        text = sparql_prolog() + prepared.text + (_values_clause(bindings) if bindings else "")
        if prepared.form in ("CONSTRUCT", "DESCRIBE"):
            data = self._request(text, "text/turtle, application/n-triples;q=0.9")
            parsed = Graph()
            try:
                parsed.parse(data=data.decode("utf-8"), format="turtle")
            except Exception as err:  # rdflib parser errors have many types
                raise KgError("E313", f"cannot parse the endpoint's graph: {reason(err)}") from None
            graph, truncated = capped_graph(iter(parsed), limit)
            return QueryResult(prepared.form, graph=graph, truncated=truncated)
        data = self._request(text, "application/sparql-results+json")
        try:
            doc = json.loads(data.decode("utf-8"))
        except ValueError:
            raise KgError("E313", "the endpoint did not answer SPARQL JSON results") from None
        if prepared.form == "ASK":
            return QueryResult("ASK", boolean=bool(doc.get("boolean")))
        variables = list(doc.get("head", {}).get("vars", []))
        cells: Iterator[tuple[Node | None, ...]] = (
            tuple(_term_from_json(b[v]) if v in b else None for v in variables)
            for b in doc.get("results", {}).get("bindings", [])
        )
        rows, truncated = _take(cells, limit)
        return QueryResult("SELECT", variables=variables, rows=rows, truncated=truncated)


def open_store(
    data: list[str] | None = None, store_dir: str | None = None, endpoint: str | None = None
) -> MemoryStore | OxigraphStore | EndpointStore:
    """The store the CLI options name: ``--endpoint``, ``--store`` or ``--data`` (default: bundled report)."""
    given = [x for x in (bool(data), store_dir is not None, endpoint is not None) if x]
    if len(given) > 1:
        raise KgError("E320", "give only one of --data, --store and --endpoint")
    if endpoint is not None:
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
