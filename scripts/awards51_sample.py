"""Round awards51: a seeded sample of whole-corpus conferrals outside every gold set and the held-out articles.

The skip set is read without opening a held-out file: the ids of ``--held`` (a plain list of ids, never printed),
the ``id`` fields of the development sets' JSON Lines files named explicitly with ``--exclude`` and of the gold JSON
files named with ``--gold``. Draws with scripts/awards37_sample.draw (sorted IRIs, ``random.Random(seed)``), shows
each drawn conferral's sentence with the conferrals of the build (and of ``--after``), and writes the rows.

    .venv/bin/python scripts/awards51_sample.py BASE.nq --held /work/wt/held_ids.txt --seed 951 -n 60 \
        --exclude tests/data/awards41.jsonl ... --gold /work/shared/eval/train_gold.json ... [--after NEW.nq] \
        [--write scripts/data/awards51_sample.tsv]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sample_io import write_rows  # noqa: E402
from awards37_sample import CORPUS, draw, graph  # noqa: E402
from corpus_awards import excluded  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("--held", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--gold", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=951)
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--after", type=Path)
    ap.add_argument("--write", type=Path)
    args = ap.parse_args(argv)
    skip = {x.strip().removeprefix("baomoi-") for x in args.held.read_text(encoding="utf-8").split() if x.strip()}
    skip |= excluded(args.exclude, args.gold)
    rows = draw(args.base, CORPUS, skip, args.n, 0, args.seed)
    graph(rows, args.base)
    if args.after:
        after = [dict(r) for r in rows]
        graph(after, args.after)
        for r, a in zip(rows, after, strict=True):
            r["graph_after"] = a["graph"]
    for k, r in enumerate(rows, 1):
        print(f"[{k}] {r['id']} {r['start']}-{r['end']}: {r['sentence']}\n      {r['graph'] or '(none)'}")
        if args.after and r["graph_after"] != r["graph"]:
            print(f"   -> {r['graph_after'] or '(none)'}")
    if args.write:
        write_rows(args.write, ["n", "kind", "id", "span", "giver", "recipients", "class", "note", "sentence", "graph"]
                   + (["graph_after"] if args.after else []), rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
