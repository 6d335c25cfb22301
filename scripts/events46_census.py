"""Census of round events46: a seeded sample of event nodes and of event nodes shared by two or more articles.

Usage:
    python scripts/events46_census.py GRAPH.nq --exclude tests/data/*.jsonl --skip SKIP.txt --seed 827 \
        --count 120 --joins 40 [--not-in OLD_CENSUS.tsv] -o OUT_PREFIX

Writes OUT_PREFIX.sample.tsv (n, node, label, articles, sentence) and OUT_PREFIX.joins.tsv (every article's sentence
of the sampled shared nodes), plus the number of shared nodes. Every node an excluded or skipped article names is
dropped BEFORE anything is drawn or printed. OUT_PREFIX.shared.tsv lists every shared node (node, label, articles).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import DERIVED, IN_REPORT, IS_STRING, _lines, _objects, event_labels, excluded_ids, sentences  # noqa: E402


def _ids(reports: list[str]) -> list[str]:
    return sorted({r.rsplit("/", 1)[-1].removeprefix("baomoi-") for r in reports})


def _texts(path: Path, reports: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(path, IS_STRING):
        for q in ox.parse(line, format=ox.RdfFormat.N_QUADS):
            if q.subject.value in reports:
                out[q.subject.value] = q.object.value
    return out


def _census_nodes(paths: list[Path]) -> set[str]:
    """The node column of judged census TSVs (comment lines start with '#')."""
    out: set[str] = set()
    for p in paths:
        rows = csv.reader((ln for ln in p.open(encoding="utf-8") if not ln.startswith("#")), delimiter="\t")
        head = next(rows)
        col = head.index("node")
        out |= {r[col] for r in rows if len(r) > col}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=827)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--joins", type=int, default=40)
    ap.add_argument("--not-in", type=Path, nargs="*", default=[],
                    help="judged census TSVs whose nodes are left out of the draw (a fresh census)")
    ap.add_argument("-o", "--out", required=True)
    a = ap.parse_args(argv)
    ids = excluded_ids(a.exclude)
    for p in a.skip:
        ids |= {ln.strip().removeprefix("baomoi-") for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}
    labels, _kinds = event_labels(a.graph)
    reports = _objects(a.graph, set(labels), IN_REPORT)
    old = _census_nodes(a.not_in)
    pool = {e: lab for e, lab in labels.items()
            if not set(_ids(reports.get(e, []))) & ids and e.rsplit("/", 1)[-1] not in old}
    nodes = sorted(pool)
    picked = sorted(random.Random(a.seed).sample(nodes, min(a.count, len(nodes))))
    said = sentences(a.graph, [(e, pool[e]) for e in picked])
    with open(f"{a.out}.sample.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "node", "label", "articles", "sentence"])
        for n, e in enumerate(picked, 1):
            w.writerow([n, e.rsplit("/", 1)[-1], pool[e], " ".join(_ids(reports.get(e, []))), said[e]])
    shared = sorted(e for e in nodes if len(_ids(reports.get(e, []))) >= 2)
    jpick = sorted(random.Random(a.seed).sample(shared, min(a.joins, len(shared))))
    spans = _objects(a.graph, set(jpick), DERIVED)
    texts = _texts(a.graph, {s.split("#", 1)[0] for v in spans.values() for s in v})
    with open(f"{a.out}.joins.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "node", "label", "article", "sentence"])
        for n, e in enumerate(jpick, 1):
            by_art: dict[str, list[str]] = {}
            for s in spans.get(e, []):
                art, _, char = s.partition("#char=")
                if art in texts and char:
                    x, y = (int(v) for v in char.split(","))
                    by_art.setdefault(art, []).append(" ".join(texts[art][x:y].split()))
            for art, found in sorted(by_art.items()):
                hit = [f for f in found if pool[e].lower() in f.lower()]
                w.writerow([n, e.rsplit("/", 1)[-1], pool[e], art.rsplit("/", 1)[-1], (hit or found)[0]])
    with open(f"{a.out}.shared.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for e in shared:
            w.writerow([e.rsplit("/", 1)[-1], pool[e], " ".join(_ids(reports.get(e, [])))])
    print(f"event nodes {len(labels)}, after the exclusions {len(pool)}; shared by 2+ articles {len(shared)};"
          f" sample {len(picked)}, joins sample {len(jpick)} (seed {a.seed})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
