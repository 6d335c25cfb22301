#!/usr/bin/env python3
"""Every PostHolding label of the development sets, one line an article and pair (round prec40c, issue 8): run on
two trees (PYTHONPATH) and diff the outputs to see which person–post pairs a change moves.

    PYTHONPATH=. python -P scripts/prec40c_devpairs.py [--persons] > /tmp/pairs_after.txt

(``--persons``: the labels of the person entities too.)

The development sets only: tests/data/{devown…devown13,frozen}.jsonl and the articles of the shared train and dev
gold (read from the corpus by id); no held-out file is opened.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg import pipeline
from kg.corpus.records import Record, read_records

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
DEV = ["devown", "devown2", "devown3", "devown5", "devown6", "devown7", "devown8", "devown9", "devown10",
       "devown11", "devown12", "devown13", "frozen"]


def _labels(rec: Record) -> list[str]:
    res = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    people = [f"person {e.label}" for e in res.links.entities.values()
              if e.kind == "person" and "--persons" in sys.argv]
    return sorted([str(dict(f.props)["rdfs:label"].value) for f in res.facts  # type: ignore[union-attr]
                   if f.cls == "PostHolding"] + people)


def main() -> int:
    for n in DEV:
        for rec in read_records(ROOT / f"tests/data/{n}.jsonl"):
            if isinstance(rec, Record):
                print("\n".join(f"{n}\t{rec.doc_id}\t{x}" for x in _labels(rec)))
    for g in ("train", "dev"):
        ids = {str(a["id"]) for a in json.loads(Path(f"/work/shared/eval/{g}_gold.json").read_text(encoding="utf-8"))}
        for rec in read_records(CORPUS):
            if isinstance(rec, Record) and rec.doc_id.removeprefix("baomoi-") in ids:
                print("\n".join(f"{g}\t{rec.doc_id}\t{x}" for x in _labels(rec)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
