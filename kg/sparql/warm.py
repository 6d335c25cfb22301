"""Answers computed before the first client asks: the competency questions the query page offers.

On a large store two of them cost about a second of CPU each the first time and are answered from the cache
after that; every request that arrives before the first answer waits for it. ``kg serve`` therefore answers
them once, in the formats the query page and most clients ask for, before it reports the endpoint ready (as
QLever's warm-up queries pin results in its cache). ``kg serve --no-warm`` skips it. See docs/sparql.md.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from kg.sparql import cq
from kg.sparql.pool import WorkerPool
from kg.sparql.protocol import Request

# The query page asks for JSON (tables) and CSV (downloads); the cache keys an answer by the type chosen,
# so any Accept header that chooses one of these finds it.
WARM_ACCEPTS = ("application/sparql-results+json", "text/csv")


def warm(pool: WorkerPool, max_rows: int, workers: int, accepts: tuple[str, ...] = WARM_ACCEPTS) -> tuple[int, float]:
    """Answer every competency question in each of ``accepts`` through ``pool`` (so into its cache), with
    ``workers`` requests at a time; the number of answers kept (status 200) and the seconds it took."""
    started = time.monotonic()
    requests = [Request(q.text, accept, None, max_rows) for q in cq.all_cqs() for accept in accepts]
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="kg-warm") as threads:
        replies = list(threads.map(pool.run, requests))
    return sum(r.status == 200 for r in replies), time.monotonic() - started
