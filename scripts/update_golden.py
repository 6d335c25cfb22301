"""Regenerate the golden graph of the reference report (``tests/data/golden/thanh-hoa-qpan-2020.trig``).

Run this only on purpose, after a change that is meant to change the graph, and review the diff it prints:
``.venv/bin/python scripts/update_golden.py``. ``tests/test_golden.py`` compares every build against this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib.compare import graph_diff, to_isomorphic

from kg.pipeline import default_dataset
from kg.rdf import graphio

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "golden" / "thanh-hoa-qpan-2020.trig"


def main() -> int:
    ds = default_dataset()
    if GOLDEN.exists():
        old = graphio.load([GOLDEN])
        for ident in sorted({g.identifier for g in ds.graphs()} | {g.identifier for g in old.graphs()}, key=str):
            _, removed, added = graph_diff(to_isomorphic(old.graph(ident)), to_isomorphic(ds.graph(ident)))
            if len(removed) or len(added):
                print(f"{ident}: -{len(removed)} +{len(added)} triples")
    graphio.write(ds, GOLDEN)
    print(f"wrote {GOLDEN} ({len(ds)} quads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
