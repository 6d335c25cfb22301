"""``kg eval``: precision and recall of the extraction against a gold file, per fact type."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import pipeline
from kg.rdf import graphio
from kg.resources import as_path, gold_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the extraction against gold facts (per fact type)")
    p.add_argument("--gold", default=None, help="gold JSON (default: the bundled report's)")
    p.add_argument("--data", nargs="*", metavar="PATH", help="graph files (default: build the bundled report)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, load_gold, table

    ds = graphio.load(args.data) if args.data else pipeline.default_dataset()
    print(table(evaluate(ds, load_gold(Path(args.gold) if args.gold else as_path(gold_file())))))
    return 0
