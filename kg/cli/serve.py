"""``kg serve``: a read-only SPARQL 1.1 endpoint at /sparql, a query page at /, the explorer at /explore and a
page per entity under /id/…"""

from __future__ import annotations

import argparse
import sys
import threading

from kg.errors import reason
from kg.explore.api import Explorer
from kg.explore.routes import ExploreConfig, make_route
from kg.explore.source import Source as ExploreSource
from kg.explore.source import open_source
from kg.sparql.serve import ServeConfig, SparqlServer, make_server
from kg.sparql.source import Source
from kg.sparql.warm import warm


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg serve`` to the CLI."""
    p = subparsers.add_parser(
        "serve",
        help="serve the graph as a read-only SPARQL 1.1 endpoint (/sparql) with a query page (/)",
        description="Serve the bundled report's graph (default), RDF files (--data) or an Oxigraph store "
        "(--store) over the SPARQL 1.1 Protocol. Read-only: updates and SERVICE are refused. Queries run "
        "in worker processes with a memory budget and are killed at the timeout.",
    )
    p.add_argument("--data", nargs="+", metavar="PATH", help="RDF files to serve")
    p.add_argument("--store", metavar="DIR", help="an Oxigraph store made by `kg load`")
    p.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=10.0,
                   help="seconds a query may take, parsing included (default 10); then 503 and its worker is killed")
    p.add_argument("--max-rows", type=int, default=10_000, help="rows or triples per result (default 10000)")
    p.add_argument("--workers", type=int, default=2,
                   help="query worker processes, started (data opened) before the server answers (default 2)")
    p.add_argument("--max-workers", type=int, default=None, metavar="N",
                   help="workers at most while long queries (past 0.5 s) hold some; long queries get at most "
                   "N-1 of them, the last is for quick queries (default 2 x --workers)")
    p.add_argument("--max-memory", type=int, default=512, metavar="MB",
                   help="memory a worker may use for a query beyond the data it holds (default 512 MB)")
    p.add_argument("--cors", metavar="ORIGIN",
                   help="let web pages from this one origin (e.g. http://localhost:3000) read answers; "
                   "default: no CORS")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests whose Host is NAME (e.g. behind a reverse proxy); repeatable")
    p.add_argument("--cache", type=int, default=256, metavar="N",
                   help="answers kept in memory (read-only data; default 256, at most 64 MB; 0: none)")
    p.add_argument("--no-warm", dest="warm", action="store_false",
                   help="do not answer the competency questions before serving (default: answer them once, in "
                   "JSON and CSV, into the cache, so the first clients to ask do not wait for them)")
    p.add_argument("--quiet", action="store_true", help="do not log requests")
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="explorer and entity pages' language")
    p.add_argument(
        "--base",
        default=None,
        metavar="IRI",
        help="the published namespace served under / (default https://w3id.org/vnreport-kg/): "
        "BASE + id/x is served at /id/x",
    )
    p.set_defaults(func=run)


def _warm(server: SparqlServer, out: list[str]) -> None:
    """Answer the competency questions into the cache (kg.sparql.warm); one line of what came of it in ``out``."""
    try:
        kept, seconds = warm(server.pool, server.config.max_rows, server.config.workers)
        out.append(f"answered the competency questions ahead ({kept} answers cached in {seconds:.1f} s; "
                   "--no-warm skips)")
    except Exception as err:  # the endpoint serves without them; say why in one line
        out.append(f"the competency questions were not answered ahead: {reason(err)}")


def run(args: argparse.Namespace) -> int:
    """Start the query workers on the data, index the explorer, bind the port and serve until interrupted."""
    source = Source.of_options(args.data, args.store)
    config = ServeConfig(
        timeout=args.timeout, max_rows=args.max_rows, quiet=args.quiet, workers=args.workers,
        max_workers=args.max_workers, max_memory=args.max_memory, cors=args.cors, allowed_hosts=tuple(args.allow_host),
        cache_entries=args.cache,
    )
    server = make_server(source, args.host, args.port, config)
    warming: list[str] = []  # the workers answer them while this process indexes the explorer
    warmer = threading.Thread(target=_warm, args=(server, warming), name="kg-warm", daemon=True)
    if args.warm and args.cache > 0:
        warmer.start()
    engine = "oxigraph" if source.kind == "store" else "oxigraph in memory"
    if not args.quiet:
        print("kg serve: indexing labels for the explorer …", file=sys.stderr, flush=True)
    explorer = Explorer(ExploreSource(open_source(args.data, args.store)), lang_=args.lang)
    base = args.base or ExploreConfig().base
    server.routes.append(make_route(explorer, ExploreConfig(base=base if base.endswith(("/", "#")) else base + "/",
                                                            lang=args.lang)))
    if warmer.ident is not None:
        warmer.join()
        if not args.quiet:
            print(f"kg serve: {''.join(warming)}", file=sys.stderr, flush=True)
    root = f"http://{server.server_address[0]!s}:{server.server_address[1]}"
    print(
        f"kg serve: SPARQL endpoint {server.url} ({engine}, {server.quads} quads, {config.workers} workers); "
        f"query page {root}/, explorer {root}/explore — Ctrl-C stops",
        flush=True,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
