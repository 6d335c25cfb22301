"""The endpoint's own reading of request lines and headers (kg.sparql.headers), alone and through the server."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator

import pytest
from sparql_fixtures import serving

from kg.sparql.headers import MAX_FIELDS, MAX_LINE, HeaderError, read_headers
from kg.sparql.serve import SparqlServer
from kg.sparql.store import MemoryStore

pytest_plugins = ["sparql_fixtures"]


def test_fields_are_read_case_blind_in_order_with_continuations() -> None:
    block = (b"Host: a.example:8000\r\naccept: text/csv\r\nX-Twice: one\r\nx-twice:  two\r\n"
             b"X-Folded: first\r\n\tsecond\r\n\r\nbody that is not read")
    rfile = io.BytesIO(block)
    headers = read_headers(rfile)
    assert headers.get("ACCEPT") == "text/csv" and headers.get("host") == "a.example:8000"
    assert headers.get_all("X-TWICE") == ["one", "two"]
    assert headers.get("X-Folded") == "first\tsecond"
    assert headers.get("Missing") is None and headers.get_all("Missing") is None
    assert "Accept" in headers and "Missing" not in headers
    assert rfile.read() == b"body that is not read"


@pytest.mark.parametrize(("block", "status"), [
    (b"Host : a\r\n\r\n", 400),  # white space before the colon (RFC 9112, 5.1)
    (b"no colon at all\r\n\r\n", 400),
    (b" starts folded\r\n\r\n", 400),
    (b"X-Long: " + b"a" * MAX_LINE + b"\r\n\r\n", 431),
    (b"".join(b"X-%d: v\r\n" % i for i in range(MAX_FIELDS + 1)) + b"\r\n", 431),
])
def test_malformed_blocks_are_refused_with_their_status(block: bytes, status: int) -> None:
    with pytest.raises(HeaderError) as err:
        read_headers(io.BytesIO(block))
    assert err.value.status == status


@pytest.fixture(scope="module")
def server(report_dataset) -> Iterator[SparqlServer]:
    with serving(MemoryStore(report_dataset), workers=1) as srv:
        yield srv


def exchange(server: SparqlServer, data: bytes) -> bytes:
    with socket.create_connection(server.server_address[:2], timeout=20) as sock:
        sock.sendall(data)
        out = b""
        while chunk := sock.recv(65536):
            out += chunk
    return out


def test_a_query_with_headers_in_any_case_is_answered(server: SparqlServer) -> None:
    reply = exchange(server, b"GET /sparql?query=ASK%%7B%%7D HTTP/1.1\r\nhOsT: 127.0.0.1:%d\r\n"
                     b"aCcEpT: text/csv\r\nConnection: close\r\n\r\n" % server.server_port)
    assert reply.startswith(b"HTTP/1.1 200") and b"Content-Type: text/csv" in reply


@pytest.mark.parametrize(("head", "status"), [
    (b"GET /sparql HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n", b"400"),
    (b"GET /sparql HTTP/1.1\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(MAX_FIELDS + 1)) + b"\r\n", b"431"),
    (b"GET /sparql HTTP/2.0\r\n\r\n", b"505"),
    (b"GET /sparql HTTP/one\r\n\r\n", b"400"),
    (b"GET /sparql HTTP/1.1 extra\r\n\r\n", b"400"),
])
def test_malformed_requests_get_one_answer_and_a_closed_connection(
    server: SparqlServer, head: bytes, status: bytes
) -> None:
    reply = exchange(server, head)
    assert reply.startswith(b"HTTP/1.1 " + status + b" ")
    assert reply.count(b"HTTP/1.1 ") == 1  # one answer


def test_keep_alive_serves_two_requests_and_close_ends_it(server: SparqlServer) -> None:
    one = b"GET /sparql?query=ASK%%7B%%7D HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n" % server.server_port
    reply = exchange(server, one + b"\r\n" + one + b"Connection: close\r\n\r\n")
    assert reply.count(b"HTTP/1.1 200") == 2
