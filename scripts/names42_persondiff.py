#!/usr/bin/env python3
"""Per-article person label sets of two whole-corpus builds, diffed (names42): pairdiff.py --kind person finds no
per-article person nodes (a person's IRI is corpus-wide), so each person mention (``#char=S,E`` → ``/id/person/``)
gives (article, the person's rdfs:label). The ids of ``--skip`` (a file, one a line; none by default) are dropped.

    python scripts/names42_persondiff.py BASE.nq NEW.nq [--skip IDS.txt]   → '-' / '+' lines: article TAB label
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys

MENTION = re.compile(r"^<https://w3id\.org/vnreport-kg/id/report/([^#>]+)#char=\d+,\d+> "
                     r"<http://www\.w3\.org/2005/11/its/rdf#taIdentRef> <(https://w3id\.org/vnreport-kg/id/person/[^>]+)>")
LABEL = re.compile(r'^<(https://w3id\.org/vnreport-kg/id/person/[^>]+)> <http://www\.w3\.org/2000/01/rdf-schema#label> '
                   r'"((?:[^"\\]|\\.)*)"')


def pairs(path: str) -> set[tuple[str, str]]:
    refs: set[tuple[str, str]] = set()
    labels: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for ln in f:
            if "/id/person/" not in ln:
                continue
            if m := MENTION.match(ln):
                refs.add((m.group(1), m.group(2)))
            elif m := LABEL.match(ln):
                labels[m.group(1)] = m.group(2)
    return {(a, labels.get(p, p)) for a, p in refs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--skip", type=pathlib.Path, help="a file of article ids to drop, one a line")
    args = ap.parse_args()
    skip = set() if args.skip is None else {ln.strip() for ln in open(args.skip, encoding="utf-8") if ln.strip()}
    a, b = ({x for x in pairs(p) if x[0] not in skip} for p in (args.base, args.new))
    for art, lab in sorted(a - b):
        print(f"-\t{art}\t{lab}")
    for art, lab in sorted(b - a):
        print(f"+\t{art}\t{lab}")
    print(f"# person: {len(a)} -> {len(b)} ({len(a - b)} out, {len(b - a)} in)", file=sys.stderr)


if __name__ == "__main__":
    main()
