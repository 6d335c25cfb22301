#!/usr/bin/env python3
"""Round names44: name shapes of ordinary people (no title) that a build does NOT make persons.

A *shape* is a run of two to four capitalised words (:data:`names42_shapes.RUN`) in "title\\n\\ntext" that is
    cued   right after a lower-case form of address or person word ("anh", "chị", "bà", "ông", "cụ", "cháu", "em",
           "bé", "nạn nhân", "đối tượng", "bị can", "bị cáo", "nghi phạm")
    aged   right before a bracketed age or birth year ("(40 tuổi", "(SN 1980", "(sinh năm 1980")
It is *missed* when no person mention of the build (``#char=S,E`` → ``/id/person/``) overlaps it. Articles of
``--exclude`` and ``--skip`` are dropped before anything is read. Prints the counts and writes a seeded sample of
the missed shapes (``--seed``, ``-n``) as a TSV to judge by hand; ``--after BUILD2`` adds whether a second build now
has a person mention over each sampled row.

    python scripts/names44_shapes.py BUILD.nq --corpus CORPUS.jsonl.gz --exclude ... --skip SKIP --write FILE.tsv
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from names42_shapes import RUN, person_spans, sentence, skipped  # noqa: E402

from kg.extract.normalise import normalise_text  # noqa: E402

CUE = re.compile(r"(?:^|[\s(,])(anh|chị|bà|ông|cụ|cháu|em|bé|nạn nhân|đối tượng|bị can|bị cáo|nghi phạm) $")
AGED = re.compile(r"^ ?\((?:\d{1,3} tuổi|SN \d{4}|sinh năm \d{4})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("build", type=pathlib.Path)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--skip", type=pathlib.Path)
    ap.add_argument("--seed", type=int, default=844)
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--write", type=pathlib.Path)
    ap.add_argument("--after", type=pathlib.Path, help="a second build: is each sampled row a person there")
    a = ap.parse_args()
    skip, spans = skipped(a.exclude, a.skip), person_spans(a.build)
    spans2 = person_spans(a.after) if a.after else {}
    missed: list[tuple[str, str, int, int, str, str]] = []
    counts = {"cued": [0, 0], "aged": [0, 0]}
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip:
                continue
            text = normalise_text(f"{rec['title']}\n\n{rec['text']}")
            for m in RUN.finditer(text):
                if len(m.group().split(" ")) > 4:
                    continue
                kind = "cued" if CUE.search(text[max(0, m.start() - 12): m.start()]) else \
                    "aged" if AGED.match(text[m.end(): m.end() + 20]) else None
                if kind is None:
                    continue
                hit = any(s < m.end() and m.start() < e for s, e in spans.get(rec["id"], []))
                counts[kind][hit] += 1
                if not hit:
                    missed.append((kind, rec["id"], m.start(), m.end(), m.group(), sentence(text, m.start(), m.end())))
    for k, (miss, hit) in counts.items():
        print(f"{k}: {hit + miss} shapes, {miss} missed")
    rows = random.Random(a.seed).sample(missed, min(a.n, len(missed)))
    if a.write:
        with a.write.open("w", encoding="utf-8") as out:
            out.write("n\tshape\tarticle\tspan\trun\tafter\tsentence\n")
            for n, (k, art, s, e, run, sent) in enumerate(sorted(rows, key=lambda r: (r[1], r[2])), 1):
                now = "person" if any(x < e and s < y for x, y in spans2.get(art, [])) else "-"
                out.write(f"{n}\t{k}\t{art}\t{s}-{e}\t{run}\t{now if a.after else ''}\t{sent.replace(chr(10), ' ')}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
