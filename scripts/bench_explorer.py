"""Benchmark of the explorer on a `kg load` store (not a test): start-up, search, expand, timeline, page.

Serves the store the way `kg serve --store DIR` does (endpoint + explorer route, one process, 127.0.0.1) and times
HTTP requests from this process. The queries come from the data, never from code: the officials most articles
mention, their names cut into prefixes, given names and folded forms; expansion of the most-mentioned entities of
every prominent group. Page interactive = from navigation to `body[data-kg-state=ready]` in headless Chromium,
then to the first search results.

    nice .venv/bin/python scripts/bench_explorer.py --store out/store [--entities 60] [--pages 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.explore.api import Explorer
from kg.explore.index import fold
from kg.explore.routes import ExploreConfig, make_route
from kg.explore.source import Source, open_source
from kg.sparql.serve import ServeConfig, make_server, start_in_thread
from kg.sparql.store import open_store


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def timed_get(url: str) -> tuple[float, bytes]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        body = r.read()
    return (time.perf_counter() - t0) * 1000, body


def searches(ex: Explorer, n: int) -> list[str]:
    """Queries a user would type, cut from the labels of the officials most articles mention."""
    top = sorted((e for e in ex.index.entries.values() if e.group == "Official"), key=lambda e: -e.articles)[:n]
    out: list[str] = []
    for e in top:
        words = e.label.split()
        out += [e.label, words[-1], fold(e.label), e.label[:4], " ".join(words[-2:]).lower()]
    return out


def prominent(ex: Explorer, n: int) -> list[str]:
    """The most-mentioned entities of each prominent group, round robin."""
    by_group = {g: sorted((e for e in ex.index.entries.values() if e.group == g), key=lambda e: -e.articles)
                for g in ("Official", "Post", "Body", "Award", "Place", "Event")}
    out: list[str] = []
    for i in range(n):
        for entries in by_group.values():
            if i < len(entries) and len(out) < n:
                out.append(entries[i].iri)
    return out


def page_times(root: str, query: str, runs: int) -> list[tuple[float, float]]:
    """(ready ms, first results ms) of the explorer page in headless Chromium."""
    from playwright.sync_api import sync_playwright

    from kg.view.chromium import ARGS, CHROMIUM

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1400, "height": 860})
            page = context.new_page()
            t0 = time.perf_counter()
            page.goto(root + "/explore")
            page.wait_for_selector("body[data-kg-state=ready]", state="attached", timeout=30_000)
            ready = (time.perf_counter() - t0) * 1000
            page.fill("#kg-search", query)
            page.wait_for_selector("#kg-results li", timeout=30_000)
            out.append((ready, (time.perf_counter() - t0) * 1000))
            context.close()
        browser.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", default="out/store", help="a store made by `kg load` (default out/store)")
    ap.add_argument("--entities", type=int, default=60, help="entities to expand and officials to search for")
    ap.add_argument("--pages", type=int, default=5, help="page loads in Chromium")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = ap.parse_args()
    if not Path(args.store).is_dir():
        sys.exit(f"bench_explorer: no store at {args.store} (kg build --corpus … -o out/corpus.nq; kg load …)")
    t0 = time.perf_counter()
    ex = Explorer(Source(open_source(None, args.store)))
    startup = time.perf_counter() - t0
    server = make_server(open_store(None, args.store), "127.0.0.1", 0, ServeConfig(quiet=True))
    server.routes.append(make_route(ex, ExploreConfig()))
    start_in_thread(server)
    root = "http://{}:{}".format(*server.server_address[:2])
    api = root + "/explore/api/"
    figures: dict[str, object] = {"store": args.store, "entries": len(ex.index.entries),
                                  "startup_s": round(startup, 1)}
    try:
        queries = searches(ex, args.entities // 5 or 1)
        timed_get(api + "search?q=a")  # warm-up
        search_ms = [timed_get(api + "search?" + urllib.parse.urlencode({"q": q}))[0] for q in queries]
        entities = prominent(ex, args.entities)
        expand_ms, node_ms = [], []
        for iri in entities:
            node_ms.append(timed_get(api + "node?" + urllib.parse.urlencode({"iri": iri}))[0])
            expand_ms.append(timed_get(api + "expand?" + urllib.parse.urlencode(
                {"iri": iri, "pred": "*", "dir": "all", "limit": 10}))[0])
            node = json.loads(timed_get(api + "node?" + urllib.parse.urlencode({"iri": iri}))[1])
            biggest = (node["out"] + node["in"] or [None])[0]
            if biggest:
                direction = "out" if biggest in node["out"] else "in"
                expand_ms.append(timed_get(api + "expand?" + urllib.parse.urlencode(
                    {"iri": iri, "pred": biggest["pred"], "dir": direction, "limit": 25}))[0])
        officials = [i for i in entities if ex.index.get(i).group == "Official"]
        timeline_ms = [timed_get(api + "timeline?" + urllib.parse.urlencode({"iri": i}))[0] for i in officials]
        prov_ms = [timed_get(api + "provenance?" + urllib.parse.urlencode({"iri": i}))[0] for i in officials]
        pages = page_times(root, queries[1], args.pages) if args.pages else []
    finally:
        server.shutdown()
        server.server_close()
    for name, values in (("search", search_ms), ("node", node_ms), ("expand", expand_ms),
                         ("timeline", timeline_ms), ("provenance", prov_ms)):
        figures[name] = {"n": len(values), "median_ms": round(statistics.median(values), 1),
                         "p95_ms": round(p95(values), 1), "max_ms": round(max(values), 1)}
    if pages:
        figures["page"] = {"n": len(pages), "ready_ms_max": round(max(r for r, _ in pages)),
                           "ready_ms_median": round(statistics.median(r for r, _ in pages)),
                           "first_results_ms_max": round(max(f for _, f in pages))}
    for k, v in figures.items():
        print(f"{k:12} {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
