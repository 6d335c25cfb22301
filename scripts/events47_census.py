"""Census of round events47: the same event nodes of a judged census, before and after, matched by their mentions.

Usage:
    python scripts/events47_census.py CENSUS.tsv BEFORE.nq AFTER.nq > AFTER.tsv

CENSUS.tsv is a judged census of BEFORE (``scripts/data/events47_census.tsv``: n, verdict, why, node, label, …; drawn
by ``scripts/events46_census.py BEFORE --seed 893 --count 150`` with held-out ids dropped before drawing). For every
node it lists the nodes of AFTER that its mentions (the article and the start of each ``its:taIdentRef`` span) point
to, and their labels: the same node, a relabelled one, or none. Only the census's own articles are printed.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REF = re.compile(rb"<[^>]*/(baomoi-\d+)#char=(\d+),\d+> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
                 rb"<[^>]*/event/([^>]+)>")
LABEL = re.compile(r'<[^>]*/event/([^>]+)> <http://www.w3.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"@vi')


def read(path: Path) -> tuple[dict[str, set[tuple[str, int]]], dict[tuple[str, int], str], dict[str, str]]:
    """node → its mentions (article, start); mention → node; node → its label."""
    spans: dict[str, set[tuple[str, int]]] = {}
    at: dict[tuple[str, int], str] = {}
    labels: dict[str, str] = {}
    with path.open("rb") as fh:
        for line in fh:
            m = REF.match(line)
            if m:
                node, where = m.group(3).decode(), (m.group(1).decode(), int(m.group(2)))
                spans.setdefault(node, set()).add(where)
                at[where] = node
                continue
            m = LABEL.match(line.decode("utf-8"))
            if m:
                labels[m.group(1)] = m.group(2).replace('\\"', '"').replace("\\\\", "\\")
    return spans, at, labels


def main(argv: list[str] | None = None) -> int:
    a = argv if argv is not None else sys.argv[1:]
    census, before, after = Path(a[0]), Path(a[1]), Path(a[2])
    spans, _, _ = read(before)
    _, at, labels = read(after)
    rows = [r for r in csv.reader((ln for ln in census.open(encoding="utf-8") if not ln.startswith("#")),
                                  delimiter="\t")]
    head, body = rows[0], rows[1:]
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["n", "verdict_before", "label_before", "nodes_after", "labels_after", "changed"])
    for r in body:
        row = dict(zip(head, r, strict=True))
        nodes = sorted({at[s] for s in spans.get(row["node"], set()) if s in at})
        got = [labels.get(n, "") for n in nodes]
        w.writerow([row["n"], row["verdict"], row["label"], " ".join(nodes), " | ".join(got),
                    "same" if got == [row["label"]] else ("gone" if not got else "changed")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
