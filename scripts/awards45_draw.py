"""Draw awards45: award-conferring articles no gold set holds, ids ≡ 3 (mod 4) only (round givers45).

Usage:
    python scripts/awards45_draw.py --corpus CORPUS --exclude tests/data/*.jsonl tests/data/*_gold.json \
        ../shared/eval/*_gold.json --skip SKIP.txt --seed 889 --count 10 -o tests/data/awards45.jsonl
    --residue R takes ids ≡ R (mod 4), default 3. Round givers46 ran it with --seed 841 (residue 3, the same
    excludes): the pool is empty — awards45 took all 9 articles of residue 3 and the other 17 are in tests/data or
    the shared gold.

An article is in the pool when its numeric id is 3 (``--residue``) modulo 4 (other rounds draw the other residues),
no excluded id, and one of its sentences holds an award word (Huân chương, Huy chương, Bằng khen, Cờ thi đua, Giấy
khen, Kỷ niệm chương, danh hiệu, Huy hiệu, tuổi Đảng; a prize: trao giải, đoạt giải, giải thưởng, Giải + a capital or
a rank) and a give verb (trao tặng, tặng, trao, truy tặng, phong tặng, khen
thưởng, nhận, công nhận) — regular expressions only, no extractor run. Any length. The pool is sorted by id and
sampled with the seed.
"""
from __future__ import annotations

import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from names43_draw import draw_args, read_pool, residue, write_draw  # noqa: E402

AWARD = re.compile(r"(?i:huân chương|huy chương|bằng khen|cờ thi đua|giấy khen|kỷ niệm chương|danh hiệu|huy hiệu"
                   r"|tuổi đảng|trao giải|đoạt giải|giải thưởng)"
                   r"|(?<!\w)[Gg]iải (?:[A-ZĐ]|[Nn]hất|[Nn]hì|[Bb]a\b|[Kk]huyến khích)")
GIVE = re.compile(r"(?i)(?<!\w)(?:trao|tặng|khen thưởng|nhận|công nhận)(?!\w)")
SENT = re.compile(r"(?<=[.!?])\s+|\n")


def confers(text: str) -> bool:
    """A sentence of ``text`` holds an award word and a give verb."""
    return any(AWARD.search(s) and GIVE.search(s) for s in SENT.split(text))


def main() -> None:
    a, skip = draw_args(__doc__ or "", 889, residue=3)
    pool = [r for r in residue(read_pool(a.corpus, skip, sized=False), 4, a.residue) if confers(r["text"])]
    print("pool", len(pool), file=sys.stderr)
    picked = random.Random(a.seed).sample(pool, min(a.count, len(pool)))
    write_draw(a.out, picked)

if __name__ == "__main__":
    main()
