"""One SPARQL Protocol answer: parse, negotiate the format, run with the row cap, render.

This is what a query worker (:mod:`kg.sparql.pool`) does for each request, in its own process: the HTTP
side only frames requests and relays the :class:`Reply`. Everything here is plain data in and out so that
it crosses a process boundary.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from kg.errors import KgError, reason
from kg.sparql import oxresults, query, results
from kg.sparql.oxresults import Solutions, Triples
from kg.sparql.store import OxigraphStore, Prepared, Store

RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "turtle",
    "application/ld+json": "jsonld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/x-turtle": "turtle",
    "application/json": "jsonld",
    "text/plain": "nt",
}
MEDIA_OF: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_MEDIA_OF: dict[str, str] = {
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "xml": "application/rdf+xml",
}
SHORT_NAMES = {
    "json": "json",
    "xml": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "nt": "nt",
    "ntriples": "nt",
    "rdfxml": "xml",
}
# Types a client may name that we answer under that very name (rather than the canonical one).
ECHOED = ("application/json", "application/xml", "text/xml", "application/x-turtle", "text/plain")


@dataclass(frozen=True)
class Request:
    """A query as the HTTP side received it: text, ``Accept``, a ``format=`` name, the row cap."""

    text: str
    accept: str | None = None
    wanted: str | None = None
    max_rows: int = 10_000


@dataclass
class Reply:
    """An HTTP answer: status, body, content type and extra headers."""

    status: int
    body: bytes
    ctype: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    form: str = ""  # "results" or "graph" for an answer (not sent): which offers its format was chosen from


def error(status: int, message: str) -> Reply:
    """A plain-text one-line error answer."""
    return Reply(status, (message + "\n").encode("utf-8"))


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (q-values and wildcards); None if none fits."""
    if not accept or not accept.strip():
        return next(iter(offers))
    ranges: list[tuple[str, float, int]] = []
    for pos, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media, q, pos))
    best: tuple[float, int, int, int, str] | None = None
    for order, offer in enumerate(offers):
        kind = offer.split("/")[0]
        matches = [
            (3 if m == offer else 2 if m == f"{kind}/*" else 1, q, pos)
            for m, q, pos in ranges
            if m in (offer, f"{kind}/*", "*/*")
        ]
        if not matches:
            continue
        spec, q, pos = max(matches, key=lambda x: x[0])  # the most specific range decides
        if q <= 0:
            continue
        key = (q, spec, -pos, -order, offer)  # quality, exactness, client's order, then ours
        if best is None or key[:4] > best[:4]:
            best = key
    return best[4] if best else None


def wanted_format(params: dict[str, list[str]]) -> str | None:
    """The format a ``format=`` or ``output=`` parameter names (as SPARQLWrapper sends), if any."""
    for key in ("format", "output"):
        for value in params.get(key, []):
            if value.lower() in SHORT_NAMES:
                return SHORT_NAMES[value.lower()]
    return None


def answer_keys(req: Request) -> tuple[tuple[str, str, str | None, int], tuple[str, str, str | None, int]]:
    """Where an answer to ``req`` is kept: one key if the query turns out a SELECT or ASK, one if a CONSTRUCT
    or DESCRIBE. An answer depends on the ``Accept`` header only through the media type chosen from the
    offers of its form, so two requests that differ in ``Accept`` but choose the same type share an answer."""
    return ((req.text, f"results {_media(req, RESULT_TYPES)}", None, req.max_rows),
            (req.text, f"graph {_media(req, GRAPH_TYPES)}", None, req.max_rows))


def _media(req: Request, offers: dict[str, str]) -> str | None:
    if req.wanted is not None and req.wanted in offers.values():
        return next(m for m, f in offers.items() if f == req.wanted)
    return negotiate(req.accept, offers)


def prepare(text: str, own_parser: bool = False) -> Prepared:
    """The query read for running. ``own_parser``: the store parses queries itself (Oxigraph, what every worker
    runs), so only the checks are run here (size, depth, SERVICE, updates), without rdflib's parser, which
    takes 6-120 ms a query; otherwise rdflib parses it."""
    return query.prepare_for_oxigraph(text) if own_parser else query.prepare(text)


# rdflib's Turtle writer looks for a prefix for every IRI, in time that grows with the square of the distinct
# namespaces: 10,000 triples of a corpus DESCRIBE took 8 s. Past this size a graph is written as N-Triples,
# which is Turtle too (one triple a line, full IRIs).
PRETTY_TURTLE_MAX = 2_000


def _render(result: query.QueryResult | Solutions | Triples, fmt: str) -> str:
    """The body: Oxigraph's answers written from its own terms (graphs in N-Triples; other graph formats
    through rdflib), compact JSON (the C encoder), big graphs in Turtle's N-Triples form."""
    if isinstance(result, Solutions):
        return oxresults.render(result, fmt)
    if isinstance(result, Triples):
        if fmt == "nt" or (fmt == "turtle" and len(result.triples) > PRETTY_TURTLE_MAX):
            return oxresults.n_triples(result)
        result = query.QueryResult(result.form, graph=oxresults.to_rdflib(result), truncated=result.truncated)
    if result.graph is not None and fmt == "turtle" and len(result.graph) > PRETTY_TURTLE_MAX:
        return results.render(result, "nt")
    if result.graph is None and fmt == "json":
        return results.to_json(result)  # rdflib's writer: compact, the C encoder
    return results.render(result, fmt)


def _worded(err: KgError, text: str) -> KgError:
    """A syntax error of Oxigraph's (E304: "error at 3:1: expected one of …" and a long list) worded by rdflib's
    parser when it refuses the query too (line, column and the text found there). Only malformed queries pay
    for rdflib's parse, inside the worker's timeout like any other work."""
    if err.code != "E304":
        return err
    try:
        query.prepare(text)
    except KgError as worded:
        return worded
    return err


# A worker keeps its last few results: the same query asked again in another format (JSON, then CSV) is only
# rendered again. The server hands such a request to the worker that has just answered the query.
KEPT_RESULTS = 4
KEPT_ROWS = 50_000  # a bigger result is not kept (rows or triples)
_kept: OrderedDict[tuple[str, int], query.QueryResult | Solutions | Triples] = OrderedDict()


def _result(store: Store, prepared: Prepared, req: Request) -> query.QueryResult | Solutions | Triples:
    """The query's answer: Oxigraph's in its own terms (written by :mod:`kg.sparql.oxresults`), otherwise in
    rdflib terms; kept for the same query in another format."""
    key = (req.text, req.max_rows)
    kept = _kept.get(key)
    if kept is not None:
        _kept.move_to_end(key)
        return kept
    result: query.QueryResult | Solutions | Triples
    if isinstance(store, OxigraphStore):
        result = query.execute_native(store, prepared, limit=req.max_rows)
    else:
        result = query.execute(store, prepared, limit=req.max_rows)
    graph = getattr(result, "graph", None)
    if len(result.rows) + (len(graph) if graph is not None else 0) <= KEPT_ROWS:
        _kept[key] = result
        while len(_kept) > KEPT_RESULTS:
            _kept.popitem(last=False)
    return result


def answer(store: Store, req: Request) -> Reply:
    """The answer to one query. ``MemoryError`` is let through: the worker that hits it must go."""
    try:
        prepared = prepare(req.text, own_parser=getattr(store, "name", "") == "oxigraph")
    except KgError as err:
        return error(403 if err.code == "E202" else 400, str(err))
    if prepared.uses_service:
        return error(403, "SERVICE (federated query) is refused: this endpoint never calls out")
    is_graph = prepared.form in ("CONSTRUCT", "DESCRIBE")
    offers = GRAPH_TYPES if is_graph else RESULT_TYPES
    media = _media(req, offers)
    if media is None:
        return error(406, "cannot answer in the accepted types; offered: " + ", ".join(offers))
    fmt = offers[media]
    try:
        result = _result(store, prepared, req)
        body = _render(result, fmt).encode("utf-8")
    except KgError as err:
        return error(400, str(_worded(err, req.text)))
    except RecursionError:
        return error(400, "[E207] the query nests too deep to evaluate (flatten the query)")
    except MemoryError:
        raise
    except Exception as err:  # an engine failure is the query's problem, reported in one line
        return error(400, f"query failed: {reason(err)}")
    out_media = media if media in ECHOED else (GRAPH_MEDIA_OF if is_graph else MEDIA_OF).get(fmt, media)
    extra = {"Kg-Truncated": f"max-rows={req.max_rows}"} if result.truncated else {}
    return Reply(200, body, f"{out_media}; charset=utf-8", extra, "graph" if is_graph else "results")
