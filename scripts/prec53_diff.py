#!/usr/bin/env python3
"""Round prec53: what two whole-corpus builds (N-Quads) name differently, per article, held-out ids dropped first.

For each article outside ``--skip``: the labels of its post holdings ("<person> — <post as written>") and the
labels of the body, event and person nodes it mentions (``vnr:inReport``); with ``--triples``, every triple of its
award conferrals (their giver, recipients and kind, not only their label). Prints '-' (base only) and '+' (new
only) lines, "kind TAB article TAB label", and the counts per kind. A node's label is printed only when the node
is in an article outside ``--skip``.

    python scripts/prec53_diff.py BASE.nq NEW.nq --skip IDS.txt [--kinds postholding,body,event,person]
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

_REPORT = "https://w3id.org/vnreport-kg/id/report/"
_IN = re.compile(r"^<https://w3id\.org/vnreport-kg/id/(\w+)/([^>]*)> <https://w3id\.org/vnreport-kg/ontology#inReport> "
                 r"<" + re.escape(_REPORT) + r"(baomoi-\d+)>")
_LABEL = re.compile(r'^<https://w3id\.org/vnreport-kg/id/(\w+)/([^>]*)> <http://www\.w3\.org/2000/01/rdf-schema#label> '
                    r'"((?:[^"\\]|\\.)*)"@vi \.$')
_HOLDING = re.compile(r"^(baomoi-\d+)/")
_CONFERRAL = re.compile(r"^<https://w3id\.org/vnreport-kg/id/awardconferral/(baomoi-\d+)/([^>]*)> (.*) \.$")


def read(path: str, skip: set[str], kinds: set[str], triples: bool = False) -> set[tuple[str, str, str]]:
    """(kind, article, label) of every holding and mentioned node of ``kinds`` outside ``skip``; with ``triples``,
    ("conferral", article, "<tail> <predicate> <object>") of every award conferral's triple too."""
    labels: dict[tuple[str, str], str] = {}
    arts: dict[tuple[str, str], set[str]] = defaultdict(set)
    out: set[tuple[str, str, str]] = set()
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            if triples and (c := _CONFERRAL.match(ln.rstrip("\n"))) and c.group(1) not in skip:
                out.add(("conferral", c.group(1), f"{c.group(2)} {c.group(3)}"))
            if ln.startswith("<https://w3id.org/vnreport-kg/id/"):
                if (m := _LABEL.match(ln.rstrip("\n"))) and m.group(1) in kinds:
                    labels[(m.group(1), m.group(2))] = m.group(3)
                elif (m := _IN.match(ln)) and m.group(1) in kinds and m.group(1) != "postholding":
                    arts[(m.group(1), m.group(2))].add(m.group(3))
    for (kind, tail), lab in labels.items():
        if kind == "postholding":
            if (h := _HOLDING.match(tail)) and h.group(1) not in skip:
                out.add((kind, h.group(1), lab))
            continue
        for art in arts.get((kind, tail), ()):
            if art not in skip:
                out.add((kind, art, lab))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--skip", required=True, help="article ids to drop (one a line)")
    ap.add_argument("--kinds", default="postholding,body,event,person")
    ap.add_argument("--triples", action="store_true", help="compare every triple of the award conferrals too")
    a = ap.parse_args()
    skip = set(open(a.skip, encoding="utf-8").read().split())
    kinds = set(a.kinds.split(","))
    old, new = read(a.base, skip, kinds, a.triples), read(a.new, skip, kinds, a.triples)
    counts: Counter[str] = Counter()
    for sign, rows in (("-", old - new), ("+", new - old)):
        for kind, art, lab in sorted(rows):
            counts[f"{kind} {sign}"] += 1
            print(f"{sign}\t{kind}\t{art}\t{lab}")
    print("# " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
