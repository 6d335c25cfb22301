"""Round events50: the sentences of a whole-corpus build of the two largest miss classes of events49's misses.

Usage:
    python scripts/events50_classes.py GRAPH.nq --exclude tests/data/*.jsonl shared/eval/*_gold.json \
        --skip skip_ids.txt --seed 814 -n 40 [--write PREFIX]

Classes (a match no event mention of the graph covers):

- ``hop``: a meeting named by "họp" — "cuộc họp", "phiên họp", "buổi họp", "họp báo", the verb "họp" — or by
  "buổi làm việc";
- ``done``: the same purpose words right after "đã"/"vừa" ("đã khánh thành …"), anywhere;
- ``verb``: an activity named by a purpose verb with no head noun right after "tổ chức" ("tổ chức khai mạc …",
  "tổ chức khánh thành …": the purpose words marked ``organised`` in ``event_words.tsv``), outside the title and
  the lead (the lead's are named by :mod:`kg.extract.mentions.event_verbal`).

Every article an excluded or skipped file names is dropped BEFORE anything is counted, drawn or printed. Prints the
count of each class (sentences and articles) and a seeded sample of each; ``--write`` writes PREFIX.CLASS.tsv.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import IS_STRING, _lines, excluded_ids  # noqa: E402

from kg.extract import event_tokens  # noqa: E402
from kg.extract.document import Document  # noqa: E402
from kg.extract.segment import segment  # noqa: E402

REF = re.compile(rb"<[^>]*/(baomoi-\d+)#char=(\d+),(\d+)> <http://www.w3.org/2005/11/its/rdf#taIdentRef> "
                 rb"<[^>]*/event/")
HOP = re.compile(r"(?<!\w)(?:(?:cuộc|phiên|buổi)\s+họp|họp(?!\s+(?:thứ|lần))|buổi\s+làm\s+việc)(?!\w)",
                 re.IGNORECASE)
ORGANISE = re.compile(r"(?<!\w)tổ\s+chức\s+(\w+(?:\s+\w+)?)", re.IGNORECASE)
REPORTED = re.compile(r"(?<!\w)(?:đã|vừa)\s+(\w+(?:\s+\w+)?)")


def _spans(path: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    with path.open("rb") as fh:
        for line in fh:
            m = REF.match(line)
            if m:
                out.setdefault(m.group(1).decode(), []).append((int(m.group(2)), int(m.group(3))))
    return out


def _texts(path: Path, keep: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _lines(path, IS_STRING):
        for q in ox.parse(line, format=ox.RdfFormat.N_QUADS):
            art = q.subject.value.rsplit("/", 1)[-1]
            if art.removeprefix("baomoi-") in keep:
                continue
            out[art] = q.object.value
    return out


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def _verb_at(text: str, m: re.Match[str]) -> bool:
    words = m.group(1).split()
    organised = event_tokens.cls("organised")
    return any(" ".join(words[:n]).lower() in organised for n in (2, 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=814)
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--write")
    a = ap.parse_args(argv)
    drop = excluded_ids(a.exclude)
    for p in a.skip:
        drop |= {ln.strip().removeprefix("baomoi-") for ln in p.read_text().split() if ln.strip()}
    texts, spans = _texts(a.graph, drop), _spans(a.graph)
    rows: dict[str, list[tuple[str, int, str, str]]] = {"hop": [], "verb": [], "done": []}
    for art in sorted(texts):
        doc = segment(Document(doc_id=art, text=texts[art]))
        body = [s for s in doc.sentences if s.start >= doc.title_end]
        lead = {s.index for s in doc.sentences if s.end <= doc.title_end} | {s.index for s in body[:1]}
        for s in doc.sentences:
            sp = spans.get(art, [])
            hop = [m for m in HOP.finditer(texts[art], s.start, s.end) if not _covered(sp, m.start(), m.end())
                   and texts[art][max(0, m.start() - 4) : m.start()].strip().lower() not in ("kỳ", "hội")]
            if hop:
                rows["hop"].append((art, s.start, hop[0].group(), " ".join(s.text.split())))
            verb = [m for m in ORGANISE.finditer(texts[art], s.start, s.end)
                    if _verb_at(texts[art], m) and not _covered(sp, m.start(1), m.end(1))]
            if verb and s.index not in lead:
                rows["verb"].append((art, s.start, verb[0].group(), " ".join(s.text.split())))
            done = [m for m in REPORTED.finditer(texts[art], s.start, s.end)
                    if _verb_at(texts[art], m) and not _covered(sp, m.start(1), m.end(1))]
            if done:
                rows["done"].append((art, s.start, done[0].group(), " ".join(s.text.split())))
    for cls, got in rows.items():
        print(f"{cls}: {len(got)} sentences in {len({r[0] for r in got})} articles")
        pick = random.Random(a.seed).sample(got, min(a.n, len(got)))
        if a.write:
            with open(f"{a.write}.{cls}.tsv", "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, delimiter="\t", lineterminator="\n")
                w.writerow(["n", "article", "at", "match", "sentence"])
                for i, r in enumerate(pick, 1):
                    w.writerow([i, r[0].removeprefix("baomoi-"), r[1], r[2], r[3]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
