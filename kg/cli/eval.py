"""``kg eval``: precision and recall of the extraction against a gold file, per fact type.

The gold file names the report it was read from (its ``report`` key); a graph that does not hold that report
is refused, and the bundled report's gold file is used by default only for the bundled report's graph.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import pipeline
from kg.errors import KgError
from kg.rdf import graphio
from kg.resources import as_path, gold_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="score the extraction against gold facts (per fact type)",
        description="Score a graph against the gold facts of its report. With no --data, the bundled report "
        "against its gold file; with --data, --gold is needed unless the graph is the bundled report's.",
    )
    p.add_argument("--gold", metavar="JSON", help="gold facts (default: the bundled report's, for its graph only)")
    p.add_argument("--data", nargs="*", metavar="PATH", help="graph files (default: build the bundled report)")
    p.set_defaults(func=run)


def check_reports(graph_ids: set[str], gold: dict, gold_path: Path, default: bool) -> str:
    """The report the gold facts are scored for; raises :class:`KgError` when graph and gold disagree."""
    held = ", ".join(sorted(graph_ids)) or "no report"
    expected = gold.get("report")
    if default and graph_ids != {expected}:
        raise KgError("E240", f"the graph holds {held}; the default gold file is for {expected} only",
                      "pass --gold FILE with the gold facts of the graph's report")
    if expected is not None and expected not in graph_ids:
        raise KgError("E241", f"the gold file {gold_path} is for report {expected}, which the graph does not hold "
                      f"(it holds {held})", "pass that report's graph, or the gold file of the graph's report")
    return expected or f"{held} (the gold file names no report)"


def run(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, load_gold, report_ids, table

    ds = graphio.load(args.data) if args.data else pipeline.default_dataset()
    gold_path = Path(args.gold) if args.gold else as_path(gold_file())
    gold = load_gold(gold_path)
    report = check_reports(report_ids(ds), gold, gold_path, default=args.gold is None)
    print(f"kg eval: report {report}, gold {gold_path}", file=sys.stderr)
    print(table(evaluate(ds, gold)))
    return 0
