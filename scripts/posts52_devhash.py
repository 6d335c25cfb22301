#!/usr/bin/env python3
"""Round posts52: hash every development article's single-article RDF (as scripts/score.py builds it) with the tree
whose Python runs this script, to find the development articles whose output a change moves (only those then need
scoring: an article whose RDF is the same scores the same). The held-out sets (frozen2-8, devown14-19) are skipped by
name before any file is opened, and the held-out ids are skipped.

    cd TREE && .venv/bin/python /path/to/scripts/posts52_devhash.py OUT.tsv   → id TAB hash TAB sets
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys

from kg.pipeline import process, to_rdf

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data")
SHARED = "/work/shared"
HELD = re.compile(r"frozen[2-8]|devown1[4-9]")


def main() -> None:
    held = {s.strip() for s in open("/work/wt/held_ids.txt", encoding="utf-8")}
    sets = {"dev": (f"{SHARED}/eval/dev_gold.json", None), "train": (f"{SHARED}/eval/train_gold.json", None),
            "articles": (f"{DATA}/articles.gold.json", f"{DATA}/articles.jsonl")}
    for g in sorted(os.listdir(DATA)):
        if g.endswith("_gold.json") and not HELD.fullmatch(g[:-10]):
            sets[g[:-10]] = (f"{DATA}/{g}", f"{DATA}/{g[:-10]}.jsonl")
    need: dict[str, set[str]] = {}
    for s, (gold, _) in sets.items():
        for a in json.load(open(gold, encoding="utf-8")):
            need.setdefault(str(a["id"]).replace("baomoi-", ""), set()).add(s)
    texts: dict[str, str] = {}
    sources = [c for _, c in sets.values() if c] + [f"{SHARED}/corpus/baomoi-gov-2017.jsonl.gz"]
    for c in sources:
        if not os.path.exists(c):
            continue
        with (gzip.open(c, "rt", encoding="utf-8") if c.endswith(".gz") else open(c, encoding="utf-8")) as f:
            for line in f:
                d = json.loads(line)
                i = str(d["id"]).replace("baomoi-", "")
                if i in need and i not in texts and "baomoi-" + i not in held:
                    texts[i] = d["title"] + "\n\n" + d["text"]
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for i in sorted(texts):
            nq = to_rdf(process("art" + i, texts[i])).serialize(format="nquads")
            h = hashlib.sha256("".join(sorted(nq.splitlines())).encode()).hexdigest()[:16]
            out.write(f"{i}\t{h}\t{','.join(sorted(need[i]))}\n")
    print(len(texts), "of", len(need))


if __name__ == "__main__":
    main()
