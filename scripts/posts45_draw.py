"""Draw posts45: fresh official-heavy articles, ids ≡ 0 (mod 4) only (round posts45).

Usage:
    python scripts/posts45_draw.py --corpus CORPUS --exclude tests/data/*.jsonl ../shared/eval/*_gold.json \
        --skip SKIP.txt --seed 866 --count 15 -o tests/data/posts45.jsonl

An article is in the pool when it is 500-3,500 characters long, its numeric id is a multiple of 4 (other rounds
draw the other residues), no excluded id, it names at least four officials' titles (a capitalised title word
before a capitalised word: 'Chủ tịch UBND', 'Bộ trưởng Bộ', 'Bí thư Tỉnh ủy' …), and it shows one of the shapes
below (regular expressions only; no extractor run): a reception ('tiếp', 'hội kiến', 'hội đàm'), an appointment
or election ('bổ nhiệm', 'bầu', 'trao quyết định'), a meeting ('Hội nghị', 'kỳ họp', 'cuộc họp', 'buổi làm
việc'), or a delegation or visit ('đoàn', 'thăm'). The pool is sorted by id and sampled with the seed; the draw
is balanced over the four shapes.
"""
from __future__ import annotations

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from names43_draw import draw_args, draw_balanced, read_pool, residue, write_draw  # noqa: E402

TITLE = re.compile(r"(?<![\w])(?:Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư|Bộ trưởng|Thứ trưởng|Giám đốc|Phó Giám đốc"
                   r"|Ủy viên|Trưởng ban|Phó Trưởng ban|Thủ tướng|Phó Thủ tướng|Tổng Bí thư|Đại sứ|Chánh"
                   r"|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Trưởng đoàn) [A-ZĐ]")
SHAPES = [
    re.compile(r"(?<![\w])(?:tiếp|hội kiến|hội đàm)(?![\w])"),
    re.compile(r"(?<![\w])(?:bổ nhiệm|bầu|trao quyết định)(?![\w])"),
    re.compile(r"(?<![\w])(?:Hội nghị|kỳ họp|cuộc họp|buổi làm việc)(?![\w])"),
    re.compile(r"(?<![\w])(?:đoàn|thăm)(?![\w])"),
]


def official_heavy(text: str) -> bool:
    """At least four title words before a capitalised word."""
    return len(TITLE.findall(text)) >= 4


def main() -> None:
    a, skip = draw_args(__doc__ or "", 866)
    pool = [r for r in residue(read_pool(a.corpus, skip), 4, 0) if official_heavy(r["text"])]
    write_draw(a.out, draw_balanced(pool, SHAPES, a.seed, a.count))

if __name__ == "__main__":
    main()
