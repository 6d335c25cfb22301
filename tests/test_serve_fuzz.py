"""Random query strings through the real endpoint: always a clean answer, never a dropped connection."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sparql_fixtures import serving

from kg.sparql import cq
from kg.sparql.serve import SparqlServer
from kg.sparql.store import MemoryStore

pytest_plugins = ["sparql_fixtures"]

CLEAN = {200, 400, 403, 406, 503}
# Characters a query may hold (lone surrogates cannot be sent as UTF-8 at all): control, combining,
# bidirectional marks, SPARQL punctuation, Vietnamese letters.
CHARS = st.characters(blacklist_categories=("Cs",))
PIECES = st.sampled_from(["{", "}", "(", ")", "SERVICE", "\\u0053", "?x", "<http://127.0.0.1:9/>", '"', "'''",
                          "#", "\n", "\x00", "\u202e", "\u0301", "ầ", "FILTER", "EXISTS", "OPTIONAL", "GRAPH"])


@st.composite
def queries(draw: st.DrawFn) -> str:
    """A competency question cut, spliced and sprinkled with odd characters, or plain random text."""
    if draw(st.booleans()):
        return draw(st.text(CHARS, max_size=300))
    text = draw(st.sampled_from([c.text for c in cq.all_cqs()]))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 20))
        extra = draw(st.one_of(PIECES, st.text(CHARS, max_size=8)))
        text = text[:at] + extra + text[at + cut:]
    return text


@pytest.fixture(scope="module")
def fuzz_server(report_dataset) -> Iterator[SparqlServer]:
    with serving(MemoryStore(report_dataset), timeout=2.0, max_rows=20, cache_entries=0) as server:
        yield server


def send(url: str, text: str, post: bool) -> tuple[int, bytes]:
    if post:
        req = urllib.request.Request(url, data=text.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-query"})
    else:
        req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": text}))
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries(), post=st.booleans())
def test_random_queries_get_a_clean_answer(fuzz_server: SparqlServer, text: str, post: bool) -> None:
    status, body = send(fuzz_server.url, text, post)
    assert status in CLEAN, (status, body[:200])
    if status != 200:
        assert body.endswith(b"\n") and body.count(b"\n") == 1 and b"Traceback" not in body, body[:300]
