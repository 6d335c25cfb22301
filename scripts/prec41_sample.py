#!/usr/bin/env python3
"""Person–post pairs of the genre's neighbours and a seeded sample to judge (round prec41, issue 8: precision).

The neighbours are the articles scripts/frozen_split.py --either draws from: a post-title match but no honorific
name, or the reverse (500–8,000 characters). Every such article outside the --exclude files (ids only), the
development sets, the shared gold and --skip (ids, one a line) is run in-process; each PostHolding gets its
construction as in scripts/prec40b_strata.py. Writes every pair (TSV) and prints a seeded sample.

    PYTHONPATH=. python -P scripts/prec41_sample.py --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl \
        tests/data/devown14.jsonl tests/data/devown15.jsonl /work/wt/devown16_ids.jsonl \
        --skip /work/wt/skip_ids.txt --seed 577 --count 150 --out /tmp/prec41_pairs.tsv
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import frozen_split  # noqa: E402
import prec40b_strata  # noqa: E402

from kg.corpus.records import Record, read_records  # noqa: E402


def neighbour(text: str) -> bool:
    """A post title or an honorific name, not both, in 500–8,000 characters."""
    if not 500 <= len(text) <= 8000:
        return False
    return bool(frozen_split.POST.search(text)) != bool(frozen_split.PERSON.search(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--skip", default="")
    ap.add_argument("--seed", type=int, default=577)
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--out", required=True, help="every pair, TSV")
    a = ap.parse_args()
    skip = prec40b_strata._skip(a.exclude)
    if a.skip:
        skip |= {ln.strip().removeprefix("baomoi-") for ln in open(a.skip, encoding="utf-8") if ln.strip()}
    rows: list[dict[str, str]] = []
    arts = 0
    for rec in read_records(prec40b_strata.CORPUS):
        if not isinstance(rec, Record) or rec.doc_id.removeprefix("baomoi-") in skip or not neighbour(rec.text):
            continue
        arts += 1
        rows.extend(prec40b_strata.pairs(rec))
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join((r["article"], r["construction"], r["label"], r["window"], r["sentence"])) + "\n")
    drawn = random.Random(a.seed).sample(rows, min(a.count, len(rows)))
    print(f"# {arts} neighbour articles, {len(rows)} pairs, {len(drawn)} drawn")
    for r in drawn:
        print(f"{r['article']}\t{r['construction']}\t{r['label']}\t{r['window']}\t{r['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
