"""Push a graph to an external store through the SPARQL 1.1 Graph Store HTTP Protocol.

The default-graph triples of the input go to one named graph (``--graph``), each named graph of the input
(the text layer of a report) to its own IRI. ``replace`` sends a PUT and then POSTs, ``merge`` only POSTs.
Large graphs go in chunks (50 000 triples by default; Virtuoso deadlocks on one huge PUT); the triples of a
blank node stay in one chunk so that it remains one node. A graph of one chunk is replaced by one PUT (whole or
not at all). With an Update endpoint (``--update``), a graph of several chunks is uploaded to a staging graph and
moved into place with one ``MOVE`` (whole or not at all); without it, a failure after the first chunk says what
the graph now holds (E506). Basic and Digest authentication: :mod:`kg.sparql.auth`.
"""

from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.progress import Progress
from kg.rdf.namespace import BASE
from kg.sparql.auth import Auth

DEFAULT_GRAPH = BASE + "graph"
Triple = tuple[Node, Node, Node]


# --------------------------------------------------------------------------- chunks


def chunks(triples: Iterable[Triple], size: int) -> Iterator[list[Triple]]:
    """Triples in groups of at most ``size``; all triples sharing a blank node land in the same group
    (a group grows past ``size`` only when one blank-node cluster is itself larger)."""
    parent: dict[Node, Node] = {}

    def find(x: Node) -> Node:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    plain: list[Triple] = []
    linked: list[Triple] = []
    for t in triples:
        nodes = [n for n in (t[0], t[2]) if isinstance(n, BNode)]
        if not nodes:
            plain.append(t)
            continue
        linked.append(t)
        for n in nodes[1:]:
            parent[find(n)] = find(nodes[0])
    clusters: dict[Node, list[Triple]] = {}
    for t in linked:
        key = find(t[0] if isinstance(t[0], BNode) else t[2])
        clusters.setdefault(key, []).append(t)
    batch: list[Triple] = []
    for group in [[t] for t in plain] + list(clusters.values()):
        if batch and len(batch) + len(group) > size:
            yield batch
            batch = []
        batch.extend(group)
    if batch:
        yield batch


def _ntriples(triples: list[Triple]) -> bytes:
    g = Graph(bind_namespaces="none")
    for t in triples:
        g.add(t)
    return g.serialize(format="nt", encoding="utf-8")


# --------------------------------------------------------------------------- the client


@dataclass
class PushReport:
    """What was sent: triples and requests per target graph."""

    graphs: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def triples(self) -> int:
        """All triples sent."""
        return sum(n for n, _ in self.graphs.values())

    @property
    def requests(self) -> int:
        """All requests sent."""
        return sum(r for _, r in self.graphs.values())

    def __str__(self) -> str:
        return "; ".join(f"<{g}>: {n} triples in {r} request(s)" for g, (n, r) in self.graphs.items())

    def summary(self, target: str, shown: int = 3) -> str:
        """One short line: totals, the default graph's target, and at most ``shown`` named graphs."""
        named = sorted(g for g in self.graphs if g != target)
        parts = [f"<{target}>: {self.graphs[target][0]}"] if target in self.graphs else []
        parts += [f"<{g}>: {self.graphs[g][0]}" for g in named[:shown]]
        more = f"; … {len(named) - shown} more named graphs" if len(named) > shown else ""
        return (f"pushed {self.triples} triples into {len(self.graphs)} graph(s) in {self.requests} request(s) "
                f"({'; '.join(parts)}{more})")


class GraphStore:
    """A Graph Store HTTP Protocol endpoint (``…/sparql-graph-crud-auth`` on Virtuoso)."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None, timeout: float = 300.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise KgError("E500", f"not an HTTP URL: {url}", "e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
        self.url = url
        self.timeout = timeout
        self.auth = Auth(user, password or "") if user is not None else None
        self._probed = False

    def graph_url(self, graph: str) -> str:
        """The URL of ``graph`` (indirect identification, ``?graph=IRI``)."""
        sep = "&" if "?" in self.url else "?"
        return f"{self.url}{sep}{urllib.parse.urlencode({'graph': graph})}"

    def send(self, method: str, graph: str, body: bytes | None = None) -> int:
        """One request; returns the HTTP status; raises :class:`KgError` on an error status."""
        url = self.graph_url(graph)
        if self.auth is not None and not self._probed:
            self.auth.probe(url, self.timeout)
            self._probed = True
        for attempt in (1, 2):
            headers = {"Content-Type": "text/turtle; charset=utf-8"} if body is not None else {}
            value = self.auth.header(method, url) if self.auth is not None else None
            if value:
                headers["Authorization"] = value
            req = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    resp.read()
                    return int(resp.status)
            except urllib.error.HTTPError as err:
                challenge = err.headers.get("WWW-Authenticate")
                if err.code == 401 and self.auth is not None and challenge and attempt == 1:
                    self.auth.learn(challenge)  # e.g. a stale nonce: answer the new challenge once
                    continue
                if method == "DELETE" and err.code == 404:
                    return 404
                detail = err.read()[:400].decode("utf-8", "replace")
                text = re.sub(r"<[^>]+>", " ", detail)
                reason = " ".join(text.split())[:160] or err.reason
                hint = "give --user and --password" if err.code in (401, 403) else ""
                raise KgError("E502", f"{method} <{graph}> answered {err.code}: {reason}", hint) from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                raise KgError(
                    "E501", f"cannot reach {self.url}: {getattr(err, 'reason', err)}", "is the store running?"
                ) from None
        raise KgError("E503", f"{method} <{graph}>: authentication failed", "check --user and --password")

    def put_triples(self, graph: str, triples: list[Triple], replace: bool, size: int,
                    progress: Progress | None = None) -> tuple[int, int]:
        """Send ``triples`` into ``graph`` in chunks; returns (triples, requests).

        A failure after the first chunk raises :class:`KgError` E506 that says what ``graph`` now holds."""
        requests = 0
        if replace and not triples:
            self.send("DELETE", graph)
            return 0, 1
        batches = list(chunks(triples, size))
        sent = 0
        for i, batch in enumerate(batches):
            try:
                self.send("PUT" if replace and i == 0 else "POST", graph, _ntriples(batch))
            except KgError as err:
                if i == 0 and replace:
                    raise KgError(err.code, f"{err.message}; <{graph}> is unchanged", err.hint) from None
                held = (f"now holds only {sent} of the {len(triples)} triples (its old content is gone)" if replace
                        else f"kept its old content plus {sent} of the {len(triples)} new triples")
                raise KgError("E506", f"{err.message} at chunk {i + 1} of {len(batches)}: <{graph}> {held}",
                              "push again (or give --update URL: the graph is then replaced whole or not at all)"
                              ) from None
            sent += len(batch)
            requests += 1
            if progress is not None:
                progress.update(len(batch))
        return len(triples), requests


class UpdateEndpoint:
    """A SPARQL 1.1 Update endpoint (Virtuoso: ``…/sparql-auth``), for ``MOVE`` and ``DROP``."""

    def __init__(self, url: str, store: GraphStore) -> None:
        if not url.startswith(("http://", "https://")):
            raise KgError("E500", f"not an HTTP URL: {url}", "e.g. http://127.0.0.1:8890/sparql-auth")
        self.url = url
        self.store = store  # its timeout and credentials
        self.auth = Auth(store.auth.user, store.auth.password) if store.auth is not None else None
        self._probed = False

    def run(self, update: str) -> None:
        """POST one update (``application/sparql-update``); raises :class:`KgError` on an error status."""
        if self.auth is not None and not self._probed:
            self.auth.probe(self.url, self.store.timeout)
            self._probed = True
        for attempt in (1, 2):
            headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
            value = self.auth.header("POST", self.url) if self.auth is not None else None
            if value:
                headers["Authorization"] = value
            req = urllib.request.Request(self.url, data=update.encode("utf-8"), method="POST", headers=headers)
            try:
                with urllib.request.urlopen(req, timeout=self.store.timeout) as resp:
                    resp.read()
                    return
            except urllib.error.HTTPError as err:
                challenge = err.headers.get("WWW-Authenticate")
                if err.code == 401 and self.auth is not None and challenge and attempt == 1:
                    self.auth.learn(challenge)
                    continue
                reason = " ".join(re.sub(r"<[^>]+>", " ", err.read()[:400].decode("utf-8", "replace")).split())
                raise KgError("E507", f"update answered {err.code}: {reason[:160] or err.reason}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError) as err:
                raise KgError("E501", f"cannot reach {self.url}: {getattr(err, 'reason', err)}",
                              "is the store running?") from None
        raise KgError("E503", "update: authentication failed", "check --user and --password")


def staging_graph(graph: str, triples: list[Triple]) -> str:
    """The IRI the new content of ``graph`` is uploaded to before it is moved into place."""
    digest = hashlib.sha1(f"{graph}|{len(triples)}".encode()).hexdigest()[:10]
    return f"{BASE}push-staging/{digest}"


def replace_whole(store: GraphStore, update: UpdateEndpoint, graph: str, triples: list[Triple],
                  size: int, progress: Progress | None = None) -> tuple[int, int]:
    """Replace ``graph`` whole or not at all: upload to a staging graph, then ``MOVE`` it onto ``graph``
    (one update: the store's transaction). On a failure the staging graph is dropped and ``graph`` unchanged."""
    staging = staging_graph(graph, triples)
    try:
        update.run(f"DROP SILENT GRAPH <{staging}>")
        n, requests = store.put_triples(staging, triples, True, size, progress)
        update.run(f"MOVE SILENT GRAPH <{staging}> TO GRAPH <{graph}>" if triples else f"DROP SILENT GRAPH <{graph}>")
    except KgError as err:
        try:
            update.run(f"DROP SILENT GRAPH <{staging}>")
            left = "the partial upload was removed"
        except KgError:
            left = f"a partial upload may remain in <{staging}>"
        message = err.message.split(": <", 1)[0] if err.code == "E506" else err.message
        raise KgError("E508", f"{message}; <{graph}> is unchanged ({left})", "push again") from None
    return n, requests + 2


def push(
    paths: list[str | Path] | Dataset,
    endpoint: str,
    graph: str | None = None,
    replace: bool = True,
    user: str | None = None,
    password: str | None = None,
    chunk_size: int = 50_000,
    timeout: float = 300.0,
    update: str | None = None,
    quiet: bool = True,
) -> PushReport:
    """Load ``paths`` (RDF files, or an rdflib dataset already in memory) and send them to the Graph Store at
    ``endpoint``; see the module docstring. Default-graph triples go into ``graph``, each named graph into its own
    IRI; with ``update`` (a SPARQL Update endpoint) and ``replace``, each graph is replaced whole or not at all.
    ``quiet=False``: a progress line (triples sent, rate, ETA) on a terminal."""
    if chunk_size < 1:
        raise KgError("E504", "--chunk must be at least 1")
    store = GraphStore(endpoint, user, password, timeout)  # a bad URL fails before the files are read
    mover = UpdateEndpoint(update, store) if update and replace else None
    target = graph or DEFAULT_GRAPH
    groups = dataset_groups(paths, target) if isinstance(paths, Dataset) else read_groups(paths, target, quiet)
    return send_groups(groups, store, replace, chunk_size, quiet, mover)


push_dataset = push  # the name it had when a dataset went through a function of its own


def read_groups(paths: Iterable[str | Path], target: str, quiet: bool = True) -> dict[str, list[Triple]]:
    """The triples of the files per destination graph (default-graph triples under ``target``), parsed by
    pyoxigraph with a progress line (quads read, rate, % and ETA) on a terminal."""
    from kg.sparql.oxterms import TermCache, _ox, parse_files

    named = _ox().NamedNode
    term = TermCache()
    progress = Progress("quads read", quiet=quiet)
    groups: dict[str, list[Triple]] = {}
    for q in parse_files(paths, progress):
        name = q.graph_name.value if isinstance(q.graph_name, named) else target
        groups.setdefault(name, []).append((term(q.subject), term(q.predicate), term(q.object)))
    progress.close()
    return groups


def dataset_groups(dataset: Dataset, target: str) -> dict[str, list[Triple]]:
    """The triples of a dataset per destination graph (default-graph triples under ``target``)."""
    groups: dict[str, list[Triple]] = {}
    for s, p, o, ctx in dataset.quads((None, None, None, None)):
        ident = ctx.identifier if isinstance(ctx, Graph) else ctx
        name = str(ident) if isinstance(ident, URIRef) and ident != dataset.default_graph.identifier else target
        groups.setdefault(name, []).append((s, p, o))
    return groups


def send_groups(groups: dict[str, list[Triple]], store: GraphStore, replace: bool, chunk_size: int,
                quiet: bool = True, mover: UpdateEndpoint | None = None) -> PushReport:
    """Send each group of triples into its graph, in chunks, with a progress line (triples sent); with
    ``mover`` each graph is replaced whole or not at all (staging graph + MOVE)."""
    if not groups:
        raise KgError("E505", "nothing to push: the input holds no triples")
    report = PushReport()
    progress = Progress("triples sent", total=sum(len(t) for t in groups.values()), quiet=quiet)
    for name in sorted(groups):
        triples = sorted(set(groups[name]))  # a triple twice in the input is sent once
        try:
            if mover is not None:
                report.graphs[name] = replace_whole(store, mover, name, triples, chunk_size, progress)
            else:
                report.graphs[name] = store.put_triples(name, triples, replace, chunk_size, progress)
        except KgError as err:
            if report.graphs:  # the graphs before this one are complete: say so
                done = ", ".join(f"<{g}>" for g in report.graphs)
                raise KgError(err.code, f"{err.message}; pushed whole before it: {done}", err.hint) from None
            raise
    progress.close()
    return report
