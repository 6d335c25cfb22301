"""Round events42d: corpus instances of the candidate shapes of a meeting named by "họp" (held-out ids dropped
before anything is read), counted per shape, with a seeded sample of up to N per shape to judge by hand.

    python scripts/events42d_shapes.py CORPUS.jsonl.gz --seed 643 --n 60 --write FILE --exclude … --skip …
"""
from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_args, skipped, titled_sentences  # noqa: E402

SHAPES = {
    "to-chuc-hop": re.compile(r"(?<!\w)(?<!sẽ )(?<!Ban )tổ chức họp\s+\w", re.IGNORECASE),
    "da-hop": re.compile(r"(?<!\w)đã họp\s+\w"),
}
COUNTED = {  # the other classes of events42a_before.tsv: counted, not sampled this round
    "da-kiem-tra": re.compile(r"(?<!\w)đã (?:đi |về |đến |tới )?kiểm tra\s+\w"),
    "da-tham": re.compile(r"(?<!\w)đã (?:đi |về |đến |tới )?thăm\s+\w"),
    "cuoc-hoi-dam": re.compile(r"(?<!\w)cuộc hội đàm", re.IGNORECASE),
    "buoi-gap-go": re.compile(r"(?<!\w)buổi gặp gỡ", re.IGNORECASE),
    "chuong-trinh-quoted": re.compile(r"(?<!\w)chương trình [“\"]", re.IGNORECASE),
    "ngay-hoi": re.compile(r"(?<!\w)ngày hội\s+\w", re.IGNORECASE),
    "lam-viec-voi-clause-initial": re.compile(r"(?:^|[,:] )Làm việc với [^,.;]{3,80}, "),
}


def main(argv: list[str] | None = None) -> int:
    args = shape_args(643).parse_args(argv)
    ids = skipped(args)
    found: dict[str, list[tuple[str, str]]] = {k: [] for k in SHAPES | COUNTED}
    for aid, _title, s in titled_sentences(args.corpus, ids):
        for shape, rx in (SHAPES | COUNTED).items():
            if rx.search(s):
                found[shape].append((aid, " ".join(s.split())))
    rows = []
    for shape, hits in found.items():
        print(shape, len(hits), file=sys.stderr)
        if shape not in SHAPES:
            continue
        for aid, s in sorted(random.Random(args.seed).sample(hits, min(args.sample, len(hits)))):
            rows.append((shape, aid, "", "", s))
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("shape", "article", "verdict", "note", "sentence"))
        w.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
