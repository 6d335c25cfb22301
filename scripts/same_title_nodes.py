"""Officials of a corpus graph holding two or more post nodes of one ``vnr:postTitle`` (issue 8: one post node per
post of an official), one line per node: to judge each pair by hand (same post in two forms / different posts /
one wrong). Articles of ``--exclude`` files (ids only) are skipped: an official only they name is left out.

    .venv/bin/python scripts/same_title_nodes.py corpus.nq --exclude tests/data/frozen2.jsonl … > FILE.tsv
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from scripts.corpus_posts import Graph  # noqa: E402


def _ids(path: pathlib.Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        recs = json.loads(text)
    else:
        recs = [json.loads(ln) for ln in text.splitlines() if ln.strip()]
    ids = {str(r["id"]) for r in recs}
    return {i if i.startswith("baomoi-") else f"baomoi-{i}" for i in ids}


def rows(g: Graph, skip: set[str]) -> list[tuple[str, ...]]:
    """(official, title, node, body label, phrases as written, articles) of every node of a title held twice."""
    held_in: dict[tuple[str, str], set[str]] = defaultdict(set)  # (person, post) → articles
    phrases: dict[tuple[str, str], set[str]] = defaultdict(set)  # … → as written there
    for h, person in g.member.items():
        reports = {r.rsplit("/", 1)[-1] for r in g.reports.get(h, ())} - skip
        if h in g.post and reports:
            held_in[(person, g.post[h])].update(reports)
            phrases[(person, g.post[h])].update(x.split(" — ", 1)[1] for x in g.labels.get(h, []) if " — " in x)
    out = []
    for person in sorted(g.holds):
        arts = {p: held_in[(person, p)] for p in g.holds[person]}
        by_title: dict[str, list[str]] = defaultdict(list)
        for p in sorted(g.holds[person]):
            if arts[p] and g.title.get(p):
                by_title[g.title[p]].append(p)
        for t, posts in sorted(by_title.items()):
            if len(posts) < 2:
                continue
            for p in posts:
                body = g.labels.get(g.post_in.get(p, ""), [""])
                out.append((g.names.get(person, person), g.pref.get(t, t), p.rsplit("/", 1)[-1], max(body, key=len),
                            " | ".join(sorted(phrases[(person, p)])), " ".join(sorted(arts[p]))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=pathlib.Path)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    a = ap.parse_args()
    skip = set().union(*(_ids(p) for p in a.exclude)) if a.exclude else set()
    found = rows(Graph(a.graph), skip)
    print("official\ttitle\tnode\tbody\tphrases\tarticles")
    for r in found:
        print("\t".join(r))
    print(f"# {len({r[0] for r in found})} officials, {len(found)} nodes ({len(skip)} ids excluded)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
