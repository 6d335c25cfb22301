#!/usr/bin/env python3
"""Round prec51: the post holdings whose post node differs between two corpus builds (N-Quads), for judging.

Both graphs must have had the held-out articles' lines dropped BEFORE (``grep -v -F -f held_ids``): a holding's
IRI carries its article id. For each holding in either build: the node it names (``vnr:post``) in each, shown by
the node's IRI tail and the holding's own phrase; with the counts of holdings moved, in and out, and of post
nodes and ``org:holds`` lines.

    .venv/bin/python scripts/prec51_post_diff.py BASE.nq NEW.nq [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

VNR_POST = "<https://w3id.org/vnreport-kg/ontology#post>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
HOLDS = "<http://www.w3.org/ns/org#holds>"
TYPE_POST = "<https://w3id.org/vnreport-kg/ontology#Post>"


def _read(path: Path) -> tuple[dict[str, str], dict[str, str], set[str], set[str]]:
    post: dict[str, str] = {}
    label: dict[str, str] = {}
    holds: set[str] = set()
    posts: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            if "/postholding/" in ln.split(" ", 1)[0]:
                s, p, rest = ln.split(" ", 2)
                if p == VNR_POST:
                    post[s] = rest.split(" ")[0]
                elif p == LABEL and '"' in rest:
                    label[s] = rest.split('"')[1]
            elif f" {HOLDS} " in ln:
                holds.add(" ".join(ln.split(" ")[:3]))
            elif f" {TYPE_POST} " in ln:
                posts.add(ln.split(" ")[0])
    return post, label, holds, posts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    bp, bl, bh, bn = _read(a.base)
    np_, nl, nh, nn = _read(a.new)
    rows = []
    for h in sorted(set(bp) | set(np_)):
        if bp.get(h) != np_.get(h):
            tail = lambda x: (x or "-").rsplit("/", 1)[-1].rstrip(">")  # noqa: E731
            rows.append(f"{h.split('/')[-2]}\t{(nl.get(h) or bl.get(h, ''))}\t{tail(bp.get(h))}\t{tail(np_.get(h))}")
    moved = sum(1 for r in rows if "\t-\t" not in r and not r.endswith("\t-"))
    print(f"# holdings changed {len(rows)} (moved {moved}); post nodes {len(bn)} -> {len(nn)}; "
          f"org:holds {len(bh)} -> {len(nh)} (out {len(bh - nh)}, in {len(nh - bh)})")
    text = "\n".join(rows) + "\n"
    if a.out:
        a.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
