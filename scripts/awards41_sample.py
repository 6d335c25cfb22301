"""Round awards41 (issue 8, item 2): draw corpus articles that confer awards, to annotate blind.

An article qualifies when its title or text (≤ ``--max`` chars) holds an award word and a conferral verb; articles
whose ids occur in ``--exclude`` files (ids only: JSON lines' ``id`` or any 8-digit id in a text file) are left out.
Every award article of the corpus already occurs in some hand-judged sample of scripts/data (ids only are read),
so ``--seen`` files (sentence samples) do not exclude: the articles no award/giver sample names come first, the rest
of ``-n`` is a seeded draw among the others. Prints the drawn articles as JSON lines (id, title, text).

    .venv/bin/python scripts/awards41_sample.py --corpus CORPUS.jsonl.gz --exclude FILES... --seen scripts/data/* \
        [--seed 569] [-n 12]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

AWARD = re.compile(r"(?<!\w)(?:Huân chương|Huy chương|Huy hiệu|Kỷ niệm chương|Bằng khen|Giấy khen|Cờ thi đua"
                   r"|danh hiệu|Chiến sĩ thi đua|giải thưởng)(?!\w)", re.IGNORECASE)
VERB = re.compile(r"(?<!\w)(?:tặng|trao|trao tặng|tặng thưởng|khen thưởng|truy tặng|phong tặng)(?!\w)", re.IGNORECASE)
ID = re.compile(r"\b2[0-9]{7}\b")


def excluded(paths: list[Path]) -> set[str]:
    out: set[str] = set()
    for p in paths:
        out |= set(ID.findall(p.read_text(encoding="utf-8", errors="replace")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="+", required=True)
    ap.add_argument("--seed", type=int, default=569)
    ap.add_argument("-n", type=int, default=12)
    ap.add_argument("--max", type=int, default=6000)
    ap.add_argument("--seen", type=Path, nargs="*", default=[],
                    help="sentence samples (ids only): ranked, not excluded")
    args = ap.parse_args(argv)
    skip = excluded(args.exclude)
    pool = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for ln in fh:
            rec = json.loads(ln)
            aid = str(rec["id"]).removeprefix("baomoi-")
            body = rec["title"] + "\n" + rec["text"]
            if aid in skip or len(rec["text"]) > args.max:
                continue
            if AWARD.search(body) and VERB.search(body):
                pool.append(rec)
    print(f"{len(pool)} articles qualify", file=sys.stderr)
    award_seen = excluded([p for p in args.seen if re.search(r"award|giver|conferr", p.name)])
    fresh = [r for r in pool if str(r["id"]).removeprefix("baomoi-") not in award_seen]
    rest = [r for r in pool if r not in fresh]
    drawn = fresh[: args.n]
    drawn += random.Random(args.seed).sample(rest, min(args.n - len(drawn), len(rest)))
    print(f"{len(fresh)} in no award sample, {len(drawn) - len(fresh[: args.n])} drawn from {len(rest)}",
          file=sys.stderr)
    for rec in sorted(drawn, key=lambda r: r["id"]):
        print(json.dumps({"id": rec["id"], "title": rec["title"], "text": rec["text"]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
