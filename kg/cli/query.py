"""``kg query``: run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE) on a report graph, a store or an endpoint."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from kg.errors import KgError
from kg.rdf import graphio
from kg.sparql import cq, query, results
from kg.sparql.endpoint import EndpointStore
from kg.sparql.store import Store, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``kg query`` to the CLI."""
    p = subparsers.add_parser(
        "query",
        help="run a SPARQL query (text, .rq file or competency question)",
        description="Run SPARQL on the bundled report's graph (default), RDF files (--data), an Oxigraph "
        "store (--store) or a SPARQL endpoint (--endpoint). The ontology's prefixes are predeclared.",
    )
    p.add_argument(
        "query", nargs="?", metavar="QUERY_OR_FILE",
        help="SPARQL text, a .rq file, or - for stdin; before or after the options (`--data F 'SELECT …'` works: "
        "a last --data value that is no RDF file is the query)",
    )
    p.add_argument(
        "--cq", metavar="N|NAME", help="run a competency question by number or name (e.g. 4, awards)"
    )
    p.add_argument("--list", action="store_true", help="list the competency questions and exit")
    p.add_argument(
        "--data", nargs="+", action="extend", metavar="PATH",
        help="RDF files to query (.ttl .trig .nq .nt .jsonld); one or more, the flag may repeat",
    )
    p.add_argument("--store", metavar="DIR", help="an Oxigraph store made by `kg load`")
    p.add_argument("--endpoint", metavar="URL", help="a SPARQL 1.1 endpoint (e.g. Virtuoso's /sparql)")
    p.add_argument("--user", help="user name for an --endpoint that needs Basic or Digest authentication")
    p.add_argument("--password", help="password (or the KG_PUSH_PASSWORD environment variable)")
    p.add_argument(
        "--format",
        default="table",
        choices=results.FORMATS,
        help="output: table (default), csv, tsv, json, xml; graphs: turtle (default), jsonld, nt, xml",
    )
    p.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="pre-bind ?NAME (passed as a binding, not spliced into the query); repeatable",
    )
    p.add_argument("--wrap", action="store_true", help="wrap long cells instead of cutting them with …")
    p.add_argument("--width", type=int, help="table width in columns (default: terminal width)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the result to FILE instead of stdout")
    p.set_defaults(func=run)


def _looks_like_query(value: str) -> bool:
    """Whether a value argparse gave to ``--data`` is the query: ``-``, a ``.rq`` file, or no RDF file name."""
    if value == "-" or value.lower().endswith(".rq"):
        return True
    if any(c.isspace() or c in "{}" for c in value):
        return True
    return Path(value).suffix.lower() not in graphio.FORMATS and not Path(value).exists()


def split_query_from_data(args: argparse.Namespace) -> None:
    """``kg query --data F 'SELECT …'``: argparse hands the query to ``--data``; take it back.

    Only the last of two or more ``--data`` values (``--data 'SELECT …'`` alone stays a missing file, not a
    query on the bundled report), only when no query was given otherwise and no ``--cq``/``--list``.
    """
    if args.query is None and args.cq is None and not args.list and args.data:
        if _looks_like_query(args.data[-1]):
            if len(args.data) == 1:
                raise KgError("E233", "--data was given a query but no RDF file",
                              "kg query --data FILE 'SELECT …' (or leave out --data for the bundled report)")
            args.query = args.data.pop()


def _query_text(args: argparse.Namespace) -> str:
    if args.cq is not None:
        if args.query is not None:
            raise KgError("E230", "give either a query or --cq, not both")
        return cq.find(args.cq).text
    if args.query is None:
        raise KgError("E231", "no query given", "pass SPARQL text, a .rq file, --cq N or --list")
    if args.query == "-":
        return sys.stdin.read()
    path = Path(args.query)
    if args.query.endswith(".rq") or (len(args.query) < 256 and "\n" not in args.query and path.is_file()):
        if not path.is_file():
            raise KgError("E232", f"no such query file: {path}")
        return path.read_text(encoding="utf-8")
    return args.query


def run(args: argparse.Namespace) -> int:
    """Run the query and print (or write) the result."""
    if args.list:
        sys.stdout.write(cq.listing())
        return 0
    split_query_from_data(args)
    if args.output:
        from kg.outfile import check_output
        from kg.rdf.graphio import refuse_input_as_output

        query_file = args.query if args.query and len(args.query) < 256 and "\n" not in args.query else None
        inputs = [*(args.data or []), *([query_file] if query_file else [])]
        refuse_input_as_output(args.output, inputs)
        check_output(args.output)
    text = _query_text(args)
    bindings = dict(query.parse_binding(b) for b in args.bind)
    query.prepare(text)  # syntax errors before any data is loaded
    if args.endpoint is not None and args.user is not None:
        password = args.password if args.password is not None else os.environ.get("KG_PUSH_PASSWORD", "")
        store: Store = EndpointStore(args.endpoint, user=args.user, password=password)
    else:
        store = open_store(args.data, args.store, args.endpoint)
    result = query.run(store, text, bindings)
    width = args.width or int(os.environ.get("COLUMNS", 0)) or shutil.get_terminal_size((100, 24)).columns
    out = results.render(result, args.format, width=width, wrap=args.wrap)
    if args.output:
        from kg.outfile import write_bytes_atomic

        write_bytes_atomic(args.output, out.encode("utf-8"))
    else:
        sys.stdout.write(out)
    return 0
