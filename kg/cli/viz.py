"""``kg viz``: the report's graph as a self-contained, offline HTML page (pyvis + vis-network)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg viz`` to the CLI."""
    p = subparsers.add_parser(
        "viz",
        help="write an interactive, offline HTML view of the graph",
        description="Draw the bundled report's graph (default) or RDF files (--data) as one HTML file that "
        "works without a network: search by name, filter by class, click for sources and neighbours.",
    )
    p.add_argument("--data", nargs="+", metavar="PATH",
                   help="RDF files to draw (.ttl .trig .nq .nt .jsonld), read with pyoxigraph; with --focus only the "
                   "ego network is projected (fit for a whole corpus)")
    p.add_argument("-o", "--output", default="out/graph.html", metavar="FILE", help="default: out/graph.html")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="label language (default: vi)")
    p.add_argument("--focus", metavar="LABEL", help="draw only the ego network of the entity with this label")
    p.add_argument("--depth", type=int, metavar="N", help="hops around --focus (default: 1)")
    p.add_argument("--classes", nargs="+", metavar="CLASS", help="keep only these classes (e.g. Official Body Post)")
    p.add_argument("--ontology", action="store_true", help="draw the ontology and its alignments instead")
    p.add_argument("--provenance", action="store_true", help="also draw the report, sentences and mentions")
    p.add_argument("--holdings", action="store_true", help="draw post holdings as nodes, not edges")
    p.add_argument("--concepts", action="store_true",
                   help="show concept nodes (fields, sectors …) from the start; else hidden until ticked in the legend")
    p.add_argument("--cap", type=int, default=None, metavar="N",
                   help="with --focus: at most N nodes per class, the rest as one '+N more' node (default 25; 0: all)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")
    p.set_defaults(func=run)


def _graph(args: argparse.Namespace) -> Any:
    """What to project: the bundled report (rdflib); files read with pyoxigraph — only the ego network of
    --focus copied out of them, or the whole store seen through an rdflib-like view."""
    from kg.view import dataset

    if not args.data:
        return dataset(None)
    from kg.errors import KgError
    from kg.view.oxgraph import OxGraph, ego, find, load

    store = load(args.data, text_layer=args.provenance, quiet=args.quiet)
    if not args.focus:
        return OxGraph(store)
    centres = find(store, args.focus)
    if not centres:
        raise KgError("E402", f"no node is labelled {args.focus!r}", "search the viewer or run `kg stats` for names")
    return ego(store, centres, 1 if args.depth is None else max(args.depth, 0), provenance=args.provenance)


def run(args: argparse.Namespace) -> int:
    """Project, select, render, write; print the page's path."""
    from kg.outfile import check_output
    from kg.rdf.graphio import refuse_input_as_output
    from kg.view import title_of
    from kg.view.ontology import project_ontology
    from kg.view.project import project
    from kg.view.render import write_html
    from kg.view.select import select

    refuse_input_as_output(args.output, args.data or [])
    check_output(args.output)
    if args.ontology:
        g, title = project_ontology(), "vnreport-kg ontology"
    else:
        g = project(_graph(args), provenance=args.provenance, holdings=args.holdings)
        title = title_of(g, args.focus)
    from kg.view.select import CAP_PER_CLASS

    per_class = CAP_PER_CLASS if args.cap is None else max(args.cap, 0)
    g = select(g, focus=args.focus, depth=args.depth, classes=args.classes or (), per_class=per_class)
    path = write_html(g, args.output, lang=args.lang, title=title, concepts=args.concepts)
    print(f"kg viz: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", file=sys.stderr)
    print(path)
    return 0
