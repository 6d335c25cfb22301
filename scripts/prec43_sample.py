#!/usr/bin/env python3
"""Round prec43 (issue 8, person–post precision): a stratified seeded sample of the corpus's person–post pairs by
construction, drawn heavier where the development sets' wrong pairs were attached.

The pass is scripts/prec42_sample.py's (its ``pairs``: construction, window, sentence, long, far), over the corpus
minus --exclude (ids only), the development sets, the shared gold and --skip; ``--pairs`` reads a TSV an earlier
pass wrote instead. Every construction gets ``--floor`` pairs (or all it has); the rest of ``--n`` goes to the
constructions ``--favour`` names, shared in proportion to their weights. Unread articles first (tier 1), then those
earlier rounds' TSVs name (tier 2), as prec42_sample; one seeded order a construction, so a larger quota only adds.

    PYTHONPATH=. python -P scripts/prec43_sample.py --exclude tests/data/*.jsonl --skip /work/wt/skip_ids.txt \
        --seed 743 --favour after_comma=2 before_punct=2 after_verb=1 --out /tmp/p43
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prec42_sample as p42  # noqa: E402

from kg.corpus.records import Record, read_records  # noqa: E402

COLS = ("tier", "article", "chars", "construction", "label", "window", "sentence", "long", "far")


def _skip(exclude: list[str], skip: str) -> set[str]:
    ids = p42.strata._skip([])
    for p in exclude:  # ids only (a test file may be in another encoding)
        with open(p, encoding="utf-8", errors="replace") as fh:
            ids |= {m.removeprefix("baomoi-") for m in re.findall(r'"id"\s*:\s*"?([\w-]+)', fh.read())}
    if skip:
        ids |= {ln.strip().removeprefix("baomoi-") for ln in open(skip, encoding="utf-8") if ln.strip()}
    return ids


def run_pass(exclude: list[str], skip: str, out: Path) -> list[dict[str, Any]]:
    """Every pair of the corpus minus the skipped articles, written to ``out`` as a TSV."""
    ids, read = _skip(exclude, skip), p42._read_ids()
    rows: list[dict[str, Any]] = []
    for rec in read_records(p42.strata.CORPUS):
        if isinstance(rec, Record) and rec.doc_id.removeprefix("baomoi-") not in ids:
            rows.extend(dict(r, tier=1 + (rec.doc_id.removeprefix("baomoi-") in read)) for r in p42.pairs(rec))
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join(str(r[c]) for c in COLS) + "\n")
    return rows


def read_pass(path: Path, skip: set[str]) -> list[dict[str, Any]]:
    rows = []
    for ln in open(path, encoding="utf-8"):
        r = dict(zip(COLS, ln.rstrip("\n").split("\t"), strict=True))
        if r["article"].removeprefix("baomoi-") not in skip:
            rows.append(dict(r, tier=int(r["tier"])))
    return rows


def quotas(sizes: dict[str, int], n: int, floor: int, favour: dict[str, float]) -> dict[str, int]:
    """``floor`` a construction, the rest of ``n`` to the favoured ones by weight (never more than a stratum has)."""
    q = {c: min(floor, k) for c, k in sizes.items()}
    left = n - sum(q.values())
    while left > 0:
        open_ = {c: w for c, w in favour.items() if sizes.get(c, 0) > q.get(c, 0)}
        if not open_:
            break
        tot = sum(open_.values())
        for c, w in sorted(open_.items()):
            add = min(max(1, round(left * w / tot)), sizes[c] - q[c], left)
            q[c] += add
            left -= add
            if left <= 0:
                break
    return q


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--skip", default="")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--floor", type=int, default=4)
    ap.add_argument("--favour", nargs="*", default=[], help="construction=weight")
    ap.add_argument("--pairs", default="", help="a pairs_all.tsv an earlier pass wrote")
    ap.add_argument("--out", required=True, help="a directory")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = (read_pass(Path(a.pairs), _skip(a.exclude, a.skip)) if a.pairs
            else run_pass(a.exclude, a.skip, out / "pairs_all.tsv"))
    by: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for r in rows:
        by[r["construction"]].append(r)
    favour = {c: float(w) for c, w in (f.split("=") for f in a.favour)}
    q = quotas({c: len(v) for c, v in by.items()}, a.n, a.floor, favour)
    with open(out / "sample.tsv", "w", encoding="utf-8") as fh:
        for c in sorted(by):
            rng = random.Random(f"{a.seed}-{c}")  # one stream a construction: a larger quota extends its draw
            order = [r for tier in (1, 2) for r in rng.sample([r for r in by[c] if r["tier"] == tier],
                                                              sum(r["tier"] == tier for r in by[c]))]
            drawn = order[: q[c]]
            print(f"# {c}: {len(by[c])} pairs, drawn {len(drawn)}")
            for r in drawn:
                fh.write("\t".join([c] + [str(r[k]) for k in ("article", "label", "window", "sentence")]) + "\n")
    print(f"# {len(rows)} pairs ({sum(r['tier'] == 1 for r in rows)} of unread articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
