"""Round events42e: gold events of the development sets whose exact name the article writes and the extractor finds
as an event mention, but which is no name (label or altLabel) of any event node of the article in a build — each
classed by why the written form is lost: joined a longer name (merged away), a same-key form that another form
replaced as the label, or a bare reference / head.

    python scripts/events42e_lost.py corpus.nq CORPUS.jsonl.gz --write FILE --exclude IDS.txt GOLD.json …
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_events import by_article, fold  # noqa: E402

from kg.corpus.records import Record, read_records  # noqa: E402
from kg.extract import event_merge  # noqa: E402
from kg.extract.event_key import event_key  # noqa: E402
from kg.pipeline import process  # noqa: E402


def _why(m: object, short: dict, node_label: str) -> str:
    if m.attr("ref"):  # type: ignore[attr-defined]
        return "reference or bare head (not a name by the grammar)"
    if m in short:
        return "merged away: a shorter name joined a longer node"
    if event_key(m.text) == event_key(node_label):  # type: ignore[attr-defined]
        return "replaced: a same-key form became the label"
    return "other"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, required=True)
    ap.add_argument("gold", nargs="+", type=Path)
    args = ap.parse_args()
    skip = set(args.exclude.read_text().split())
    arts = by_article(args.graph)
    golds = {p: json.loads(p.read_text(encoding="utf-8")) for p in args.gold}
    want = {str(it["id"]).removeprefix("baomoi-") for g in golds.values() for it in g} - skip
    recs = {r.doc_id.removeprefix("baomoi-"): r for r in read_records(args.corpus)
            if isinstance(r, Record) and r.doc_id.removeprefix("baomoi-") in want}
    rows = []
    for p, gold in golds.items():
        for it in gold:
            art = str(it["id"]).removeprefix("baomoi-")
            if art not in recs:
                continue
            labs = set().union(*arts.get(art, [])) if arts.get(art) else set()
            lost = [fold(e.get("name") or "") for e in it.get("events", [])]
            lost = [g for g in lost if g not in labs]
            if not lost:
                continue
            r = recs[art]
            res = process(r.doc_id, r.text, source=r.source, date=r.date)
            short = event_merge.short_targets(res.doc.mentions, res.doc.text)
            for g in lost:
                if g not in fold(res.doc.text):
                    continue
                ms = [m for m in res.doc.mentions if m.kind == "event" and fold(m.text) == g]
                if not ms:
                    continue
                m = ms[0]
                eid = res.links.of.get(m)
                label = res.links.entities[eid].label if eid else ""
                why = _why(m, short, label) if eid else "mention not linked"
                rows.append([p.stem.removesuffix("_gold"), art, g, why, label, m.attr("ref") or ""])
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "article", "gold", "why_lost", "node_label", "ref"])
        w.writerows(sorted(rows))
    print(f"{len(rows)} gold events written but lost to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
