"""Draw persons45: articles about ordinary people, ids ≡ 1 (mod 4) only (round names45).

Usage:
    python scripts/names45_draw.py --corpus CORPUS --exclude tests/data/*.jsonl tests/data/*_gold.json \
        ../shared/eval/*_gold.json --skip SKIP.txt --seed 852 --count 15 -o tests/data/persons45.jsonl

The pool and the four shapes are those of ``names44_draw.py`` (500-3,500 characters, no excluded id, a form of
address, an age in brackets, a suspect's word or a household before a capitalised name), with one more filter: the
numeric id is 1 modulo 4 (other rounds draw the other residues). No unread article is left, so articles named in
the repository's notes or scripts may be drawn; those of a gold set may not.
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from names43_draw import draw_args, draw_balanced, read_pool, residue, write_draw  # noqa: E402
from names44_draw import SHAPES  # noqa: E402


def main() -> None:
    a, skip = draw_args(__doc__ or "", 852)
    write_draw(a.out, draw_balanced(residue(read_pool(a.corpus, skip), 4, 1), SHAPES, a.seed, a.count))

if __name__ == "__main__":
    main()
