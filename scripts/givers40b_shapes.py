"""Round givers40b: count, in corpus articles that belong to no annotated split, the shapes givers40 left, and list
the sentences of the one this round fixes (a prize given "cho tác phẩm “X” của A"). Only the ids of ``--exclude``
(JSON lines) and ``--gold`` files are read.

    .venv/bin/python scripts/givers40b_shapes.py --exclude tests/data/*.jsonl … --gold ../shared/eval/*_gold.json
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_awards import CORPUS, award_slice, excluded  # noqa: E402

SHAPES = {
    "giver-slash": r"(?:của|do)\s+(?:Hội|Bộ|Ủy ban|UBND|Trung ương)[^.;,]{0,40}\w/\w",
    "givers-glued-va": (r"(?:Bộ Chỉ huy|UBND|Sở)[^.;,]{1,40}\svà\s(?:UBND|TP|Sở|Bộ)[^.;,]{1,40}"
                        r"\s(?:đã\s)?(?:khen thưởng|tặng|trao)"),
    "thay-mat-lanh-dao": r"[Tt]hay mặt lãnh đạo Đảng, Nhà nước, [^.;]{0,80}\s(?:trao|tặng)",
    "name-cut-vi-va": r"(?:[Hh]uân chương|[Kk]ỷ niệm chương|[Gg]iải)\s+(?:[A-ZĐ]\w*\s+){0,3}(?:vì|Vì|và)\s",
    "epithet-me-vnah": r"Mẹ Việt Nam Anh hùng\s+[A-ZĐ]",
    "work-owner": (r"(?:giải|Giải)[^.;]{0,60}\scho\s+(?:tác phẩm|sản phẩm|công trình|đề tài|bài viết|bộ ảnh)"
                   r"\s+[“\"][^“”\"\n]{1,150}[”\"]\s+của\s"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude", nargs="*", type=Path, default=[])
    ap.add_argument("--gold", nargs="*", type=Path, default=[])
    args = ap.parse_args()
    rows = award_slice(CORPUS, excluded(args.exclude, args.gold), re.compile(""))  # every unannotated article
    for name, pat in SHAPES.items():
        hits = [(r["id"], m) for r in rows for m in re.finditer(pat, r["text"])]
        print(f"# {name}\t{len(hits)} hits in {len({i for i, _ in hits})} articles")
        for i, m in hits:
            print(f"{name}\t{i}\t{m.start()}\t{m.group()[-160:]}")


if __name__ == "__main__":
    main()
