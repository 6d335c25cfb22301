"""``kg stats``: counts per class, the most central nodes and connected components (networkx)."""

from __future__ import annotations

import argparse
from typing import Any, cast


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg stats`` to the CLI."""
    p = subparsers.add_parser(
        "stats",
        help="graph statistics: classes, central nodes, components",
        description="Project the bundled report's graph (default) or RDF files (--data) onto networkx and "
        "print counts per class, the most central nodes (degree, betweenness) and connected components.",
    )
    p.add_argument("--data", nargs="+", metavar="PATH",
                   help="RDF files (.ttl .trig .nq .nt .jsonld), read with pyoxigraph (fit for a whole corpus)")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="label language (default: vi)")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many central nodes (default: 10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Project and print the tables."""
    from kg.view import dataset
    from kg.view.project import project
    from kg.view.stats import compute, format_stats

    if args.data:
        from kg.view.oxgraph import OxGraph, load

        g = project(cast(Any, OxGraph(load(args.data, quiet=args.quiet))), details=False)  # rdflib-like
    else:
        g = project(dataset(None), details=False)
    print(format_stats(compute(g, lang=args.lang, top=args.top, quiet=args.quiet), lang=args.lang), end="")
    return 0
