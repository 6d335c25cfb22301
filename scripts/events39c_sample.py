"""Round events39c: a seeded sample of event nodes whose name holds a comma or "và", or ends right before one in
its sentence (the open-list class), of articles no annotated or held-out split names.

    python scripts/events39c_sample.py GRAPH --seed 491 --sample 100 --write FILE --exclude A.jsonl B_gold.json …
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import drop_excluded, event_labels, excluded_ids, indicators, sentences  # noqa: E402


def _listy(label: str, sentence: str) -> bool:
    if "," in label or " và " in f" {label.lower()} ":
        return True
    m = re.search(re.escape(label), sentence, re.IGNORECASE)
    return bool(m) and bool(re.match(r"\s*(,|và\b)", sentence[m.end():]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--seed", type=int, default=491)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    labels, _ = event_labels(args.graph)
    pool = drop_excluded(args.graph, labels, excluded_ids(args.exclude))
    said = sentences(args.graph, sorted(pool.items()))
    cands = sorted(n for n, lab in pool.items() if _listy(lab, said[n]))
    picked = sorted(random.Random(args.seed).sample(cands, min(args.sample, len(cands))))
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "verdict", "class", "why", "label", "indicators", "sentence"])
        for n, node in enumerate(picked, 1):
            w.writerow([n, "", "", "", pool[node], "; ".join(indicators(pool[node])), said[node]])
    print(f"{len(cands)} candidates of {len(pool)} nodes; {len(picked)} written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
