"""``kg push``: load a graph into an external SPARQL store (Graph Store HTTP Protocol)."""

from __future__ import annotations

import argparse
import os

from kg.sparql.push import DEFAULT_GRAPH, push


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg push`` to the CLI."""
    p = subparsers.add_parser(
        "push",
        help="push RDF files into an external SPARQL store (Virtuoso, Fuseki…) by the Graph Store Protocol",
        description="Send RDF files to a Graph Store HTTP Protocol endpoint (Virtuoso: "
        "http://HOST:8890/sparql-graph-crud-auth). Default-graph triples go to --graph; named graphs (the "
        "text layer of each report, in .trig/.nq files) keep their IRIs. Query it with "
        "`kg query --endpoint http://HOST:8890/sparql`.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="RDF files (.ttl .trig .nq .nt .jsonld)")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store endpoint URL")
    p.add_argument("--graph", metavar="IRI", help=f"named graph for the default-graph triples ({DEFAULT_GRAPH})")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--replace", dest="replace", action="store_true", default=True, help="replace the graphs' content (default)"
    )
    mode.add_argument("--merge", dest="replace", action="store_false", help="add to the graphs' content")
    p.add_argument("--user", help="user name (Basic or Digest authentication)")
    p.add_argument("--password", help="password (or the KG_PUSH_PASSWORD environment variable)")
    p.add_argument("--update", metavar="URL",
                   help="a SPARQL Update endpoint of the same store (Virtuoso: http://HOST:8890/sparql-auth): "
                        "each graph is uploaded to a staging graph and moved into place, whole or not at all")
    p.add_argument("--chunk", type=int, default=50_000, metavar="N", help="triples per request (default 50000)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds per request (default 300)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Push and report what was sent."""
    password = args.password if args.password is not None else os.environ.get("KG_PUSH_PASSWORD")
    report = push(args.paths, args.endpoint, args.graph, args.replace, args.user, password, args.chunk, args.timeout,
                  args.update, quiet=args.quiet)
    print(report.summary(args.graph or DEFAULT_GRAPH))
    return 0
