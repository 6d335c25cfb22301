"""Round events41: a seeded sample of the event nodes that trip a fragment indicator of ``corpus_events.py``, of
articles no held-out split names (``--exclude`` JSON Lines / gold JSON, or ``--skip`` plain lists of ids).

    python scripts/events41_sample.py GRAPH --seed 571 --sample 100 --write FILE --exclude A.jsonl … --skip ids.txt
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import (  # noqa: E402
    IN_REPORT,
    _objects,
    drop_excluded,
    event_labels,
    excluded_ids,
    indicators,
    sentences,
)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--seed", type=int, default=571)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[], help="plain lists of article ids, one a line")
    args = ap.parse_args()
    labels, _ = event_labels(args.graph)
    ids = excluded_ids(args.exclude)
    for p in args.skip:
        ids |= {s.strip().removeprefix("baomoi-") for s in p.read_text(encoding="utf-8").split() if s.strip()}
    pool = drop_excluded(args.graph, labels, ids)
    cands = sorted(n for n, lab in pool.items() if indicators(lab))
    picked = sorted(random.Random(args.seed).sample(cands, min(args.sample, len(cands))))
    said = sentences(args.graph, [(n, pool[n]) for n in picked])
    reports = _objects(args.graph, set(picked), IN_REPORT)
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "article", "verdict", "class", "why", "label", "indicators", "sentence"])
        for n, node in enumerate(picked, 1):
            art = ",".join(r.rsplit("/", 1)[-1].removeprefix("baomoi-") for r in reports.get(node, []))
            w.writerow([n, art, "", "", "", pool[node], "; ".join(indicators(pool[node])), said[node]])
    print(f"{len(cands)} flagged of {len(pool)} nodes; {len(picked)} written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
