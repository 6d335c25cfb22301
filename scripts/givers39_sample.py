"""Round givers39 (issue 8, item 2): a seeded sample of award conferrals, judged for their giver.

Draws ``-n`` conferral nodes of a whole-corpus N-Quads build (``awards37_sample.draw`` without its award-sentence
half) from articles that belong to no annotated set: the ids of ``--exclude`` (JSON lines) and ``--gold`` (JSON
lists) are read, nothing else of them. With ``--after NQ`` the same rows show a second build's conferrals.

    .venv/bin/python scripts/givers39_sample.py BASE.nq --seed 479 --exclude tests/data/frozen{2..8}.jsonl \
        tests/data/devown*.jsonl tests/data/frozen.jsonl --gold ../shared/eval/*_gold.json [--after NEW.nq] [--write F]

Round givers49's options: ``--skip-ids`` plain lists of ids (one ``baomoi-N`` a line: the held-out ids, another
round's drawn articles) left out before anything is read; ``--skip-sampled`` earlier samples (TSVs with ``id`` and
``span`` columns) whose conferrals are not drawn again — when fewer than ``-n`` are left, all of them are taken and
the sample is filled up with a seeded draw of the earlier-sampled ones (their rows' kind ``again``: judged anew on
this build).

    .venv/bin/python scripts/givers39_sample.py /work/wt/corpus_m48b.nq --seed 806 -n 80 --exclude DEV_SETS \
        --skip-ids /work/wt/skip_ids.txt /work/wt/t49/drawn49_ids.txt CORPUS_SAMPLE_IDS \
        --skip-sampled scripts/data/givers3*.tsv scripts/data/givers4[03]*.tsv [--after NEW.nq]

(round givers49: DEV_SETS the development sets' tests/data/*.jsonl — the held-out sets' ids are in skip_ids.txt —;
CORPUS_SAMPLE_IDS the ids of tests/data/corpus-sample.jsonl, a file that is not UTF-8 throughout, one a line)
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _sample_io import build_args, write_rows  # noqa: E402
from awards37_sample import draw, graph  # noqa: E402
from corpus_awards import CORPUS, excluded  # noqa: E402


def plain_ids(paths: list[Path]) -> set[str]:
    """The ids (without ``baomoi-``) of plain lists, one a line."""
    return {ln.strip().removeprefix("baomoi-") for p in paths for ln in p.read_text(encoding="utf-8").split()
            if ln.strip()}


def sampled(paths: list[Path]) -> frozenset[tuple[str, int, int]]:
    """(article id, start, end) of every row of earlier samples that has an ``id`` and a ``span``."""
    out = set()
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                a, _, b = (r.get("span") or "").partition("-")
                if r.get("id") and a.isdigit() and b.isdigit():
                    out.add((r["id"], int(a), int(b)))
    return frozenset(out)

COLUMNS = ["n", "kind", "id", "span", "kind_grade", "giver", "recipients", "class", "note", "sentence", "graph"]


def main(argv: list[str] | None = None) -> int:
    ap = build_args(__doc__.split("\n\n")[0], 479)
    ap.add_argument("--skip-ids", type=Path, nargs="*", default=[])
    ap.add_argument("--skip-sampled", type=Path, nargs="*", default=[])
    args = ap.parse_args(argv)
    skip = excluded(args.exclude, args.gold) | plain_ids(args.skip_ids)
    rows = draw(args.base, CORPUS, skip, args.n, 0, args.seed, sampled(args.skip_sampled))
    if args.skip_sampled and len(rows) < args.n:
        fresh = {r["focus"] for r in rows}
        rest = [r for r in draw(args.base, CORPUS, skip, 10**9, 0, args.seed) if r["focus"] not in fresh]
        again = random.Random(args.seed).sample(rest, min(args.n - len(rows), len(rest)))
        rows = sorted(rows + [{**r, "kind": "again"} for r in again], key=lambda r: r["focus"])
    graph(rows, args.after or args.base)
    for n, r in enumerate(rows, 1):
        print(f"[{n}] {r['kind']} {r['id']} {r['start']}-{r['end']}: {r['sentence']}\n      {r['graph'] or '(none)'}")
    if args.write:
        write_rows(args.write, COLUMNS, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
