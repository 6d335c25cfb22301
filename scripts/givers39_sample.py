"""Round givers39 (issue 8, item 2): a seeded sample of award conferrals, judged for their giver.

Draws ``-n`` conferral nodes of a whole-corpus N-Quads build (``awards37_sample.draw`` without its award-sentence
half) from articles that belong to no annotated set: the ids of ``--exclude`` (JSON lines) and ``--gold`` (JSON
lists) are read, nothing else of them. With ``--after NQ`` the same rows show a second build's conferrals.

    .venv/bin/python scripts/givers39_sample.py BASE.nq --seed 479 --exclude tests/data/frozen{2..8}.jsonl \
        tests/data/devown*.jsonl tests/data/frozen.jsonl --gold ../shared/eval/*_gold.json [--after NEW.nq] [--write F]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _sample_io import build_args, write_rows  # noqa: E402
from awards37_sample import draw, graph  # noqa: E402
from corpus_awards import CORPUS, excluded  # noqa: E402

COLUMNS = ["n", "kind", "id", "span", "kind_grade", "giver", "recipients", "class", "note", "sentence", "graph"]


def main(argv: list[str] | None = None) -> int:
    args = build_args(__doc__.split("\n\n")[0], 479).parse_args(argv)
    rows = draw(args.base, CORPUS, excluded(args.exclude, args.gold), args.n, 0, args.seed)
    graph(rows, args.after or args.base)
    for n, r in enumerate(rows, 1):
        print(f"[{n}] {r['id']} {r['start']}-{r['end']}: {r['sentence']}\n      {r['graph'] or '(none)'}")
    if args.write:
        write_rows(args.write, COLUMNS, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
