"""kg serve's HTTP side on a kept-alive connection: answers are sent at once (no Nagle delay)."""

from __future__ import annotations

import http.client
import socket
import urllib.parse
from urllib.parse import SplitResult

from sparql_fixtures import serving

from kg.sparql.http import Handler
from kg.sparql.store import MemoryStore

pytest_plugins = ["sparql_fixtures"]


def nodelay_route(handler: Handler, url: SplitResult) -> bool:
    """``/nodelay``: whether the connection this request came on has TCP_NODELAY set."""
    if url.path != "/nodelay":
        return False
    value = handler.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    handler.reply(200, str(int(bool(value))).encode(), "text/plain")
    return True


def test_answers_on_a_kept_alive_connection_are_not_held_back(report_dataset) -> None:
    """The server writes the headers and then the body of an answer: with Nagle's algorithm on, the body of
    every answer after the first few on a kept-alive connection waited for the client's delayed ACK (40 ms on
    Linux; a trivial query took 48-52 ms instead of 3 ms). TCP_NODELAY is set on every accepted connection, and
    one connection carries several requests."""
    with serving(MemoryStore(report_dataset), workers=1) as server:
        server.routes.append(nodelay_route)
        host, port = server.server_address[:2]
        conn = http.client.HTTPConnection(str(host), int(port), timeout=30)
        try:
            for k in range(3):
                query = urllib.parse.urlencode({"query": f"SELECT ({k} AS ?x) {{}}"})
                conn.request("GET", "/sparql?" + query, headers={"Accept": "text/csv"})
                response = conn.getresponse()
                assert response.status == 200 and response.read().decode().split() == ["x", str(k)]
            conn.request("GET", "/nodelay")
            response = conn.getresponse()
            assert response.status == 200 and response.read() == b"1"
        finally:
            conn.close()
