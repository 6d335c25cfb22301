"""``kg build [FILE ...] [-o PATH]``: reports → RDF, validated, with a summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import graphio, pipeline
from kg.summary import summary_lines


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="extract a knowledge graph from report text files",
                       description="Build the RDF graph of one or more reports (plain UTF-8, first line = "
                                   "title). With no FILE, the bundled Thanh Hóa report. The output format "
                                   "follows the suffix of -o: .ttl .trig .nq .nt .jsonld.")
    p.add_argument("files", nargs="*", metavar="FILE", help="report text files")
    p.add_argument("-o", "--output", metavar="PATH", help="output file (default out/<report>.ttl)")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--strict", action="store_true", help="exit 1 when the graph violates the shapes")
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files] or [pipeline.bundled_report()]
    out = Path(args.output) if args.output else Path("out") / f"{pipeline.read_source(files[0])[0]}.ttl"
    graphio.format_for(out)  # fail before any work on an unknown suffix
    ds, results, seconds = pipeline.build_files(files)
    graphio.write(ds, out)
    status = 0
    if not args.quiet:
        for line in summary_lines(ds, seconds, documents=len(results)):
            print(line)
    if not args.no_validate:
        from kg.validate import validate

        report = validate(ds)
        if not args.quiet:
            print(f"shapes: {len(report.violations)} violations, {len(report.warnings)} warnings")
        for line in report.violations[:20]:
            print(f"  violation: {line}", file=sys.stderr)
        if report.violations and args.strict:
            status = 1
    if not args.quiet:
        print(f"wrote {out}")
    return status
