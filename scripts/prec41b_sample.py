#!/usr/bin/env python3
"""Round prec41b (issue 8, precision): bylines taken as persons, and the four constructions the last rounds left.

One pass over the unannotated articles of the corpus (the --exclude files' ids, the development sets, the shared
gold and --skip dropped): (a) every person node with a mention within 40 characters of a byline cue ("Ảnh",
"Theo", "Nguồn", "Bài", "Tin") or of the article's end, and a seeded sample of them; (b)–(e) every regex instance of
the text with the article's post holdings, bodies and persons near it.

    PYTHONPATH=. python -P scripts/prec41b_sample.py --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl \
        tests/data/devown14.jsonl tests/data/devown15.jsonl /work/wt/devown16_ids.jsonl \
        --skip /work/wt/skip_ids.txt --seed 593 --count 100 --out /tmp/p41b
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prec40b_strata  # noqa: E402

from kg import pipeline  # noqa: E402
from kg.corpus.records import Record, read_records  # noqa: E402

CUE = re.compile(r"\b(?:Ảnh|Theo|Nguồn|Bài|Tin)\b")
CLASSES = {
    "b": re.compile(r"[,–-] (?:Sở|Phòng|Cục|Chi cục|UBND|Công an|Ban|Bộ|Trung tâm)[^,.;\n]{0,60}? xác nhận"),
    "c": re.compile(r"thuyền trưởng tàu"),
    "d": re.compile(r"Đoàn đại biểu Quốc hội"),
    "e": re.compile(r"quy định chức danh"),
}


def _near(text: str, start: int, end: int) -> bool:
    if len(text.rstrip()) - end <= 40:
        return True
    return any(m.end() >= start - 40 and m.start() <= end + 40 for m in CUE.finditer(text, max(0, start - 45),
                                                                                       min(len(text), end + 45)))


def _one(rec: Record, byl: list[str], inst: dict[str, list[str]]) -> None:
    res = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    text = res.doc.text
    for ent in res.links.entities.values():
        if ent.kind != "person":
            continue
        near = [m for m in ent.mentions if _near(text, m.start, m.end)]
        if near:
            m = near[0]
            ctx = text[max(0, m.start - 60):m.end + 60].replace("\n", " ¶ ").replace("\t", " ")
            byl.append(f"{rec.doc_id}\t{ent.label}\t{ctx}")
    hits = {k: list(p.finditer(text)) for k, p in CLASSES.items()}
    if not any(hits.values()):
        return
    posts = [str(dict(f.props)["rdfs:label"].value) for f in res.facts if f.cls == "PostHolding"]  # type: ignore[union-attr]
    for k, ms in hits.items():
        for m in ms:
            ctx = text[max(0, m.start() - 150):m.end() + 80].replace("\n", " ¶ ").replace("\t", " ")
            inst[k].append(f"{rec.doc_id}\t{ctx}\t" + " | ".join(posts))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--skip", default="")
    ap.add_argument("--seed", type=int, default=593)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--out", required=True, help="a directory")
    a = ap.parse_args()
    skip = prec40b_strata._skip(a.exclude)
    if a.skip:
        skip |= {ln.strip().removeprefix("baomoi-") for ln in open(a.skip, encoding="utf-8") if ln.strip()}
    byl: list[str] = []
    inst: dict[str, list[str]] = {k: [] for k in CLASSES}
    for rec in read_records(prec40b_strata.CORPUS):
        if isinstance(rec, Record) and rec.doc_id.removeprefix("baomoi-") not in skip:
            _one(rec, byl, inst)
    out = Path(a.out)
    (out / "bylines_all.tsv").write_text("".join(r + "\n" for r in byl), encoding="utf-8")
    drawn = random.Random(a.seed).sample(byl, min(a.count, len(byl)))
    (out / "bylines_sample.tsv").write_text("".join(r + "\n" for r in drawn), encoding="utf-8")
    for k, rows in inst.items():
        (out / f"class_{k}.tsv").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"# {len(byl)} person nodes near a byline cue, {len(drawn)} drawn; " +
          ", ".join(f"{k}: {len(v)}" for k, v in inst.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
