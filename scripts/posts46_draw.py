"""Draw posts46: fresh random articles of the genre, ids ≡ 0 (mod 4) only (round posts46).

Usage:
    python scripts/posts46_draw.py --corpus CORPUS --exclude tests/data/*.jsonl tests/data/*_gold.json \
        ../shared/eval/*_gold.json --skip SKIP.txt --seed 807 --count 20 -o tests/data/posts46.jsonl

The pool is the held-out splits' genre (scripts/frozen_split.py): an article of 500-3,500 characters that names a
person with a post title (its POST and PERSON patterns both match), no excluded id, and (this round) a numeric id
that is a multiple of 4 (other rounds draw the other residues). As frozen_split.py does, six articles are drawn
from the pool's articles that mention an award (its AWARD pattern) and the rest from the remaining pool, with one
random generator seeded with the seed; the pool is sorted by id.
"""
from __future__ import annotations

import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from frozen_split import AWARD, PERSON, POST  # noqa: E402
from names43_draw import draw_args, read_pool, residue, write_draw  # noqa: E402

AWARDS = 6


def genre(text: str) -> bool:
    """The held-out splits' genre: a post title before a capitalised name, and an honorific name."""
    return bool(POST.search(text)) and bool(PERSON.search(text))


def main() -> None:
    a, skip = draw_args(__doc__ or "", 807)
    pool = [r for r in residue(read_pool(a.corpus, skip), 4, 0) if genre(r["text"])]
    rng = random.Random(a.seed)
    awards = [r for r in pool if AWARD.search(r["text"])]
    picked = rng.sample(awards, min(AWARDS, len(awards)))
    rest = [r for r in pool if r not in picked]
    picked += rng.sample(rest, a.count - len(picked))
    print("pool", len(pool), "with awards", len(awards), file=sys.stderr)
    write_draw(a.out, [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in picked])

if __name__ == "__main__":
    main()
