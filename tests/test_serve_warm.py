"""The answer cache keyed by the media type chosen, and the competency questions answered before serving."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

from sparql_fixtures import serving

from kg.sparql import cq
from kg.sparql.store import MemoryStore
from kg.sparql.warm import WARM_ACCEPTS, warm

pytest_plugins = ["sparql_fixtures"]

OFFICIALS = "SELECT ?name WHERE { ?o a vnr:Official ; schema:name ?name } ORDER BY ?name"
GRAPH = "CONSTRUCT { ?o a vnr:Official } WHERE { ?o a vnr:Official }"
PAGE_ACCEPT = "application/sparql-results+json, application/ld+json;q=0.5"  # what kg/web/index.html sends


def get(url: str, text: str, accept: str) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": text}), headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return resp.status, resp.headers["Content-Type"], resp.read()


def test_accept_headers_that_choose_one_type_share_an_answer(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=1) as server:
        cache = server.pool.cache
        first = get(server.url, OFFICIALS, "application/sparql-results+json")
        assert first[0] == 200 and cache.hits == 0
        assert get(server.url, OFFICIALS, PAGE_ACCEPT) == first and cache.hits == 1
        csv = get(server.url, OFFICIALS, "text/csv")  # another type: its own answer
        assert csv[1].startswith("text/csv") and cache.hits == 1
        echoed = get(server.url, OFFICIALS, "application/json")  # answered under the name asked for
        assert echoed[1].startswith("application/json;") and cache.hits == 1
        assert json.loads(echoed[2]) == json.loads(first[2])
        # A graph: the Accept's preference among graph types decides, whatever it says of result types.
        turtle = get(server.url, GRAPH, "text/turtle")
        assert turtle[0] == 200 and turtle[1].startswith("text/turtle")
        assert get(server.url, GRAPH, "application/sparql-results+json;q=0.2, text/turtle") == turtle
        assert cache.hits == 2
        assert get(server.url, GRAPH, "application/n-triples")[1].startswith("application/n-triples")
        assert cache.hits == 2


def test_the_competency_questions_are_answered_before_the_first_client(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=2) as server:
        cache = server.pool.cache
        kept, seconds = warm(server.pool, server.config.max_rows, 2)
        questions = cq.all_cqs()
        assert kept == len(WARM_ACCEPTS) * len(questions) == len(cache._items) and seconds >= 0
        misses = cache.misses
        for question in questions:
            status, ctype, body = get(server.url, question.text, PAGE_ACCEPT)
            assert status == 200 and ctype.startswith("application/sparql-results+json")
            assert json.loads(body)["head"]["vars"]
        assert cache.misses == misses and cache.hits == len(questions)


def test_nothing_is_warmed_into_a_server_without_a_cache(report_dataset) -> None:
    with serving(MemoryStore(report_dataset), workers=1, cache_entries=0) as server:
        kept, _ = warm(server.pool, server.config.max_rows, 1)
        assert kept == len(WARM_ACCEPTS) * len(cq.all_cqs()) and server.pool.cache._items == {}
