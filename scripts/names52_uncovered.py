#!/usr/bin/env python3
"""Round names52: capitalised runs of a foreign shape that no person mention of a whole-corpus build covers.

A run is two to four adjacent capitalised words (letters, hyphens, apostrophes) of which at least one is no
Vietnamese syllable or is a hyphenated transliteration (:func:`kg.extract.names.is_foreign`). Runs that overlap a
person mention (``#char=S,E`` → ``/id/person/``) of BUILD.nq are covered; the rest are drawn at random (``--seed``)
with the words before and after them, held-out ids (``--skip``) dropped before anything is read or printed.

    .venv/bin/python scripts/names52_uncovered.py BUILD.nq --skip /work/wt/held_ids.txt --seed 961 -n 60
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.names import is_foreign  # noqa: E402

MENTION = re.compile(r"^<https://w3id\.org/vnreport-kg/id/report/([^#>]+)#char=(\d+),(\d+)> "
                     r"<http://www\.w3\.org/2005/11/its/rdf#taIdentRef> <https://w3id\.org/vnreport-kg/id/person/")
CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
RUN = re.compile(rf"(?<![\w-])[{CAP}][\w'’-]*(?: [{CAP}][\w'’-]*){{1,3}}(?![\w-])")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--corpus", default="/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
    ap.add_argument("--skip", required=True)
    ap.add_argument("--seed", type=int, default=961)
    ap.add_argument("-n", type=int, default=60)
    a = ap.parse_args()
    skip = {ln.strip() for ln in open(a.skip, encoding="utf-8") if ln.strip()}
    spans: dict[str, list[tuple[int, int]]] = {}
    with open(a.build, encoding="utf-8") as f:
        for ln in f:
            if "/id/person/" in ln and (m := MENTION.match(ln)) and m.group(1) not in skip:
                spans.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
    rows = []
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for rec in map(json.loads, f):
            if rec["id"] in skip:
                continue
            text = rec["title"] + "\n\n" + rec["text"] + "\n"
            own = spans.get(rec["id"], [])
            for m in RUN.finditer(text):
                words = m.group(0).split()
                if not any(is_foreign(w) for w in words) or any(w.isupper() and len(w) > 1 for w in words):
                    continue
                if any(s < m.end() and m.start() < e for s, e in own):
                    continue
                rows.append((rec["id"], m.group(0), text[max(0, m.start() - 50): m.end() + 40].replace("\n", " / ")))
    print(f"{len(rows)} uncovered foreign-shaped runs in {len({r[0] for r in rows})} articles")
    random.Random(a.seed).shuffle(rows)
    for r in rows[: a.n]:
        print("\t".join(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
