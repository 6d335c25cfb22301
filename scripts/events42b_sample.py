"""Round events42b: a seeded sample of event nodes of a whole-corpus build, half flagged by the fragment indicators
of :mod:`corpus_events` and half not, to judge by hand (complete / short / long / not-event / not-reported).

Held-out articles (``--exclude`` JSON Lines / gold JSON, ``--skip`` plain id lists; ids only) are dropped before the
draw. ``--labels FILE`` re-reads the labels of an earlier sample's nodes (by article and sentence) from another build,
so the same events are judged after a change.

    python scripts/events42b_sample.py out/corpus.nq --seed 617 --n 60 --write FILE --exclude … --skip …
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from corpus_events import IN_REPORT, _objects, drop_excluded, event_labels, excluded_ids, indicators, sentences


def _skip(args: argparse.Namespace) -> set[str]:
    ids = excluded_ids(args.exclude)
    for p in args.skip:
        ids |= {s.strip().removeprefix("baomoi-") for s in p.read_text(encoding="utf-8").split() if s.strip()}
    return ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--seed", type=int, default=617)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    args = ap.parse_args(argv)
    labels, _ = event_labels(args.graph)
    pool = drop_excluded(args.graph, labels, _skip(args))
    rng = random.Random(args.seed)
    flagged = sorted(e for e, lab in pool.items() if indicators(lab))
    clean = sorted(e for e, lab in pool.items() if not indicators(lab))
    picked = [("flagged", e) for e in sorted(rng.sample(flagged, min(args.n, len(flagged))))]
    picked += [("clean", e) for e in sorted(rng.sample(clean, min(args.n, len(clean))))]
    said = sentences(args.graph, [(e, pool[e]) for _, e in picked])
    reports = _objects(args.graph, {e for _, e in picked}, IN_REPORT)
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "group", "article", "verdict", "class", "label", "indicators", "note", "sentence"])
        for n, (group, e) in enumerate(picked, 1):
            arts = ",".join(r.rsplit("/", 1)[-1].removeprefix("baomoi-") for r in reports.get(e, []))
            w.writerow([n, group, arts, "", "", pool[e], "; ".join(indicators(pool[e])), "", said[e]])
    print(f"pool {len(pool)} (flagged {len(flagged)}, clean {len(clean)}); wrote {len(picked)} to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
