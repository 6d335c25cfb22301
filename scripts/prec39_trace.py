#!/usr/bin/env python3
"""Which attachment of ``kg/extract/facts/holdings.py`` gave each holding (issue 8, round prec39).

    PYTHONPATH=. .venv/bin/python -P scripts/prec39_trace.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        < rows.tsv

Reads tab-separated rows (n, article, "person — post" label) on stdin, runs the pipeline on each article with
``_holding`` wrapped, and prints the row with the construction that gave it: ``chain-before`` (``_chain_before``),
``post-after`` (``_posts_after``), or the caller's name and line (a list header, a role, a post named first).
"""
from __future__ import annotations

import argparse
import inspect
import sys
import traceback
from typing import Any

from kg import pipeline
from kg.corpus.records import Record, read_records
from kg.extract.facts import holdings as h


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    a = ap.parse_args()
    want: dict[str, list[list[str]]] = {}
    for line in sys.stdin:
        if line.strip() and not line.startswith("#"):
            row = line.rstrip("\n").split("\t")
            want.setdefault(row[1], []).append(row)
    tag: dict[int, str] = {}
    log: list[tuple[str, str, str]] = []
    chain, after, hold = h._chain_before, h._posts_after, h._holding
    src, first = inspect.getsourcelines(h._holdings)  # the line of the loop over "chain + after"
    main_line = first + next(i for i, ln in enumerate(src) if "for ph in chain + after" in ln) + 2

    def chain_before(*args: Any, **kw: Any) -> Any:
        out = chain(*args, **kw)
        tag.update({ph[0].start: "chain-before" for ph in out})
        return out

    def posts_after(*args: Any, **kw: Any) -> Any:
        out = after(*args, **kw)
        for ph in out:
            tag.setdefault(ph[0].start, "post-after")
        return out

    def holding(ctx: Any, sent: Any, person: Any, ph: Any) -> None:
        caller = [f for f in traceback.extract_stack()[:-1] if "/kg/" in f.filename][-1]
        how = tag.get(ph[0].start, "") if caller.name == "_holdings" and caller.lineno == main_line else ""
        log.append((ctx.doc.text[ph[2] : ph[3]], person.label, how or f"{caller.name}:{caller.lineno}"))
        hold(ctx, sent, person, ph)

    h._chain_before, h._posts_after, h._holding = chain_before, posts_after, holding
    for rec in read_records(a.corpus):
        if isinstance(rec, Record) and rec.doc_id in want:
            log.clear()
            tag.clear()
            pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
            for row in want[rec.doc_id]:
                person, post = row[2].split(" — ", 1)
                hits = sorted({w for p, who, w in log if who == person and p == post})
                print(*row[:3], ";".join(hits) or "?", sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
