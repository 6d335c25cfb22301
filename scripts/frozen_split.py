#!/usr/bin/env python3
"""Pick the frozen split: 20 articles of the genre, chosen with a fixed seed, that no other set uses.

The genre: an article that names at least one person with a post title (a post head followed by a
capitalised word, or an honorific followed by a capitalised name). Articles between 500 and 3,500
characters only, so that 20 of them can be annotated by hand. 14 are drawn from the whole pool and 6
from the articles that mention an award (Huân chương, Bằng khen, Huy hiệu, Cờ thi đua, danh hiệu),
so that award conferrals are measured too (the train set was drawn the same way).

    python scripts/frozen_split.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude ../shared/eval/dev_gold.json ../shared/eval/train_gold.json \
        tests/data/articles.jsonl tests/data/corpus-sample.jsonl -o tests/data/frozen.jsonl

The split is written once and never chosen again; its gold is annotated by hand (tests/data/frozen_gold.json).
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import random
import re

POST = re.compile(r"\b(Chủ tịch|Phó Chủ tịch|Bí thư|Bộ trưởng|Thứ trưởng|Giám đốc|Chánh|Trưởng ban|Trưởng Ban|"
                  r"Ủy viên|Thủ tướng|Tổng Bí thư|Chủ nhiệm|Tư lệnh|Viện trưởng|Hiệu trưởng)\s+[^\n]{0,80}?"
                  r"\b(ông|bà|đồng chí)?\s*[A-ZĐÂĂÊÔƠƯ][\w]+ [A-ZĐÂĂÊÔƠƯ]\w+")
PERSON = re.compile(r"\b(ông|bà|đồng chí)\s+[A-ZĐ][\wà-ỹ]+\s+[A-ZĐ][\wà-ỹ]+")
AWARD = re.compile(r"Huân chương|Bằng khen|Huy hiệu|Cờ thi đua|danh hiệu")


def excluded(paths: list[pathlib.Path]) -> set[str]:
    ids: set[str] = set()
    for p in paths:
        text = p.read_bytes().decode("utf-8", errors="replace")  # the sample holds deliberately broken lines
        if p.suffix == ".json":
            ids |= {"baomoi-" + a["id"] for a in json.loads(text)}
            continue
        for ln in text.splitlines():
            try:
                ids.add(json.loads(ln)["id"])
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def of_genre(text: str, either: bool = False) -> bool:
    """The genre: a post title before a capitalised name and an honorific name (``either``: one but not both)."""
    post, person = bool(POST.search(text)), bool(PERSON.search(text))
    return post != person if either else post and person


def draw(pool: list[dict], seed: int, count: int, awards: int) -> list[dict]:
    """``awards`` records drawn from the pool's records that mention an award, the rest of ``count`` from the others,
    with one generator seeded with ``seed`` (the pool sorted by id)."""
    rng = random.Random(seed)
    with_award = [r for r in pool if AWARD.search(r["text"])]
    picked = rng.sample(with_award, min(awards, len(with_award)))
    rest = [r for r in pool if r not in picked]
    return picked + rng.sample(rest, count - len(picked))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--count", type=int, default=20, help="articles to draw (default 20)")
    ap.add_argument("--awards", type=int, default=6, help="of which drawn from articles with an award (default 6)")
    ap.add_argument("--max-chars", type=int, default=3500,
                    help="longest article to draw, in characters (default 3500)")
    ap.add_argument("--either", action="store_true",
                    help="draw from the articles that show a post title or an honorific name but not both "
                         "(the neighbours of the genre, once the genre itself is used up)")
    ap.add_argument("-o", "--out", type=pathlib.Path, required=True)
    a = ap.parse_args()
    skip = excluded(a.exclude)
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        recs = [r for r in map(json.loads, f) if r["id"] not in skip]
    pool = sorted((r for r in recs if 500 <= len(r["text"]) <= a.max_chars and of_genre(r["text"], a.either)),
                  key=lambda r: r["id"])
    awards = [r for r in pool if AWARD.search(r["text"])]
    picked = draw(pool, a.seed, a.count, a.awards)
    with a.out.open("w", encoding="utf-8") as f:
        for r in sorted(picked, key=lambda r: r["id"]):
            f.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
    print(f"{len(pool)} articles of the genre ({len(awards)} with awards); wrote {len(picked)} to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
