"""Issue 8, item 3, the other side: good event names lost as head-only references.

Runs the pipeline over a corpus (JSON Lines, as ``kg build --corpus`` reads it) and writes a fixed-seed random
sample of the event mentions that are head-only references ("Hội nghị" with no name), each with the words of
its sentence that follow the head, as a TSV to judge by hand (``verdict``: ``lost`` when the text right after the
head gives the event's whole name — "Đại hội thể thao Đông Nam Á lần thứ 31 …" read as "Đại hội" — else ``ref``).
``--judged FILE`` reads a judged copy back and prints the count of lost names. Also prints how many event mentions
are named and how many are references.

    .venv/bin/python scripts/corpus_event_refs.py CORPUS.jsonl.gz [--sample 100 --seed 8] [--write F] [--judged F]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

from kg import pipeline
from kg.corpus.records import Record, read_records

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import judged  # noqa: E402  (the sibling script's reader of judged samples)


def references(corpus: Path) -> tuple[int, list[tuple[str, str, str]]]:
    """(named event mentions, [(article id, head as written, the sentence after the head)] of the references)."""
    named, refs = 0, []
    for rec in read_records(corpus):
        if not isinstance(rec, Record):
            continue
        doc = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date).doc
        for m in doc.mentions:
            if m.kind != "event":
                continue
            if not m.attr("ref"):
                named += 1
                continue
            after = doc.text[m.end : min(doc.sentences[m.sentence].end, m.end + 120)]
            refs.append((rec.doc_id, m.text, " ".join(after.split())))
    return named, refs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--write", type=Path, help="write the sample as a TSV to judge")
    ap.add_argument("--judged", type=Path, help="a judged sample TSV: print its count of lost names")
    args = ap.parse_args(argv)
    if args.judged:
        try:
            lost, rows = judged(args.judged, ('ref', 'lost'))
        except (OSError, ValueError, KeyError) as exc:
            print(f"corpus_event_refs: {exc}", file=sys.stderr)
            return 2
        print(f"judged sample {args.judged}: {lost} lost names of {rows} references")
        return 0
    if not args.corpus.is_file():
        print(f"corpus_event_refs: no such file: {args.corpus}", file=sys.stderr)
        return 2
    named, refs = references(args.corpus)
    print(f"event mentions: {named} named, {len(refs)} head-only references")
    picked = sorted(random.Random(args.seed).sample(range(len(refs)), min(args.sample, len(refs))))
    if args.write:
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "verdict", "why", "article", "head", "after"])
            for n, i in enumerate(picked, 1):
                w.writerow([n, "", "", *refs[i]])
        print(f"sample of {len(picked)} (seed {args.seed}) written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
