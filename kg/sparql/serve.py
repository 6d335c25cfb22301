"""A read-only SPARQL 1.1 Protocol endpoint on the standard library's HTTP server.

``/sparql`` takes GET ``?query=``, POST form-encoded and POST ``application/sparql-query``, and answers in the
format the client's ``Accept`` asks for (SPARQL results JSON/XML/CSV/TSV; Turtle, JSON-LD, N-Triples or
RDF/XML for graphs). It never changes the data and never calls out: updates and ``SERVICE`` are refused
(403), a malformed query gets 400 with the reason, a query that runs longer than the timeout gets 503 and
results longer than the cap are cut (header ``Kg-Truncated``). ``/`` is an offline query page and
``/cq.json`` lists the competency questions it offers as examples.
"""

from __future__ import annotations

import ctypes
import json
import sys
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from kg.errors import KgError
from kg.sparql import cq, query
from kg.sparql.store import QueryResult, Store

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


@dataclass
class ServeConfig:
    """Limits of the endpoint: seconds per query, rows (or triples) per result, bytes per request."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 1_000_000
    quiet: bool = False


class QueryTimeout(BaseException):
    """Raised inside a query's worker thread when it overruns the timeout (BaseException: not swallowed)."""


class HttpError(Exception):
    """An HTTP error answer: status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


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


def run_with_timeout(fn: Any, timeout: float) -> Any:
    """Call ``fn()`` in a worker thread; past ``timeout`` seconds, interrupt it and raise QueryTimeout."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except QueryTimeout:
            box["error"] = QueryTimeout()
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        # Interrupt the pure-Python evaluation (rdflib) at its next bytecode; Oxigraph stops between rows.
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(worker.ident or 0), ctypes.py_object(QueryTimeout)
        )
        worker.join(1.0)
        raise QueryTimeout()
    if "error" in box:
        raise box["error"]
    return box.get("value")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: holds the store and the limits shared by every request."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], store: Store, config: ServeConfig | None = None) -> None:
        self.store = store
        self.config = config or ServeConfig()
        self.routes: list[Any] = []  # callables route(handler, url) -> bool, tried by do_GET before the 404
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        """The endpoint's URL (``http://host:port/sparql``)."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"


class Handler(BaseHTTPRequestHandler):
    """One request: ``/sparql`` (protocol), ``/`` (query page), ``/cq.json`` (examples)."""

    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        """Log to stderr unless the server is quiet."""
        if not self.server.config.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {format % args}\n")

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Kg-Truncated")
        self.send_header("Vary", "Accept")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.config.max_body:
            self.close_connection = True  # the body stays unread: this connection cannot carry another request
            raise HttpError(413, f"request body over {self.server.config.max_body} bytes")
        return self.rfile.read(length) if length > 0 else b""

    # ------------------------------------------------------------------ methods

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        """``/sparql?query=``, the page ``/`` and ``/cq.json``."""
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            page = resources.files("kg").joinpath("web/index.html").read_bytes()
            self._send(200, page, "text/html; charset=utf-8")
        elif url.path == "/cq.json":
            items = [
                {"number": c.number, "label": c.label, "question": c.question, "query": c.text}
                for c in cq.all_cqs()
            ]
            self._send(200, json.dumps(items, ensure_ascii=False).encode("utf-8"), "application/json")
        elif url.path == "/sparql":
            self._protocol(urllib.parse.parse_qs(url.query, keep_blank_values=True))
        elif url.path == "/favicon.ico":
            self._send(204, b"", "image/x-icon")
        elif any(route(self, url) for route in self.server.routes):
            pass
        else:
            self._error(404, f"not found: {url.path} (the endpoint is /sparql)")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        """POST form-encoded (``query=``) or ``application/sparql-query``; updates are refused."""
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"not found: {url.path} (the endpoint is /sparql)")
            return
        try:
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body()
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if ctype == "application/sparql-update":
                raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
            if ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-query":
                params["query"] = [body.decode("utf-8", "replace")]
            else:
                raise HttpError(
                    415,
                    f"unsupported Content-Type {ctype or '(none)'}: "
                    "use application/x-www-form-urlencoded or application/sparql-query",
                )
        except HttpError as err:
            self._error(err.status, err.message)
            return
        self._protocol(params)

    def _read_only(self) -> None:
        self.close_connection = True
        self._error(405, "this endpoint is read-only: only GET and POST queries at /sparql")

    do_PUT = do_DELETE = do_PATCH = _read_only

    def do_OPTIONS(self) -> None:  # noqa: N802 - the stdlib's name
        """CORS preflight for browser clients."""
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # ------------------------------------------------------------------ the protocol

    def _protocol(self, params: dict[str, list[str]]) -> None:
        try:
            status, body, ctype, extra = self._answer(params)
        except HttpError as err:
            self._error(err.status, err.message)
            return
        self._send(status, body, ctype, extra)

    def _answer(self, params: dict[str, list[str]]) -> tuple[int, bytes, str, dict[str, str]]:
        cfg = self.server.config
        if "update" in params:
            raise HttpError(403, "this endpoint is read-only: SPARQL Update is refused")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise HttpError(
                400, "default-graph-uri / named-graph-uri are not supported: use GRAPH in the query"
            )
        texts = params.get("query", [])
        if len(texts) != 1 or not texts[0].strip():
            raise HttpError(400, "give exactly one non-empty query parameter")
        text = texts[0]
        try:
            prepared = query.prepare(text)
        except KgError as err:
            status = 403 if err.code == "E202" else 400
            raise HttpError(status, str(err)) from None
        if prepared.uses_service:
            raise HttpError(403, "SERVICE (federated query) is refused: this endpoint never calls out")
        is_graph = prepared.form in ("CONSTRUCT", "DESCRIBE")
        offers = GRAPH_TYPES if is_graph else RESULT_TYPES
        wanted = next(
            (
                SHORT_NAMES[v.lower()]
                for k in ("format", "output")
                for v in params.get(k, [])
                if v.lower() in SHORT_NAMES
            ),
            None,
        )
        if wanted is not None and wanted in offers.values():
            media = next(m for m, f in offers.items() if f == wanted)
        else:
            found = negotiate(self.headers.get("Accept"), offers)
            if found is None:
                raise HttpError(406, "cannot answer in the accepted types; offered: " + ", ".join(offers))
            media = found
        fmt = offers[media]
        try:
            result: QueryResult = run_with_timeout(
                lambda: query.run(self.server.store, text, limit=cfg.max_rows, allow_service=False),
                cfg.timeout,
            )
            body = query.render(result, fmt).encode("utf-8")
        except QueryTimeout:
            raise HttpError(503, f"query timed out after {cfg.timeout:g} s") from None
        except KgError as err:
            raise HttpError(400, str(err)) from None
        except Exception as err:  # an engine failure is the query's problem, reported in one line
            reason = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
            raise HttpError(400, f"query failed: {reason}") from None
        out_media = (GRAPH_MEDIA_OF if is_graph else MEDIA_OF).get(fmt, media)
        if media in ("application/json", "application/xml", "text/xml", "application/x-turtle", "text/plain"):
            out_media = media  # answer with the type the client named
        extra = {"Kg-Truncated": f"max-rows={cfg.max_rows}"} if result.truncated else {}
        return 200, body, f"{out_media}; charset=utf-8", extra


def make_server(
    store: Store, host: str = "127.0.0.1", port: int = 8000, config: ServeConfig | None = None
) -> SparqlServer:
    """A bound, not yet serving, endpoint (port 0 picks a free port)."""
    try:
        return SparqlServer((host, port), store, config)
    except OSError as err:
        raise KgError(
            "E400", f"cannot listen on {host}:{port}: {err.strerror or err}", "choose another --port"
        ) from None


def start_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve in a daemon thread (tests, notebooks); stop with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    return thread
