"""``kg validate PATH``: run the SHACL shapes on any graph file."""

from __future__ import annotations

import argparse

from kg.rdf import graphio


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help="check a graph file against the SHACL shapes")
    p.add_argument("paths", nargs="+", metavar="PATH", help="RDF files (.ttl .trig .nq .nt .jsonld)")
    p.add_argument("--warnings", action="store_true", help="list warnings too")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.rdf.validate import validate

    report = validate(graphio.load(args.paths))
    for line in report.violations:
        print(f"violation: {line}")
    if args.warnings:
        for line in report.warnings:
            print(f"warning: {line}")
    print(f"{'conforms' if report.conforms else 'does not conform'}: "
          f"{len(report.violations)} violations, {len(report.warnings)} warnings")
    return 0 if report.conforms else 1
