"""Whether each pair of post forms of an official (a pairs TSV of ``same_title_nodes.py`` judged by hand: pair,
official, title, node_a, node_b, …) is one post node in a corpus graph: the official holds a node that the
articles write both ways (issue 8: one post node per post of an official). Prints the TSV with a column
``joined`` (yes / no / gone: a form no longer held by that official).

    .venv/bin/python scripts/pairs_joined.py corpus.nq scripts/data/nodes40_before.tsv > FILE.tsv
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import sys
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from scripts.corpus_posts import Graph  # noqa: E402


def nodes_by_phrase(g: Graph) -> dict[tuple[str, str], set[str]]:
    """(official's name, phrase as written) → the post nodes the official holds written so."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (person, post), phrases in g.stated.items():
        for ph in phrases:
            out[(g.names.get(person, person), ph)].add(post)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=pathlib.Path)
    ap.add_argument("pairs", type=pathlib.Path)
    a = ap.parse_args()
    held = nodes_by_phrase(Graph(a.graph))
    rows = [r for r in csv.reader(a.pairs.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    print("\t".join([*rows[0], "joined"]))
    for r in rows[1:]:
        na, nb = held.get((r[1], r[3]), set()), held.get((r[1], r[4]), set())
        print("\t".join([*r, "gone" if not na or not nb else "yes" if na & nb else "no"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
