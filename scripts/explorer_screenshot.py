#!/usr/bin/env python3
"""Take docs/explorer.png: the explorer on a `kg load` store, the official most articles mention opened from
search, expanded along one predicate and every other, with the timeline and provenance panels filled.

Usage: .venv/bin/python scripts/explorer_screenshot.py [--store out/store] [-o docs/explorer.png]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.explore.api import Explorer  # noqa: E402
from kg.explore.routes import ExploreConfig, make_route  # noqa: E402
from kg.explore.source import Source, open_source  # noqa: E402
from kg.sparql.serve import ServeConfig, make_server, start_in_thread  # noqa: E402
from kg.sparql.store import open_store  # noqa: E402
from kg.view.chromium import ARGS, CHROMIUM  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=str(ROOT / "out" / "store"), help="a store made by `kg load`")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "explorer.png")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    store = args.store if Path(args.store).is_dir() else None  # no store: the bundled report
    ex = Explorer(Source(open_source(None, store)))
    official = max((e for e in ex.index.entries.values() if e.group == "Official"), key=lambda e: (e.articles, e.iri))
    server = make_server(open_store(None, store), "127.0.0.1", 0, ServeConfig(quiet=True))
    server.routes.append(make_route(ex, ExploreConfig()))
    start_in_thread(server)
    root = "http://{}:{}".format(*server.server_address[:2])
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto(root + "/explore")
            page.wait_for_selector("body[data-kg-state=ready]", state="attached")
            page.fill("#kg-search", official.label.split()[-1])
            page.wait_for_selector("#kg-results li")
            page.press("#kg-search", "Enter")
            page.wait_for_selector("#kg-expand-all")
            page.locator("#kg-details button[data-pred='org:holds']").click()
            page.wait_for_selector("#kg-undo:not([disabled])")
            page.wait_for_selector("#kg-provenance .sentence")
            page.wait_for_timeout(500)
            page.evaluate("() => kgExplorer.network.fit()")
            page.wait_for_timeout(500)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.output))
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    print(f"wrote {args.output} ({official.label}, {official.articles} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
