#!/usr/bin/env python3
"""Round prec53: every wrong and missed person–post pair of `scripts/score.py -v` outputs, one TSV row each.

Reads the -v outputs of the fresh development sets (one file per set, named SET.txt) and writes
set, article, person, kind (wrong = a graph pair not in gold; missed = a gold pair not found), the post
(the gold post as written, or the graph post's sorted words as score.py prints them), and, when --classes
gives the TSV judged by hand (set, article, person, kind, the post as written, class, decided by the gold's
conventions), its columns — rows of one (set, article, person, kind) are matched in their order.
Never run it on a held-out set's output.

    python scripts/prec53_pairs.py OUTDIR [--classes FILE] > scripts/data/prec53_pairs.tsv
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

LACKS = re.compile(r"^(\d+): (.+?) lacks post '(.*)'$")
WRONG = re.compile(r"^(\d+): (.+?) holds a post the text does not give: \[(.*)\]$")


def rows(outdir: Path) -> list[tuple[str, str, str, str, str]]:
    """(set, article, person, kind, post) for every pair line of every SET.txt under outdir."""
    out = []
    for f in sorted(outdir.glob("*.txt")):
        s = f.stem.split(".")[0]
        for ln in f.read_text(encoding="utf-8").splitlines():
            if m := LACKS.match(ln):
                out.append((s, m.group(1), m.group(2), "missed", m.group(3)))
            elif m := WRONG.match(ln):
                out.append((s, m.group(1), m.group(2), "wrong", m.group(3)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--classes", type=Path)
    a = ap.parse_args()
    judged: dict[tuple[str, ...], list[list[str]]] = {}
    if a.classes:
        with open(a.classes, encoding="utf-8") as fh:
            for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r and not r[0].startswith("#") and r[0] != "set":
                    judged.setdefault(tuple(r[:4]), []).append(r[4:7])
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    w.writerow(["set", "article", "person", "kind", "score_py_post", "post_as_written", "class",
                "gold_conventions_decide"])
    for r in rows(a.outdir):
        left = judged.get(r[:4], [])
        w.writerow([*r, *(left.pop(0) if left else ["", "", ""])])


if __name__ == "__main__":
    main()
