"""Round events42f: corpus instances of event heads the lexicon lacks (held-out ids dropped before anything is
read), counted per head, with one seeded sample of up to N over all heads to judge by hand; each row carries the
conditions that may mark a report (a date in the sentence, "tổ chức", "đã", the head in the article's title).

    python scripts/events42f_heads.py CORPUS.jsonl.gz --seed 659 --n 60 --write FILE --exclude … --skip …
"""
from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_args, skipped, titled_sentences  # noqa: E402

HEADS = {
    "cuoc-hoi-dam": re.compile(r"(?<!\w)cuộc hội đàm(?!\w)", re.IGNORECASE),
    "buoi-gap-go": re.compile(r"(?<!\w)buổi gặp gỡ(?!\w)", re.IGNORECASE),
    "ngay-hoi": re.compile(r"(?<!\w)ngày hội\s+\w", re.IGNORECASE),
    "chuong-trinh-quoted": re.compile(r"(?<!\w)chương trình [“\"]", re.IGNORECASE),
    "dhdcd": re.compile(r"(?<!\w)đại hội đồng cổ đông(?!\w)", re.IGNORECASE),
}
DATE = re.compile(r"(?<!\w)(?:sáng|chiều|tối|trưa|ngày|hôm) (?:nay|qua|\d{1,2}\s?[-/.]\s?\d{1,2})", re.IGNORECASE)


def _marks(sent: str, title: str, rx: re.Pattern[str]) -> str:
    marks = [m for m, ok in (("date", DATE.search(sent)), ("to-chuc", "tổ chức" in sent),
                             ("da", re.search(r"(?<!\w)(?:đã|vừa) ", sent)), ("title", rx.search(title))) if ok]
    return ",".join(marks)


def main(argv: list[str] | None = None) -> int:
    args = shape_args(659).parse_args(argv)
    ids = skipped(args)
    hits: list[tuple[str, str, str, str]] = []
    counts = dict.fromkeys(HEADS, 0)
    for aid, title, s in titled_sentences(args.corpus, ids):
        for head, rx in HEADS.items():
            if rx.search(s):
                counts[head] += 1
                hits.append((head, aid, _marks(s, title, rx), " ".join(s.split())))
    for head, n in counts.items():
        print(head, n, file=sys.stderr)
    drawn = sorted(random.Random(args.seed).sample(hits, min(args.sample, len(hits))))
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(("head", "article", "marks", "verdict", "name", "sentence"))
        w.writerows((h, a, m, "", "", s) for h, a, m, s in drawn)
    return 0


if __name__ == "__main__":
    sys.exit(main())
