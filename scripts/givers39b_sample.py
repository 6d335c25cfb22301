"""Round givers39b (issue 8, item 2): a seeded sample of award conferrals that have no giver, judged for the giver.

Draws ``-n`` conferral nodes without ``vnr:conferredBy`` of a whole-corpus N-Quads build (sorted IRIs,
``random.Random(seed)``) from articles that belong to no annotated set: the ids of ``--exclude`` (JSON lines) and
``--gold`` (JSON lists) are read, nothing else of them. With ``--after NQ`` the same rows show a second build's
conferrals.

    .venv/bin/python scripts/givers39b_sample.py BASE.nq --seed 491 --exclude tests/data/frozen{2..8}.jsonl \
        tests/data/devown*.jsonl tests/data/frozen.jsonl --gold ../shared/eval/*_gold.json [--after NEW.nq] [--write F]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _sample_io import build_args, write_rows  # noqa: E402
from awards37_sample import articles, graph, read_build, spans  # noqa: E402
from corpus_awards import CORPUS, _segmented, excluded  # noqa: E402

COLUMNS = ["n", "kind", "id", "span", "giver_wanted", "where", "class", "note", "sentence", "graph"]


def draw(base: Path, skip: set[str], n: int, seed: int) -> list[dict]:
    """``n`` giverless conferrals of ``base`` outside ``skip``, with the sentences they are derived from (and the one
    before, where a giver of another sentence may be named)."""
    conf, _label = read_build(base)
    arts = articles(CORPUS, skip)
    sp = spans(conf)
    pool = sorted(i for i, c in conf.items() if i.split("/")[-2] in arts and not c.get("conferredBy"))
    print(f"pool: {len(pool)} giverless conferrals of {len(conf)}", file=sys.stderr)
    rows: list[dict] = []
    for iri in sorted(random.Random(seed).sample(pool, min(n, len(pool)))):
        aid = iri.split("/")[-2]
        s0, e0, _ = next(t for t in sp[aid] if t[2] == iri)
        sents = [(s.start, s.end, s.text) for s in _segmented(arts[aid]).sentences]
        idx = [k for k, t in enumerate(sents) if t[0] < e0 and s0 < t[1]]
        a, b = (sents[idx[0]][0], sents[idx[-1]][1]) if idx else (s0, e0)
        prev = sents[idx[0] - 1][2] if idx and idx[0] > 0 else ""
        rows.append({"kind": "conf", "id": aid, "start": a, "end": b, "focus": iri, "prev": " ".join(prev.split()),
                     "sentence": " ".join(" ".join(sents[k][2] for k in idx).split())})
    return rows


def main(argv: list[str] | None = None) -> int:
    args = build_args(__doc__.split("\n\n")[0], 491).parse_args(argv)
    rows = draw(args.base, excluded(args.exclude, args.gold), args.n, args.seed)
    graph(rows, args.after or args.base)
    for n, r in enumerate(rows, 1):
        print(f"[{n}] {r['id']} {r['start']}-{r['end']}\n   PREV: {r['prev'][-300:]}\n   SENT: {r['sentence']}\n"
              f"      {r['graph'] or '(none)'}")
    if args.write:
        write_rows(args.write, COLUMNS, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
