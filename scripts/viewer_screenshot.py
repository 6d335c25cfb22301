#!/usr/bin/env python3
"""Take docs/viewer.png: the bundled report's graph in headless Chromium, offline, with the tooltip of one
official open (class, labels, source sentence).

Usage: .venv/bin/python scripts/viewer_screenshot.py [--page out/graph.html] [--hover LABEL] [-o docs/viewer.png]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.view import dataset, title_of  # noqa: E402
from kg.view.chromium import ARGS, CHROMIUM  # noqa: E402
from kg.view.project import project  # noqa: E402
from kg.view.render import write_html  # noqa: E402
from kg.view.select import find_nodes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--page", type=Path, default=ROOT / "out" / "graph.html")
    ap.add_argument("--hover", default=None,
                    help="label of the node whose tooltip is shown (default: the official with the most sources)")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "viewer.png")
    args = ap.parse_args(argv)
    g = project(dataset(None))
    write_html(g, args.page, title=title_of(g))
    if args.hover:
        node = find_nodes(g, args.hover)[0]
    else:
        officials = [n for n, d in g.nodes(data=True) if d["cls"] == "Official"]
        node = max(sorted(officials), key=lambda n: len(g.nodes[n]["sources"]))

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_context(offline=True, viewport={"width": 1500, "height": 900}).new_page()
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector("body[data-kg-state=stable]", state="attached", timeout=60_000)
        x, y = page.evaluate(
            """(id) => {
                const n = kgViewer.network;
                const p = n.canvasToDOM(n.getPositions([id])[id]);
                const r = document.getElementById('kg-graph').getBoundingClientRect();
                return [r.left + p.x, r.top + p.y];
            }""",
            node,
        )
        page.mouse.move(x, y)
        page.wait_for_selector("div.vis-tooltip .kg-tip", state="visible", timeout=5_000)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
