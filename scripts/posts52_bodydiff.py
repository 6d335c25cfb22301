#!/usr/bin/env python3
"""Round posts52 (issue 8): the post holdings whose body or post node differs between two whole-corpus builds.

Each ``vnr:PostHolding`` is keyed by its article and its label ("<person> — <post as written>", stable across the
builds) and mapped to its ``org:organization`` (the body) and ``vnr:post`` (the post node). The lines of articles
in ``--skip`` (a file of ids, one a line: the held-out ids) are dropped BEFORE anything is parsed, so nothing of
theirs is printed. Also counts body nodes placed (``org:subOrganizationOf``-free: by IRI) only in one build.

    python scripts/posts52_bodydiff.py BASE.nq NEW.nq --skip IDS.txt [--seed 952 --n 40]
      → counts; every changed holding as: article TAB label TAB old body TAB new body (a seeded sample with --n)
"""
from __future__ import annotations

import argparse
import random
import re

HOLD = re.compile(r'^<https://w3id\.org/vnreport-kg/id/postholding/(baomoi-\d+)/[^>]*> <([^>]*)> (.*) \.$')
LABEL = '<http://www.w3.org/2000/01/rdf-schema#label>'
ORG = 'http://www.w3.org/ns/org#organization'
POST = 'https://w3id.org/vnreport-kg/ontology#post'


def holdings(path: str, skip: set[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, label) → (body IRI, post IRI)."""
    by_iri: dict[str, dict[str, str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "/postholding/" not in line[:60]:
                continue
            m = HOLD.match(line.rstrip("\n"))
            if m is None or m.group(1) in skip:
                continue
            iri = line.split(" ", 1)[0]
            d = by_iri.setdefault(iri, {"art": m.group(1)})
            if m.group(2) == LABEL[1:-1]:
                d["label"] = m.group(3)[1 : m.group(3).rindex('"')]
            elif m.group(2) in (ORG, POST):
                d[m.group(2)] = m.group(3).split(" ")[0].strip("<>")
    return {(d["art"], d.get("label", "")): (d.get(ORG, ""), d.get(POST, "")) for d in by_iri.values()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--skip", required=True)
    ap.add_argument("--seed", type=int, default=952)
    ap.add_argument("--n", type=int, default=0, help="print a seeded sample of this many changed holdings (0: all)")
    a = ap.parse_args()
    skip = {s.strip() for s in open(a.skip, encoding="utf-8") if s.strip()}
    skip |= {"baomoi-" + s for s in skip if not s.startswith("baomoi-")}
    old, new = holdings(a.base, skip), holdings(a.new, skip)
    common = sorted(set(old) & set(new))
    body = [k for k in common if old[k][0] != new[k][0]]
    post = [k for k in common if old[k][1] != new[k][1]]
    print(f"holdings: base {len(old)}, new {len(new)}, only base {len(set(old) - set(new))}, "
          f"only new {len(set(new) - set(old))}; body changed {len(body)}, post node changed {len(post)}")
    print(f"articles with a change: {len({k[0] for k in set(body) | set(post)})}")
    rows = sorted(set(body) | set(post))
    if a.n:
        rows = sorted(random.Random(a.seed).sample(rows, min(a.n, len(rows))))
    short = lambda s: s.rsplit("/", 1)[-1]  # noqa: E731
    for k in rows:
        print(k[0], k[1], short(old[k][0]), short(new[k][0]), sep="\t")


if __name__ == "__main__":
    main()
