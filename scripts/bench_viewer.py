#!/usr/bin/env python3
"""Benchmark (not a test): how long a ≥5,000-node corpus graph takes to settle in headless Chromium.

Articles of the corpus (one JSON object per line: id, title, text) are run through the pipeline, in file order,
until the projected graph has at least ``--target`` nodes; the page is rendered with ``kg.view.render`` and
opened offline in Debian's Chromium. Printed figures:

* load → network ready: parsing the page, building vis DataSets and the network;
* load → stabilised: until vis-network's ``stabilizationIterationsDone`` fired and physics was switched off;
* wall clock from ``goto`` to the stable marker, as seen from Python;
* then one search, select and neighbourhood highlight on the settled page (it must stay responsive).

Usage: .venv/bin/python scripts/bench_viewer.py [--corpus PATH] [--target 5000] [--runs 3] [--keep out/bench.html]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.pipeline import process, to_rdf  # noqa: E402
from kg.view.chromium import ARGS, CHROMIUM  # noqa: E402
from kg.view.project import project  # noqa: E402
from kg.view.render import write_html  # noqa: E402


def corpus_graph(corpus: Path, target: int, batch: int = 25):
    """Process articles in file order until the projection has ``target`` nodes; (graph, articles, seconds)."""
    t0 = time.perf_counter()
    ds = None
    done = 0
    g = None
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            raw = f"{article.get('title', '').strip()}\n\n{article.get('text', '')}"
            try:
                ds = to_rdf(process(str(article["id"]), raw, source=str(article["id"])), ds)
            except Exception as err:  # one odd article must not stop the benchmark
                print(f"skip {article.get('id')}: {type(err).__name__}: {err}", file=sys.stderr)
                continue
            done += 1
            if done % batch == 0:
                g = project(ds)
                print(f"  {done} articles → {g.number_of_nodes()} nodes", file=sys.stderr)
                if g.number_of_nodes() >= target:
                    break
    if ds is None:
        raise SystemExit("no article could be processed")
    if g is None or g.number_of_nodes() < target:
        g = project(ds)
    return g, done, time.perf_counter() - t0


def measure(page_path: Path, runs: int) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        for _ in range(runs):
            with tempfile.TemporaryDirectory():
                context = browser.new_context(offline=True, viewport={"width": 1600, "height": 1000})
                page = context.new_page()
                t0 = time.perf_counter()
                page.goto(page_path.resolve().as_uri())
                page.wait_for_selector("body[data-kg-state=stable]", state="attached", timeout=120_000)
                wall = time.perf_counter() - t0
                ready, stable, drawn = page.evaluate(
                    "() => [kgViewer.readyAt, kgViewer.stabilizedAt, kgViewer.network.body.nodeIndices.length]"
                )
                t1 = time.perf_counter()  # the settled page must stay responsive: search, select, highlight
                page.fill("#kg-search", "Nguyễn")
                page.press("#kg-search", "Enter")
                page.evaluate("() => kgViewer.selected")
                select = time.perf_counter() - t1
                results.append(
                    {"ready": ready / 1000, "stable": stable / 1000, "wall": wall, "drawn": drawn, "select": select}
                )
                context.close()
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz")
    ap.add_argument("--target", type=int, default=5000, help="projected nodes to reach (default 5000)")
    ap.add_argument("--runs", type=int, default=3, help="page loads to time (default 3)")
    ap.add_argument("--keep", type=Path, help="also keep the benchmark page here")
    args = ap.parse_args(argv)
    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is absent: apt-get install chromium")
    g, articles, build_s = corpus_graph(args.corpus, args.target)
    with tempfile.TemporaryDirectory() as tmp:
        page = args.keep or Path(tmp) / "bench.html"
        t0 = time.perf_counter()
        write_html(g, page, title=f"benchmark: {g.number_of_nodes()} nodes")
        render_s = time.perf_counter() - t0
        size_mb = page.stat().st_size / 1e6
        runs = measure(page, args.runs)
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges from {articles} articles")
    print(f"pipeline + projection: {build_s:.1f} s; render: {render_s:.2f} s; page: {size_mb:.1f} MB")
    for i, r in enumerate(runs, 1):
        print(
            f"run {i}: drawn {r['drawn']} nodes; network ready {r['ready']:.2f} s; "
            f"stabilised {r['stable']:.2f} s after load (wall {r['wall']:.2f} s); "
            f"search + select + highlight {r['select']:.2f} s"
        )
    median = statistics.median(r["stable"] for r in runs)
    print(f"median time to stabilised: {median:.2f} s ({'within' if median <= 10 else 'OVER'} the 10 s budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
