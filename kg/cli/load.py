"""``kg load``: load RDF files or corpus parts into a store — embedded Oxigraph, an Oxigraph server, Virtuoso."""

from __future__ import annotations

import argparse
import time


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg load`` to the CLI."""
    p = subparsers.add_parser(
        "load",
        help="load RDF files or corpus parts into a store (embedded Oxigraph, Oxigraph server, Virtuoso)",
        description="Load RDF files (.nq .trig .nt .ttl, gzip too) or a directory of corpus parts (kg build "
        "--executor dask -o DIR/: read through its manifest.json, sha256 checked) into a store. Quads keep their "
        "named graphs; default-graph triples go to --graph when given. Loading the same file twice into an "
        "Oxigraph store changes nothing.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="RDF files or a directory of parts")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--store", metavar="DIR", help="an embedded Oxigraph store directory (created if absent; "
                        "`oxigraph serve --location DIR` serves it)")
    target.add_argument("--endpoint", metavar="URL", help="a running Oxigraph server (http://HOST:7878): N-Quads "
                        "POSTed to its Graph Store /store in batches")
    target.add_argument("--virtuoso", metavar="HOST:PORT", help="Virtuoso's bulk loader over isql-vt (SQL port; "
                        "user --user, password $KG_VIRTUOSO_PASSWORD or dba); the files must be in its DirsAllowed")
    p.add_argument("--graph", metavar="IRI", help="the named graph for default-graph triples (Virtuoso: default "
                   "https://w3id.org/vnreport-kg/graph)")
    p.add_argument("--user", default="dba", help="--virtuoso: the SQL user (default dba)")
    p.add_argument("--optimize", action="store_true", help="--store: compact the store after loading (the "
                   "corpus: about 25 s; its expensive questions 10-20%% cheaper, the directory 1.75 times bigger)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line on the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the files and report what went in."""
    from kg.progress import Progress
    from kg.sparql import bulk
    from kg.sparql.push import DEFAULT_GRAPH

    files = bulk.part_files(args.paths)
    t0 = time.perf_counter()
    if args.store:
        done = bulk.load_store(files, args.store, args.graph, Progress("quads loaded", quiet=args.quiet),
                               optimize=args.optimize)
        where = f"{args.store}: +{done.quads} quads" + (", compacted" if args.optimize else "")
    elif args.endpoint:
        done = bulk.load_endpoint(files, args.endpoint, args.graph)
        where = f"{args.endpoint}: {done.quads} quads sent"
    else:
        done = bulk.load_virtuoso(files, args.virtuoso, args.graph or DEFAULT_GRAPH, args.user)
        where = f"Virtuoso {args.virtuoso} (bulk loader)"
    print(f"loaded {done.files} file(s) into {where} in {time.perf_counter() - t0:.1f} s")
    return 0
