"""Round events42a: the event nodes that differ between two whole-corpus builds, per article (a node's label and its
altLabels folded as in ``score_events.py``; a node whose names only grew is one "alt" row with the names added),
articles of held-out splits dropped (``--exclude`` JSON Lines / gold JSON read for ids only, ``--skip`` plain id
lists), with the sentence that holds the name, written as a TSV to judge.

    python scripts/events42a_diff.py BEFORE.nq AFTER.nq CORPUS.jsonl.gz --write FILE --exclude … --skip ids.txt
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import sentences, skipped  # noqa: E402
from score_events import by_article, fold  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    for a in ("before", "after", "corpus"):
        ap.add_argument(a, type=Path)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    skip = skipped(args)
    before, after = by_article(args.before), by_article(args.after)
    rows: list[list[str]] = []
    for art in sorted((set(before) | set(after)) - skip):
        b, a = set(before.get(art, [])), set(after.get(art, []))
        grown = {n for n in a - b if any(m < n for m in b - a)}  # the same node with names added (altLabels)
        rows += [["alt", art, " | ".join(sorted(n - next(m for m in b - a if m < n))), ""]
                 for n in sorted(grown, key=min)]
        rows += [["out", art, min(n), ""] for n in sorted(b - a, key=min) if not any(n < g for g in grown)]
        rows += [["in", art, min(n), ""] for n in sorted(a - b - grown, key=min)]
    arts = {r[1] for r in rows}
    sents: dict[str, list[str]] = {}
    for art, s in sentences(args.corpus, skip):
        if art in arts:
            sents.setdefault(art, []).append(s.strip())
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["side", "article", "label", "verdict", "note", "sentence"])
        for side, art, label, _ in rows:
            words = label.split()
            probe = " ".join(words[:4])
            sent = next((s for s in sents.get(art, []) if probe in fold(s)), "")
            w.writerow([side, art, label, "", "", sent])
    counts = {side: sum(r[0] == side for r in rows) for side in ("in", "out", "alt")}
    print(f"{counts['in']} in, {counts['out']} out, {counts['alt']} with names added; written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
