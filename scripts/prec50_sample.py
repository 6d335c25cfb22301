#!/usr/bin/env python3
"""Round prec50 (issue 8, person–post precision): a seeded UNIFORM sample of the corpus's person–post pairs.

The pass is scripts/prec43_sample.py's (scripts/prec42_sample.py's ``pairs``: construction, window, sentence), over
the corpus minus --exclude (ids only), the development sets, the shared gold and every --skip file (ids, one a
line). Every pair has the same chance: ``--n`` drawn with ``random.Random(seed)`` from the pass in corpus order.
``--pairs`` reads a pairs_all.tsv an earlier pass wrote instead of running one. ``--after`` re-runs the pass on
this tree and marks, for each drawn pair (article, label), whether the tree still gives it.

    PYTHONPATH=. python -P scripts/prec50_sample.py --exclude tests/data/*.jsonl \
        --skip /work/wt/skip_ids.txt /work/wt/t50/drawn50_ids.txt --seed 815 --out /tmp/p50
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prec43_sample as p43  # noqa: E402


def _ids(exclude: list[str], skips: list[str]) -> set[str]:
    ids = p43._skip(exclude, "")
    for s in skips:
        ids |= {ln.strip().removeprefix("baomoi-") for ln in open(s, encoding="utf-8") if ln.strip()}
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--pairs", default="", help="a pairs_all.tsv an earlier pass wrote")
    ap.add_argument("--out", required=True, help="a directory")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    ids = _ids(a.exclude, a.skip)
    if a.pairs:
        rows = p43.read_pass(Path(a.pairs), ids)
    else:
        p43._skip = lambda exclude, skip: ids  # type: ignore[assignment]  # the one skip set above
        rows = p43.run_pass(a.exclude, "", out / "pairs_all.tsv")
    drawn = sorted(random.Random(a.seed).sample(range(len(rows)), min(a.n, len(rows))))
    with open(out / "sample.tsv", "w", encoding="utf-8") as fh:
        for n, i in enumerate(drawn, 1):
            r = rows[i]
            fh.write("\t".join([str(n)] + [str(r[k]) for k in ("construction", "article", "label", "window",
                                                               "sentence")]) + "\n")
    print(f"# {len(rows)} pairs, {len(drawn)} drawn (seed {a.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
