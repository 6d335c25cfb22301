#!/usr/bin/env python3
"""Per-article post holdings of two whole-corpus builds, diffed (posts51b): each ``vnr:PostHolding`` gives (article,
its label "<person> — <post as written>"). The ids of ``--skip`` (a file, one a line) are dropped before anything is
printed. A holding gone from an article where the same person keeps another is printed with the forms kept (the
post it joined).

    python scripts/posts51b_holdingdiff.py BASE.nq NEW.nq --skip IDS.txt   → '-' / '+' lines: article TAB label
"""
from __future__ import annotations

import argparse
import re
from collections import defaultdict

LABEL = re.compile(r'^<https://w3id\.org/vnreport-kg/id/postholding/([^/>]+)/[^>]*> '
                   r'<http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"@vi \.$')


def holdings(path: str, skip: set[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    with open(path, encoding="utf-8") as f:
        for ln in f:
            if "/id/postholding/" not in ln or "rdf-schema#label" not in ln:
                continue
            m = LABEL.match(ln.rstrip("\n"))
            if m and m.group(1) not in skip:
                out.add((m.group(1), m.group(2)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--skip", help="article ids to drop (one a line)")
    a = ap.parse_args()
    skip = set(open(a.skip, encoding="utf-8").read().split()) if a.skip else set()
    old, new = holdings(a.base, skip), holdings(a.new, skip)
    kept: dict[tuple[str, str], list[str]] = defaultdict(list)
    for art, lab in sorted(new):
        person, _, post = lab.partition(" — ")
        kept[(art, person)].append(post)
    print(f"holdings {len(old)} -> {len(new)}: {len(old - new)} out, {len(new - old)} in")
    for art, lab in sorted(old - new):
        person = lab.partition(" — ")[0]
        print(f"-\t{art}\t{lab}\t| kept: {' ; '.join(kept.get((art, person), []))}")
    for art, lab in sorted(new - old):
        print(f"+\t{art}\t{lab}")


if __name__ == "__main__":
    main()
