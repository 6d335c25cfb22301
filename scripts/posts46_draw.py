"""Draw posts46 and posts47: fresh random articles of the genre, ids of one residue mod 4 only.

Usage:
    python scripts/posts46_draw.py --corpus CORPUS --exclude tests/data/*.jsonl tests/data/*_gold.json \
        ../shared/eval/*_gold.json --skip SKIP.txt --seed 807 --count 20 -o tests/data/posts46.jsonl
    (posts47: --seed 881 --residue 3; the residue is 0 unless given)

The pool is the held-out splits' genre (scripts/frozen_split.py): an article of 500-3,500 characters that names a
person with a post title (its POST and PERSON patterns both match), no excluded id, and a numeric id ≡ --residue
(mod 4) (posts46: 0, posts47: 3; other rounds draw the other residues). As frozen_split.py does, six articles are
drawn from the pool's articles that mention an award (its AWARD pattern) and the rest from the remaining pool, with
one random generator seeded with the seed; the pool is sorted by id.
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from frozen_split import AWARD, draw, of_genre  # noqa: E402
from names43_draw import draw_args, read_pool, residue, write_draw  # noqa: E402

AWARDS = 6


def main() -> None:
    a, skip = draw_args(__doc__ or "", 807, residue=0)
    pool = [r for r in residue(read_pool(a.corpus, skip), 4, a.residue) if of_genre(r["text"])]
    picked = draw(pool, a.seed, a.count, AWARDS)
    print("pool", len(pool), "with awards", sum(bool(AWARD.search(r["text"])) for r in pool), file=sys.stderr)
    write_draw(a.out, [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in picked])


if __name__ == "__main__":
    main()
