"""The endpoint's HTTP side: request framing, Host and CORS checks, routes, logging; queries go to workers.

Every request gets an answer, even a malformed one: a ``Content-Length`` that is not a non-negative integer
gets 400, a chunked body 411 (both close the connection, whose framing can no longer be trusted), a body
that does not arrive within the socket timeout 408, an unexpected exception 500 with one line. A ``Host``
that is not the address the server is bound to (or a loopback alias of it) gets 421: a web page that
re-pointed its own domain name at 127.0.0.1 (DNS rebinding) is refused. No CORS header unless ``--cors``
names the page's origin. What the log shows of a request has its control characters escaped.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler
from importlib import resources
from typing import TYPE_CHECKING, Any

from kg.sparql import cq
from kg.sparql.headers import HeaderError, read_headers
from kg.sparql.protocol import Request, wanted_format
from kg.sparql.query import MAX_QUERY_CHARS

if TYPE_CHECKING:
    from kg.sparql.serve import SparqlServer

_DIGITS = re.compile(r"[0-9]+")


def escape_log(text: str) -> str:
    """``text`` with control, format and separator characters (and backslashes) written as escapes."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


class Handler(BaseHTTPRequestHandler):
    """One request: ``/sparql`` (protocol), ``/`` (query page), ``/cq.json`` (examples), then
    ``server.routes`` (added by other pages), then 404."""

    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    timeout = 30.0  # seconds a socket read or write may wait (from the server's config in setup)
    # TCP_NODELAY: an answer is written as headers, then body; with Nagle's algorithm the body of every answer
    # after the first few on a kept-alive connection waited for the client's delayed ACK (40 ms on Linux).
    disable_nagle_algorithm = True

    # ------------------------------------------------------------------ plumbing

    def setup(self) -> None:
        """Apply the configured socket timeout before the first read."""
        self.timeout = self.server.config.socket_timeout  # type: ignore[misc]  # the stdlib reads it per instance
        self._replied = False
        self._length = 0
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        """Log to stderr unless the server is quiet; the request's text is escaped."""
        if not self.server.config.quiet:
            sys.stderr.write(f"kg serve: {self.address_string()} {escape_log(format % args)}\n")

    def send_response(self, code: int, message: str | None = None) -> None:
        """Send the status line (and remember that this request got its answer)."""
        self._replied = True
        super().send_response(code, message)

    def handle_one_request(self) -> None:
        """Serve one request; whatever goes wrong, the client gets an answer or a closed connection."""
        self._replied = False
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        except Exception as err:  # the promise: never a dropped connection without a response
            self.close_connection = True
            self.log_error("internal error: %s: %s", type(err).__name__, str(err)[:200])
            if not self._replied:
                try:
                    self._error(500, f"internal error ({type(err).__name__}); the server goes on")
                except OSError:
                    pass

    def _cors(self) -> dict[str, str]:
        allowed = self.server.config.cors
        if allowed and self.headers.get("Origin") == allowed:
            return {"Access-Control-Allow-Origin": allowed, "Access-Control-Expose-Headers": "Kg-Truncated"}
        return {}

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept, Origin" if self.server.config.cors else "Accept")
        for k, v in {**self._cors(), **(extra or {})}.items():
            self.send_header(k, v)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # Public names for the pages other modules add through ``server.routes``.
    reply = _send
    reply_error = _error

    # ------------------------------------------------------------------ framing

    def parse_request(self) -> bool:
        """The request line and headers (the standard library's rules, the headers read by
        :mod:`kg.sparql.headers`), then the Host check and the body framing (refused: answered and closed)."""
        if not self._request_line():
            return False
        try:
            self.headers = read_headers(self.rfile)  # type: ignore[assignment,arg-type]  # get/get_all, as used here
        except HeaderError as err:
            self.close_connection = True
            self._error(err.status, str(err))
            return False
        connection = (self.headers.get("Connection") or "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive":
            self.close_connection = False
        expect = (self.headers.get("Expect") or "").lower()
        if expect == "100-continue" and self.request_version >= "HTTP/1.1" and not self.handle_expect_100():
            return False
        problem = self._host_problem() or self._framing_problem()
        if problem is not None:
            self.close_connection = True
            self._error(*problem)
            return False
        return True

    def _request_line(self) -> bool:
        """Method, path and version, as ``http.server`` reads them (HTTP/0.9, 1.0 and 1.1; 2.0 and later 505)."""
        self.command = None  # type: ignore[assignment]  # set in case of an error on the first line
        self.request_version = version = self.default_request_version
        self.close_connection = True
        self.requestline = str(getattr(self, "raw_requestline", b""), "iso-8859-1").rstrip("\r\n")
        words = self.requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = version.removeprefix("HTTP/").split(".") if version.startswith("HTTP/") else []
            if len(number) != 2 or not all(p.isdigit() and len(p) <= 10 for p in number):
                return self._bad_line(400, f"bad HTTP version {escape_log(version)[:40]!r}")
            major, minor = int(number[0]), int(number[1])
            if major >= 2:
                return self._bad_line(505, f"HTTP version {major}.{minor} is not supported: use HTTP 1.1")
            self.close_connection = (major, minor) < (1, 1)
            self.request_version = version
        if not 2 <= len(words) <= 3:
            return self._bad_line(400, "a request line is 'METHOD /path HTTP/1.1'")
        self.command, self.path = words[0], words[1]
        if len(words) == 2:
            self.close_connection = True
            if self.command != "GET":
                return self._bad_line(400, "a request line is 'METHOD /path HTTP/1.1'")
        if self.path.startswith("//"):
            self.path = "/" + self.path.lstrip("/")
        return True

    def _bad_line(self, status: int, message: str) -> bool:
        """Answer a request line that cannot be read, as HTTP/1.1 (with a status line), and close."""
        self.request_version, self.close_connection = "HTTP/1.1", True
        self._error(status, message)
        return False

    def _host_problem(self) -> tuple[int, str] | None:
        hosts = self.headers.get_all("Host") or []
        if not hosts:
            if self.request_version == "HTTP/1.0":
                return None
            return 400, "a Host header is required"
        if len(hosts) > 1 or not self.server.host_allowed(hosts[0].strip()):
            return 421, f"this server does not answer for Host {escape_log(hosts[0].strip())[:100]!r}"
        return None

    def _framing_problem(self) -> tuple[int, str] | None:
        if self.headers.get("Transfer-Encoding") is not None:
            return 411, "chunked (Transfer-Encoding) request bodies are not accepted: send Content-Length"
        lengths = {v.strip() for v in self.headers.get_all("Content-Length") or []}
        if not lengths:
            self._length = 0
            return None
        if len(lengths) > 1 or not _DIGITS.fullmatch(next(iter(lengths))):
            return 400, "Content-Length must be one non-negative integer"
        self._length = int(next(iter(lengths)))
        return None

    def _body(self) -> bytes | None:
        """The request body, or None when an error answer was sent (the connection then closes)."""
        limit = self.server.config.max_body
        if self._length > limit:
            self.close_connection = True  # the body stays unread: this connection cannot carry another request
            self._error(413, f"request body over {limit} bytes")
            return None
        try:
            body = self.rfile.read(self._length) if self._length > 0 else b""
        except TimeoutError:
            body = None
        if body is None or len(body) < self._length:
            self.close_connection = True
            self._error(408, f"the request body did not arrive within {self.timeout:g} s")
            return None
        return body

    # ------------------------------------------------------------------ methods

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        """``/sparql?query=``, the page ``/``, ``/cq.json``, then the added routes."""
        if self._length and self._body() is None:  # a GET with a body: read and ignored
            return
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
        elif not any(route(self, url) for route in self.server.routes):
            self._error(404, f"not found: {url.path} (the endpoint is /sparql)")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        """POST form-encoded (``query=``) or ``application/sparql-query``; updates are refused."""
        body = self._body()
        if body is None:
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._error(404, f"not found: {url.path} (the endpoint is /sparql)")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
            return
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-query":
            params["query"] = [body.decode("utf-8", "replace")]
        else:
            self._error(
                415,
                f"unsupported Content-Type {escape_log(ctype)[:80] or '(none)'}: "
                "use application/x-www-form-urlencoded or application/sparql-query",
            )
            return
        self._protocol(params)

    def _read_only(self) -> None:
        self.close_connection = True
        self._error(405, "this endpoint is read-only: only GET and POST queries at /sparql")

    do_PUT = do_DELETE = do_PATCH = _read_only

    def do_OPTIONS(self) -> None:  # noqa: N802 - the stdlib's name
        """CORS preflight: allowed only for the ``--cors`` origin (no CORS headers otherwise)."""
        if self._length and self._body() is None:
            return
        self.send_response(204)
        self.send_header("Allow", "GET, HEAD, POST, OPTIONS")
        cors = self._cors()
        for k, v in cors.items():
            self.send_header(k, v)
        if cors:
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
            self.send_header("Access-Control-Max-Age", "600")
        if self.server.config.cors:
            self.send_header("Vary", "Origin")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # ------------------------------------------------------------------ the protocol

    def _protocol(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(403, "this endpoint is read-only: SPARQL Update is refused")
        elif params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(400, "default-graph-uri / named-graph-uri are not supported: use GRAPH in the query")
        elif len(params.get("query", [])) != 1 or not params["query"][0].strip():
            self._error(400, "give exactly one non-empty query parameter")
        elif len(params["query"][0]) > MAX_QUERY_CHARS:
            n = len(params["query"][0])
            self._error(400, f"[E207] the query has {n} characters; at most {MAX_QUERY_CHARS} are allowed")
        else:
            cfg = self.server.config
            req = Request(params["query"][0], self.headers.get("Accept"), wanted_format(params), cfg.max_rows)
            reply = self.server.pool.run(req)
            self._send(reply.status, reply.body, reply.ctype, reply.headers)
