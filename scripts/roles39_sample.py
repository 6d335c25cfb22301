#!/usr/bin/env python3
"""Sample corpus sentences where a role word of round roles39 stands next to a person mention (issue 8, recall
class B: role posts not attached), with the posts the extractor gives each person of the sentence.

    PYTHONPATH=. .venv/bin/python -P scripts/roles39_sample.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/devown*.jsonl tests/data/frozen*.jsonl --gold ../shared/eval/*_gold.json --seed 479

Articles whose ids are in an --exclude file (JSON lines) or a --gold file (JSON list) are skipped. A sentence is a
candidate when a role word (ROLES, case folded) starts within 60 characters of a person mention's end or start.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import re
import sys
from collections.abc import Iterable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import held_posts, print_sample  # noqa: E402

from kg.pipeline import process  # noqa: E402

ROLES = re.compile(r"(?i)\b(trưởng kíp|trinh sát|chủ cơ sở|thành viên hội đồng|quản lý của|trưởng đoàn|"
                   r"phó trưởng đoàn|nhân viên y tế|chuyên viên)\b")


def _ids(path: pathlib.Path) -> set[str]:
    if path.suffix == ".json":
        return {str(a["id"]) for a in json.loads(path.read_text(encoding="utf-8"))}
    with path.open(encoding="utf-8") as f:
        return {json.loads(ln)["id"] for ln in f if ln.strip()}


def candidates(corpus: pathlib.Path, skip: set[str]) -> list[str]:
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        return candidates_of(r for r in map(json.loads, f)
                             if r["id"] not in skip and r["id"].removeprefix("baomoi-") not in skip)


def candidates_of(recs: Iterable[dict[str, str]]) -> list[str]:
    """One line per sentence with a role word near a person mention: id, role word, marked sentence, posts."""
    found: list[str] = []
    for rec in recs:
        if not ROLES.search(rec["text"]):
            continue
        res = process(rec["id"], f"{rec['title']}\n\n{rec['text']}")
        text, held = res.doc.text, held_posts(res, "label")
        for sent in res.doc.sentences:
            s = text[sent.start : sent.end]
            persons = [m for m in res.doc.mentions if m.kind == "person" and sent.start <= m.start < sent.end]
            for rm in ROLES.finditer(s):
                a = sent.start + rm.start()
                near = [p for p in persons if abs(a - p.end) <= 60 or abs(p.start - (a + len(rm[0]))) <= 60]
                if near:
                    got = "; ".join(f"{p.text}: {' | '.join(held.get(p.text, [])) or '—'}" for p in near)
                    found.append(f"{rec['id']}\t{rm[0]}\t{s[: rm.start()]}[[{rm[0]}]]{s[rm.end():]}\t{got}")
                    break
    return found


def _again(corpus: pathlib.Path, before: list[str]) -> int:
    """The sentences of an earlier sample, in its order, with the posts the extractor now gives their persons."""
    want = {ln.split("\t")[0] for ln in before}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        recs = [r for r in map(json.loads, f) if r["id"] in want]
    now = {(ln.split("\t")[0], ln.split("\t")[2]): ln for ln in candidates_of(recs)}
    print(f"sentences {len(before)}")
    for ln in before:
        f3 = ln.split("\t")
        print(now.get((f3[0], f3[2]), f"{f3[0]}\t{f3[1]}\t{f3[2]}\t(no person mention now)"))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--gold", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--seed", type=int, default=479)
    ap.add_argument("--same-as", type=pathlib.Path, help="an earlier output: its sentences again, in order")
    a = ap.parse_args()
    skip = set().union(*(_ids(p) for p in [*a.exclude, *a.gold]))
    if a.same_as:
        return _again(a.corpus, a.same_as.read_text(encoding="utf-8").splitlines()[1:])
    found = candidates(a.corpus, skip)
    print_sample(f"candidate sentences {len(found)}", found, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
