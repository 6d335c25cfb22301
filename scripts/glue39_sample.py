#!/usr/bin/env python3
"""Count and sample corpus places where a capitalised sentence opener follows a word with no punctuation between
(round glue39: a sub-heading glued to the next sentence), and count graph labels that end in such an opener word.

    PYTHONPATH=. .venv/bin/python -P scripts/glue39_sample.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl ... tests/data/frozen8.jsonl --seed 479 [--nq base.nq]

A place: a word (letters or digits) then one space then an OPENER word (capitalised) — one line each: id, the word
before, the opener, "cut" when the tree's segmenter starts a sentence there (else "-"), 60 characters either side.
Articles whose ids are in an --exclude file are skipped.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import random
import re
import sys
from collections import Counter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import skip_ids  # noqa: E402

from kg.extract.document import Document  # noqa: E402
from kg.extract.segment import segment  # noqa: E402

OPENERS = ("Cũng", "Về", "Theo", "Trong", "Tại", "Sau", "Trước", "Ngày", "Chiều", "Sáng", "Tối", "Trưa", "Hiện",
           "Tuy nhiên", "Ngoài ra", "Bên cạnh", "Đồng thời", "Được biết", "Do đó", "Vì vậy", "Qua đó", "Từ đó",
           "Đặc biệt", "Cụ thể", "Thực hiện", "Dự kiến", "Đến nay", "Tính đến", "Trước đó", "Sau đó", "Riêng")
PLACE = re.compile(r"(?<=[\wÀ-ỹ]) (" + "|".join(sorted(OPENERS, key=len, reverse=True)) + r")\b")
LABEL = re.compile(r'<http://www\.w3\.org/2000/01/rdf-schema#label> "([^"]*) (' + "|".join(OPENERS) + r')"')


def places(corpus: pathlib.Path, skip: set[str]) -> list[str]:
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for rec in map(json.loads, f):
            if rec["id"] in skip or rec["id"].removeprefix("baomoi-") in skip:
                continue
            text = f"{rec['title']}\n\n{rec['text']}"
            starts = {st.start for st in segment(Document(rec["id"], text)).sentences}
            for m in PLACE.finditer(text):
                before = text[max(0, m.start() - 60) : m.start()].rsplit("\n", 1)[-1]
                after = text[m.start() + 1 : m.start() + 61].split("\n", 1)[0]
                word = before.rsplit(" ", 1)[-1]
                cut = "cut" if m.start() + 1 in starts else "-"
                out.append(f"{rec['id']}\t{word}\t{m.group(1)}\t{cut}\t{before} ‖ {after}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=479)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--nq", type=pathlib.Path)
    a = ap.parse_args()
    found = places(a.corpus, skip_ids(a.exclude))
    lower = [ln for ln in found if ln.split("\t")[1][:1].islower()]
    cuts = sum(ln.split("\t")[3] == "cut" for ln in found)
    print(f"# places {len(found)}; after a lower-case word {len(lower)}; cut {cuts}; by opener "
          + ", ".join(f"{k} {v}" for k, v in Counter(ln.split("\t")[2] for ln in found).most_common()))
    if a.nq:
        kinds: Counter[str] = Counter()
        for ln in a.nq.open(encoding="utf-8"):
            m = LABEL.search(ln)
            if m:
                kinds[ln.split(" ", 1)[0].rsplit("/", 2)[-2]] += 1
                print("# label\t" + ln.split(" ", 1)[0] + "\t" + m.group(1) + " " + m.group(2))
        print("# labels ending in an opener, by IRI kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    for ln in random.Random(a.seed).sample(found, min(a.n, len(found))):
        print(ln)


if __name__ == "__main__":
    main()
