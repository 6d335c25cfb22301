"""Round awards38b (issue 8, item 2): named recipients and whole award names.

Two samples over a whole-corpus N-Quads build, both outside the articles of ``--exclude`` (only their ids are read):
the conferral rows of an earlier judged sample (``--rows-from``, by article and character span: round awards38's
seed-457 sample) and ``--conferrals`` conferral nodes that have a named recipient (sorted IRIs,
``random.Random(seed)``). Each row shows every conferral the build derives from the row's sentences, so the same rows
can be judged before and after (``--after NEW.nq`` shows a second build's conferrals for the rows drawn from BASE).

    .venv/bin/python scripts/awards38b_sample.py BASE.nq --seed 463 --rows-from scripts/data/awards38_sample_after.tsv \
        --exclude tests/data/frozen{2..8}.jsonl [--after NEW.nq] [--write FILE]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _sample_io import write_rows  # noqa: E402
from awards37_sample import _segmented, articles, graph, read_build, spans  # noqa: E402
from corpus_awards import CORPUS, excluded  # noqa: E402


def old_rows(path: Path, arts: set[str]) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["kind"] == "conf" and r["id"] in arts]
    return [{"kind": "old", "id": r["id"], "start": int(r["span"].split("-")[0]), "end": int(r["span"].split("-")[1]),
             "focus": "", "sentence": r["sentence"]} for r in rows]


def draw(base: Path, corpus: Path, skip: set[str], n: int, seed: int) -> list[dict]:
    conf, _label = read_build(base)
    arts = articles(corpus, skip)
    sp = spans(conf)
    pool = sorted(i for i, c in conf.items() if i.split("/")[-2] in arts and c.get("recipient"))
    rows = []
    for iri in sorted(random.Random(seed).sample(pool, min(n, len(pool)))):
        aid = iri.split("/")[-2]
        s0, e0, _ = next(t for t in sp[aid] if t[2] == iri)
        sent = [(s.start, s.end, s.text) for s in _segmented(arts[aid]).sentences if s.start < e0 and s0 < s.end]
        a, b = (sent[0][0], sent[-1][1]) if sent else (s0, e0)
        rows.append({"kind": "new", "id": aid, "start": a, "end": b, "focus": iri,
                     "sentence": " ".join(" ".join(t[2] for t in sent).split())})
    print(f"pool: {len(pool)} conferrals with a recipient", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("--after", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seed", type=int, default=463)
    ap.add_argument("--conferrals", type=int, default=60)
    ap.add_argument("--rows-from", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--write", type=Path)
    args = ap.parse_args(argv)
    skip = excluded(args.exclude, [])
    arts = set(articles(args.corpus, skip))
    rows = old_rows(args.rows_from, arts) + draw(args.base, args.corpus, skip, args.conferrals, args.seed)
    graph(rows, args.after or args.base)
    if args.write:
        write_rows(args.write, ["n", "kind", "id", "span", "award_name", "recipients", "counts", "note", "sentence",
                                "graph"], rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
