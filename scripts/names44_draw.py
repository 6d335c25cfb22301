"""Draw persons44: fresh articles about ordinary people, odd ids only (round names44).

Usage:
    python scripts/names44_draw.py --corpus CORPUS --exclude tests/data/*.jsonl ../shared/eval/*_gold.json \
        SEEN.jsonl --skip SKIP.txt --seed 844 --count 15 -o tests/data/persons44.jsonl

An article is in the pool when it is 500-3,500 characters long, its numeric id is odd (another round draws the
even ones), no excluded id, and it shows one of the shapes below (regular expressions only; no extractor run):
a lower-case honorific before a capitalised name ('chị Lan', 'cụ Đào'), an age or a birth year in parentheses
('(45 tuổi', '(SN 1980'), a suspect's or defendant's word before a capitalised name ('đối tượng', 'bị can',
'bị cáo'), or a household named by its head ('gia đình ông', 'hộ bà'). The pool is sorted by id and sampled
with the seed; the draw is balanced over the four shapes.
"""
from __future__ import annotations

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from names43_draw import draw_args, draw_balanced, read_pool, write_draw  # noqa: E402

CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w+"
SHAPES = [
    re.compile(r"(?<![\w])(?:anh|chị|bà|cụ|cháu|em|ông) " + CAP + r" " + CAP),
    re.compile(r"\((?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4})"),
    re.compile(r"(?<![\w])(?:đối tượng|bị can|bị cáo|nghi phạm) " + CAP),
    re.compile(r"(?<![\w])(?:gia đình (?:ông|bà|anh|chị)|hộ (?:ông|bà|anh|chị)) " + CAP),
]


def main() -> None:
    a, skip = draw_args(__doc__ or "", 844)
    write_draw(a.out, draw_balanced(read_pool(a.corpus, skip, odd=True), SHAPES, a.seed, a.count))

if __name__ == "__main__":
    main()
