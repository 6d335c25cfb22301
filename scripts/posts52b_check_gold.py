"""Check a hand-annotated gold file against its articles: every person name and every post must occur verbatim in
"title\\n\\ntext" of its article; prints the totals (articles, persons, pairs).

Usage: python scripts/posts52b_check_gold.py tests/data/posts52b.jsonl tests/data/posts52b_gold.json
"""
from __future__ import annotations

import json
import sys


def main(articles: str, gold: str) -> int:
    texts = {}
    with open(articles, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts[d["id"].removeprefix("baomoi-")] = d["title"] + "\n\n" + d["text"]
    bad = persons = pairs = 0
    entries = json.load(open(gold, encoding="utf-8"))
    for entry in entries:
        full = texts[entry["id"]]
        for p in entry["persons"]:
            persons += 1
            for s in [p["name"], *p["posts"]]:
                if s not in full:
                    print("not verbatim:", entry["id"], s)
                    bad += 1
            pairs += len(p["posts"])
    print(f"articles {len(entries)} persons {persons} pairs {pairs} not verbatim {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
