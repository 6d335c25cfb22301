"""Draw names46: neighbours of the genre, ids ≡ 1 (mod 4) only (round names46).

Usage:
    python scripts/names46_draw.py --corpus CORPUS --exclude tests/data/*.jsonl tests/data/*_gold.json \
        ../shared/eval/*_gold.json --skip SKIP.txt --seed 812 --count 25 -o tests/data/names46.jsonl

The pool is that of ``frozen_split.py --either`` (devown16-19): 500-3,500 characters, no excluded id, a post-title
match or an honorific-name match but not both; one more filter: the numeric id is 1 modulo 4 (other rounds draw
the other residues). The pool is sorted by id and ``count`` records are sampled with the seed.
"""
from __future__ import annotations

import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from frozen_split import PERSON, POST  # noqa: E402
from names43_draw import draw_args, read_pool, residue, write_draw  # noqa: E402


def either(text: str) -> bool:
    """A post-title match or an honorific-name match, not both (``frozen_split.py --either``)."""
    return bool(POST.search(text)) != bool(PERSON.search(text))


def main() -> None:
    a, skip = draw_args(__doc__ or "", 812)
    pool = [r for r in residue(read_pool(a.corpus, skip), 4, 1) if either(r["text"])]
    print("pool", len(pool), file=sys.stderr)
    picked = random.Random(a.seed).sample(pool, min(a.count, len(pool)))
    write_draw(a.out, [{"id": r["id"], "title": r["title"], "text": r["text"]} for r in picked])

if __name__ == "__main__":
    main()
