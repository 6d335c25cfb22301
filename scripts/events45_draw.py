"""Draw events45: fresh articles that report an event, ids of residue 2 mod 4 only (round events45).

Usage:
    python scripts/events45_draw.py --corpus CORPUS --exclude tests/data/*.jsonl ../shared/eval/*_gold.json \
        --skip SKIP.txt --seed 817 --count 12 -o tests/data/events45.jsonl

An article is in the pool when it is 500-3,500 characters long, its numeric id is 2 mod 4 (other rounds draw the
other residues), no excluded id, and it names one of the event kinds below (regular expressions only; no extractor
run): a meeting or session, a ceremony, a conference or seminar, a visit or reception, a festival or contest, a
campaign launch. The pool is sorted by id and sampled with the seed; the draw is balanced over the six shapes.
"""
from __future__ import annotations

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from names43_draw import draw_args, draw_balanced, read_pool, residue, write_draw  # noqa: E402

SHAPES = [
    re.compile(r"(?i)(?<![\w])(?:cuộc họp|phiên họp|kỳ họp|buổi làm việc|hội nghị)(?![\w])"),
    re.compile(r"(?i)(?<![\w])(?:lễ|buổi lễ)(?![\w])"),
    re.compile(r"(?i)(?<![\w])(?:hội thảo|tọa đàm|diễn đàn|đại hội)(?![\w])"),
    re.compile(r"(?i)(?<![\w])(?:chuyến thăm|thăm chính thức|hội kiến|hội đàm|tiếp xã giao)(?![\w])"),
    re.compile(r"(?i)(?<![\w])(?:lễ hội|liên hoan|hội thi|cuộc thi|giải)(?![\w])"),
    re.compile(r"(?i)(?<![\w])(?:phát động|ra quân|khởi động)(?![\w])"),
]


def main() -> None:
    a, skip = draw_args(__doc__ or "", 817)
    write_draw(a.out, draw_balanced(residue(read_pool(a.corpus, skip), 4, 2), SHAPES, a.seed, a.count))

if __name__ == "__main__":
    main()
