#!/usr/bin/env python3
"""Round names52: the persons of development gold sets, in-process (fast; ``score.py`` stays the measure).

For each gold article of each set (``--set NAME GOLD CORPUS``, repeatable; never a held-out set), runs
:func:`kg.pipeline.process` on "title, blank line, text" and compares the person entities' labels with the gold
persons as ``score.py`` does (case and diacritics folded): a gold name no person bears is a miss; a person label
that neither holds nor is held by any gold name is a false person. Prints one line a miss or false person: set,
article, miss/false, name, and the first sentence-sized window of the text that holds it.

    .venv/bin/python scripts/names52_persons.py --set dev /work/shared/eval/dev_gold.json CORPUS.jsonl.gz ...
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.pipeline import process  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", str(s)).replace("đ", "d").replace("Đ", "D")
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", s).strip().casefold()


def window(text: str, name: str) -> str:
    i = fold(text).find(fold(name))
    if i < 0:
        return "-"
    return text[max(0, i - 90): i + len(name) + 60].replace("\n", " / ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs=3, action="append", metavar=("NAME", "GOLD", "CORPUS"), required=True)
    a = ap.parse_args()
    for name, gold_path, corpus in a.set:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        want = {"baomoi-" + art["id"] for art in gold}
        opener = gzip.open if corpus.endswith(".gz") else open
        with opener(corpus, "rt", encoding="utf-8") as f:
            recs = {r["id"]: r for r in map(json.loads, f) if r["id"] in want}
        for art in gold:
            rec = recs["baomoi-" + art["id"]]
            text = rec["title"] + "\n\n" + rec["text"] + "\n"
            res = process(rec["id"], text)
            got = {fold(e.label): e.label for e in res.links.entities.values() if e.kind == "person"}
            gold_names = {fold(p["name"]): p["name"] for p in art["persons"]}
            for g in sorted(set(gold_names) - set(got)):
                print(f"{name}\t{art['id']}\tmiss\t{gold_names[g]}\t{window(text, gold_names[g])}")
            for n in sorted(got):
                if not any(n in gn or gn in n for gn in gold_names):
                    print(f"{name}\t{art['id']}\tfalse\t{got[n]}\t{window(text, got[n])}")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
