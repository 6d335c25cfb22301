#!/usr/bin/env python3
"""Round prec51 (issue 8, one post node per post): list what corpus_posts.py counts as "same title" officials
(two or more post nodes of one ``vnr:postTitle`` concept) and "ambiguous shorter" nodes, for judging by hand.

Reads a corpus graph from which the held-out articles' lines were dropped BEFORE (``grep -v -F -f held_ids``: the
holdings' IRIs and the named graphs carry the article id); an official's posts are taken from the holdings left
(``org:member`` / ``vnr:post``), not from ``org:holds``, so nothing a held-out article alone gives is listed. Each
node is shown by the phrases its holdings write and the articles they come from. ``--seed``/``--n`` draw the
"same title" officials to judge; every ambiguous node is listed.

    .venv/bin/python scripts/prec51_posts_list.py /tmp/prec51/base_noheld.nq --seed 951 --n 40 --out /tmp/prec51
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus_posts as cp  # noqa: E402

from kg.corpus.postfold import ambiguous as ambiguous_nodes  # noqa: E402


def _articles(g: cp.Graph) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for h, person in g.member.items():
        if h in g.post and (m := re.search(r"/(baomoi-\d+)/", h)):
            out[(person, g.post[h])].add(m.group(1))
    return out


def _node(g: cp.Graph, arts: dict, person: str, post: str) -> str:
    phrases = " | ".join(sorted(g.stated.get((person, post), ())))
    return f"{phrases}  [{' '.join(sorted(arts.get((person, post), ())))}]"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--seed", type=int, default=951)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--out", type=Path, required=True, help="a directory")
    a = ap.parse_args()
    g = cp.Graph(a.graph)
    arts = _articles(g)
    holds: dict[str, set[str]] = defaultdict(set)
    for person, post in arts:
        holds[person].add(post)
    same, amb = [], []
    for person in sorted(holds):
        posts = sorted(holds[person])
        titles = Counter(g.title.get(p, "") for p in posts)
        name = g.names.get(person, person)
        multi = sorted(p for p in posts if g.title.get(p, "") and titles[g.title[p]] > 1)
        if multi:
            same.append((name, [_node(g, arts, person, p) for p in multi]))
        flat = [f for p in posts for f in cp._forms(g, person, p)]
        for p in ambiguous_nodes(flat):
            amb.append((name, _node(g, arts, person, p), [_node(g, arts, person, q) for q in posts if q != p]))
    drawn = sorted(random.Random(a.seed).sample(range(len(same)), min(a.n, len(same))))
    with open(a.out / "same_title.txt", "w", encoding="utf-8") as fh:
        for k, i in enumerate(drawn, 1):
            name, nodes = same[i]
            fh.write(f"S{k}\t{name}\n" + "".join(f"    - {n}\n" for n in nodes))
    with open(a.out / "ambiguous.txt", "w", encoding="utf-8") as fh:
        for k, (name, node, others) in enumerate(amb, 1):
            fh.write(f"A{k}\t{name}\n    * {node}\n" + "".join(f"    - {n}\n" for n in others))
    print(f"# same title: {len(same)} officials, {len(drawn)} drawn (seed {a.seed}); ambiguous: {len(amb)} nodes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
