"""Round persons41b: a seeded sample of person nodes, weighted to articles with at most two titled persons.

A person node is shown at its first mention in the first unannotated article that mentions it (as
``names_nodes_sample.py``); "titled" persons of an article are the members of its post holdings. Three quarters of
the sample come from nodes whose first article holds at most two titled persons, the rest from the others.

    .venv/bin/python scripts/persons41b_sample.py CORPUS BUILD.nq --seed 607 --out FILE.tsv --exclude ...
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _ids, _segmented  # noqa: E402
from names_nodes_sample import _sentence, person_mentions  # noqa: E402

HOLDER = re.compile(r"^<[^>]*/id/postholding/(baomoi-[^/>]+)/[^>]*> <http://www.w3.org/ns/org#member> <([^>]+)>")


def titled(build: Path) -> dict[str, set[str]]:
    """Article id → the persons holding a post in it."""
    out: dict[str, set[str]] = defaultdict(set)
    with build.open(encoding="utf-8") as fh:
        for line in fh:
            if "org#member" in line and (m := HOLDER.match(line)):
                out[m.group(1)].add(m.group(2))
    return out


def draw(corpus: Path, build: Path, seed: int, exclude: set[str], count: int) -> list[list[object]]:
    men, held = person_mentions(build), titled(build)
    persons: dict[str, tuple[str, int, int]] = {}
    docs = {}
    for r in _articles(corpus, exclude):
        for a, b, iri in men.get(r.doc_id, []):
            persons.setdefault(iri, (r.doc_id, a, b))
        docs[r.doc_id] = r
    few = sorted(v for v in persons.values() if len(held.get(v[0], ())) <= 2)
    many = sorted(v for v in persons.values() if len(held.get(v[0], ())) > 2)
    rng = random.Random(seed)
    picked = [("few", x) for x in rng.sample(few, count * 3 // 4)]
    picked += [("many", x) for x in rng.sample(many, count - count * 3 // 4)]
    rows: list[list[object]] = []
    for kind, (doc_id, a, b) in sorted(picked, key=lambda p: p[1]):
        doc = _segmented(docs[doc_id])
        rows.append([kind, doc_id, a, b, doc.text[a:b], "", "", _sentence(doc, a)])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--seed", type=int, default=607)
    ap.add_argument("--count", type=int, default=120)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    exclude = set().union(*(_ids(p) for p in args.exclude)) if args.exclude else set()
    rows = draw(args.corpus, args.build, args.seed, exclude, args.count)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# scripts/persons41b_sample.py --seed {args.seed} (kind few: first article holds <= 2 titled "
                 "persons; many: more); verdict: right / not (what it is) / extent\n")
        fh.write("n\tkind\tarticle\tstart\tend\ttext\tverdict\tnote\tsentence\n")
        for i, row in enumerate(rows, 1):
            fh.write("\t".join(str(x).replace("\t", " ") for x in [i, *row]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
