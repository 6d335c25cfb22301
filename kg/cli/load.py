"""``kg load``: bulk-load RDF files into a persistent Oxigraph store for large graphs."""

from __future__ import annotations

import argparse

from kg.sparql.store import OxigraphStore


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg load`` to the CLI."""
    p = subparsers.add_parser(
        "load",
        help="load RDF files into an Oxigraph store (then query/serve with --store DIR)",
        description="Bulk-load RDF files into an embedded Oxigraph store on disk; triples go to the default "
        "graph, quads (.trig, .nq) keep their named graphs. Loading the same file twice changes nothing.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="RDF files (.ttl .trig .nq .nt .jsonld)")
    p.add_argument("--store", required=True, metavar="DIR", help="the store directory (created if absent)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the files and report the store's size."""
    from kg.progress import Progress

    store = OxigraphStore(args.store)
    added = store.load(args.paths, Progress("quads loaded", quiet=args.quiet))
    print(f"loaded {len(args.paths)} file(s) into {args.store}: +{added} quads, {len(store)} in total")
    return 0
