"""Issue 8, item 3 ("with date, place and organiser only when stated"), measured on a built corpus graph (N-Quads).

The attributes of event nodes: ``schema:startDate``, ``schema:location``, ``schema:organizer``, ``vnr:ordinal``,
``vnr:reviewsYear``, ``vnr:dateInferred``. Three uses:

- counts: how many event nodes hold each attribute, and how many a place node as organiser or several start dates;
- ``--write FILE``: a fixed-seed sample (``--sample 100 --seed 461``) of the event nodes with a date, a place or an
  organiser (held-out articles left out with ``--exclude``), with their attributes and sentence, to judge by hand;
- ``--diff OTHER``: every event node of both graphs (same node IRI: same label) whose attributes differ between the
  graph and OTHER, one line per attribute value in or out, as a TSV to judge (``--write``).

    .venv/bin/python scripts/event_attrs.py out/corpus.nq [--write FILE] [--exclude tests/data/frozen2.jsonl …]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import drop_excluded, event_labels, excluded_ids, sentences  # noqa: E402

VNR = "https://w3id.org/vnreport-kg/ontology#"
PROPS = {
    "http://schema.org/startDate": "date",
    "http://schema.org/location": "place",
    "http://schema.org/organizer": "organizer",
    f"{VNR}ordinal": "ordinal",
    f"{VNR}reviewsYear": "reviewsYear",
    f"{VNR}dateInferred": "inferred",
}


def attributes(path: Path, nodes: set[str]) -> dict[str, list[tuple[str, str]]]:
    """node → sorted (attribute, value) of the event attributes (an IRI as its last path segment)."""
    keep: list[bytes] = []
    marks = [f"<{p}>".encode() for p in PROPS]
    with path.open("rb") as fh:
        for line in fh:
            if any(m in line for m in marks):
                keep.append(line)
    out: dict[str, set[tuple[str, str]]] = {}
    for q in ox.parse(b"".join(keep), format=ox.RdfFormat.N_QUADS):
        s = q.subject.value
        if s not in nodes:
            continue
        o = q.object
        val = o.value if isinstance(o, ox.Literal) else o.value.split("/id/", 1)[-1]
        out.setdefault(s, set()).add((PROPS[q.predicate.value], val))
    return {k: sorted(v) for k, v in out.items()}


def shown(attrs: list[tuple[str, str]]) -> str:
    return "; ".join(f"{a}={v}" for a, v in attrs)


def counts(attrs: dict[str, list[tuple[str, str]]]) -> None:
    per: dict[str, int] = {}
    for vals in attrs.values():
        for a in sorted({a for a, _ in vals}):
            per[a] = per.get(a, 0) + 1
    print("event nodes with:", dict(sorted(per.items())))
    place_org = sum(any(a == "organizer" and v.startswith("place/") for a, v in vals) for vals in attrs.values())
    multi = sum(sum(a == "date" for a, _ in vals) > 1 for vals in attrs.values())
    print(f"  a place node as organiser: {place_org}; several start dates: {multi}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=461)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--diff", type=Path, help="another graph: write its changed attributes instead of a sample")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = ap.parse_args(argv)
    labels, _ = event_labels(args.graph)
    labels = drop_excluded(args.graph, labels, excluded_ids(args.exclude))
    attrs = attributes(args.graph, set(labels))
    counts(attrs)
    if args.diff:
        both = set(labels) & set(event_labels(args.diff)[0])  # a node whose label changed is no attribute change
        print(f"event nodes in both graphs: {len(both)} (of {len(labels)})")
        attrs, other = attributes(args.graph, both), attributes(args.diff, both)
        rows = []
        for node in sorted(both):
            a, b = set(attrs.get(node, [])), set(other.get(node, []))
            rows += [(node, "out", x) for x in sorted(a - b)] + [(node, "in", x) for x in sorted(b - a)]
        print(f"changed attribute values: {sum(r[1] == 'out' for r in rows)} out, {sum(r[1] == 'in' for r in rows)} in")
        picked = [(n, labels[n]) for n in sorted({r[0] for r in rows})]
        said = sentences(args.graph, picked) if args.write else {}
        if args.write:
            with args.write.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, delimiter="\t", lineterminator="\n")
                w.writerow(["side", "label", "attribute", "value", "verdict", "note", "sentence"])
                for node, side, (a, v) in rows:
                    w.writerow([side, labels[node], a, v, "", "", said.get(node, "")])
        return 0
    pool = sorted(n for n in labels if any(a in ("date", "place", "organizer") for a, _ in attrs.get(n, [])))
    picked = sorted(random.Random(args.seed).sample(pool, min(args.sample, len(pool))))
    print(f"sample of {len(picked)} (seed {args.seed}) of {len(pool)} event nodes with a date, place or organiser")
    if args.write:
        said = sentences(args.graph, [(n, labels[n]) for n in picked])
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "node", "label", "attributes", "verdict", "note", "sentence"])
            for i, node in enumerate(picked, 1):
                w.writerow([i, node.rsplit("/", 1)[-1], labels[node], shown(attrs[node]), "", "", said[node]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
