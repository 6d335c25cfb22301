"""A read-only SPARQL 1.1 Protocol endpoint: the standard library's HTTP server in front of query workers.

``/sparql`` takes GET ``?query=``, POST form-encoded and POST ``application/sparql-query``, and answers in the
format the client's ``Accept`` asks for (SPARQL results JSON/XML/CSV/TSV; Turtle, JSON-LD, N-Triples or
RDF/XML for graphs). It never changes the data and never calls out: updates and ``SERVICE`` are refused
(403), a malformed query gets 400 with the reason, a query that runs longer than the timeout gets 503 and
results longer than the cap are cut (header ``Kg-Truncated``). ``/`` is an offline query page and
``/cq.json`` lists the competency questions it offers as examples.

The parts: :mod:`kg.sparql.http` (framing, Host, CORS, routes), :mod:`kg.sparql.pool` (worker processes
with a memory budget, killed at the timeout), :mod:`kg.sparql.protocol` (one answer, inside a worker).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from urllib.parse import SplitResult

from kg.errors import KgError
from kg.sparql.cache import AnswerCache
from kg.sparql.http import Handler, escape_log
from kg.sparql.pool import WorkerPool
from kg.sparql.protocol import negotiate
from kg.sparql.source import Source
from kg.sparql.store import Store

__all__ = ["ServeConfig", "SparqlServer", "make_server", "negotiate", "start_in_thread"]

Route = Callable[[Handler, SplitResult], bool]
LOOPBACK = ("localhost", "127.0.0.1", "[::1]", "::1")


@dataclass
class ServeConfig:
    """Limits of the endpoint (see docs/sparql.md, "Security", for what each one stops)."""

    timeout: float = 10.0  # seconds per query, parsing included; also the wait for a free worker
    max_rows: int = 10_000  # rows or triples per result
    max_body: int = 1_000_000  # bytes per request body
    quiet: bool = False
    workers: int = 2  # query worker processes, started before the server answers
    max_workers: int | None = None  # lanes while long queries hold workers (None: 2 x workers)
    max_memory: int = 512  # MB each worker may grow beyond its size once the data is open (why: docs)
    cors: str | None = None  # the one origin allowed to read answers from a web page
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted besides the bound address and loopback
    socket_timeout: float = 30.0  # seconds a socket read or write may wait
    cache_entries: int = 256  # answers kept (0: no cache)
    cache_bytes: int = 64 << 20

    def __post_init__(self) -> None:
        for name, value, least in (("--timeout", self.timeout, 0.001), ("--max-rows", self.max_rows, 1),
                                   ("--workers", self.workers, 1), ("--max-memory", self.max_memory, 16),
                                   ("--cache", self.cache_entries, 0),
                                   ("--max-workers", self.max_workers or self.workers, self.workers)):
            if not value >= least:  # also refuses NaN
                raise KgError("E403", f"{name} must be at least {least:g} (got {value:g})")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: the limits, the worker pool and the extra routes shared by every request.

    ``store`` is the store the server was made from, when it was made from one (None when it was made from
    a :class:`Source`); queries never run on it in this process, they run in the workers.
    """

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog: socketserver's 5 drops connections of 50 clients at once

    def __init__(
        self, address: tuple[str, int], source: Source, config: ServeConfig | None = None,
        store: Store | None = None,
    ) -> None:
        self.config = config or ServeConfig()
        self.store = store
        self.source = source
        self.routes: list[Route] = []
        super().__init__(address, Handler)
        cache = AnswerCache(self.config.cache_entries, self.config.cache_bytes)
        self.pool = WorkerPool(
            source, self.config.workers, self.config.max_memory, self.config.timeout, cache, self.log,
            self.config.max_workers,
        )
        try:
            self.pool.start()
        except BaseException:
            super().server_close()
            raise

    @property
    def url(self) -> str:
        """The endpoint's URL (``http://host:port/sparql``)."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

    @property
    def quads(self) -> int:
        """Quads the workers hold."""
        return self.pool.quads

    def log(self, message: str) -> None:
        """One line on stderr unless quiet."""
        if not self.config.quiet:
            sys.stderr.write(f"kg serve: {escape_log(message)}\n")

    def host_allowed(self, value: str) -> bool:
        """Whether a ``Host`` header names this server: its bound address or a loopback name, with its
        port; on a wildcard address also any IP literal and this machine's name; or an ``allowed_hosts``."""
        bound, port = self.server_address[:2]
        if value.startswith("["):
            name, _, rest = value.partition("]")
            name, given = name + "]", rest.removeprefix(":")
        else:
            name, _, given = value.partition(":") if value.count(":") <= 1 else (value, "", "")
        name = name.lower().rstrip(".")
        if name in (h.lower() for h in self.config.allowed_hosts):
            return True
        if given != str(port) and not (given == "" and port == 80):
            return False
        if name in LOOPBACK or name == str(bound).lower() or f"[{bound!s}]" == name:
            return True
        if bound in ("0.0.0.0", "::", ""):
            try:
                ipaddress.ip_address(name.strip("[]"))
                return True
            except ValueError:
                return name in (socket.gethostname().lower(), socket.getfqdn().lower())
        return False

    def handle_error(self, request: object, client_address: object) -> None:
        """One line instead of a traceback for an error that escaped a request."""
        err = sys.exc_info()[1]
        self.log(f"{client_address}: {type(err).__name__}: {str(err)[:200]}")

    def server_close(self) -> None:
        """Close the socket and stop the workers."""
        super().server_close()
        self.pool.close()


def make_server(
    store: Store | Source, host: str = "127.0.0.1", port: int = 8000, config: ServeConfig | None = None
) -> SparqlServer:
    """A bound endpoint whose workers are ready, not yet serving (port 0 picks a free port).

    ``store`` is a :class:`Source` (what ``kg serve`` passes: the workers open it) or a store built in this
    process (tests), which the workers rebuild from its N-Quads or reopen from its directory.
    """
    source = store if isinstance(store, Source) else Source.of_store(store)
    try:
        return SparqlServer((host, port), source, config, None if isinstance(store, Source) else store)
    except OSError as err:
        raise KgError(
            "E400", f"cannot listen on {host}:{port}: {err.strerror or err}", "choose another --port"
        ) from None


def start_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve in a daemon thread (tests, notebooks); stop with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    return thread
