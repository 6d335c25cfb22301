"""Round events42h: corpus instances (held-out ids dropped before anything is read) of an event head followed in
its sentence by a country's mission or a group living abroad, its country's name and "tại" with a capitalised
place (the construction ``kg/extract/event_seat.py`` reads), with one seeded sample of up to N to judge by hand.

    python scripts/events42h_seat.py CORPUS.jsonl.gz --seed 677 --n 60 --write FILE --exclude … --skip …
"""
from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import shape_args, skipped, titled_sentences  # noqa: E402

HEAD = re.compile(r"(?<!\w)(?:hội nghị|hội thảo|lễ|buổi|cuộc|kỳ họp|đại hội|họp mặt|diễn đàn)(?!\w)", re.IGNORECASE)
CAP = r"[A-ZĐÀ-Ỹ][\w-]*"
SEAT = re.compile(r"(?<!\w)(?:(?:Tổng )?[Ll]ãnh sự quán|Đại sứ quán|đại sứ quán|sinh viên|lưu học sinh|cộng đồng|"
                  r"kiều bào)((?: (?:" + CAP + r"|người)){0,4}) tại((?: " + CAP + r"){1,3})(?=[\s,.;:)]|$)")


def main(argv: list[str] | None = None) -> int:
    args = shape_args(677).parse_args(argv)
    ids = skipped(args)
    hits: list[tuple[str, str]] = []
    for aid, _title, s in titled_sentences(args.corpus, ids):
        for m in SEAT.finditer(s):
            h = [x for x in HEAD.finditer(s, 0, m.start()) if m.start() - x.end() < 80]
            if h:
                hits.append((aid, s[h[-1].start() : m.end() + 40].strip()))
    print(f"instances: {len(hits)} in {len({a for a, _ in hits})} articles")
    sample = sorted(random.Random(args.seed).sample(hits, min(args.sample, len(hits))))
    with args.write.open("w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter="\t", lineterminator="\n")
        w.writerow(["article", "snippet", "verdict", "note"])
        for aid, snip in sample:
            w.writerow([aid, snip, "", ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
