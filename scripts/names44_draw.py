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

import argparse
import gzip
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from frozen_split import excluded  # noqa: E402
from names43_draw import draw_balanced, write_draw  # noqa: E402

CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]\w+"
SHAPES = [
    re.compile(r"(?<![\w])(?:anh|chị|bà|cụ|cháu|em|ông) " + CAP + r" " + CAP),
    re.compile(r"\((?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4})"),
    re.compile(r"(?<![\w])(?:đối tượng|bị can|bị cáo|nghi phạm) " + CAP),
    re.compile(r"(?<![\w])(?:gia đình (?:ông|bà|anh|chị)|hộ (?:ông|bà|anh|chị)) " + CAP),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--skip", type=pathlib.Path, nargs="*", default=[], help="plain files of 'baomoi-N' lines")
    ap.add_argument("--seed", type=int, default=844)
    ap.add_argument("--count", type=int, default=15)
    ap.add_argument("-o", "--out", type=pathlib.Path, required=True)
    a = ap.parse_args()
    skip = excluded(a.exclude)
    for p in a.skip:
        skip |= {ln.strip() for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        recs = sorted((r for r in map(json.loads, f) if r["id"] not in skip and 500 <= len(r["text"]) <= 3500
                       and int(r["id"].rsplit("-", 1)[1]) % 2 == 1), key=lambda r: r["id"])
    write_draw(a.out, draw_balanced(recs, SHAPES, a.seed, a.count))

if __name__ == "__main__":
    main()
