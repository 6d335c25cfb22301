#!/usr/bin/env python3
"""Draw a seeded plain random sample of attached (person, post) pairs from a whole-corpus N-Quads build (issue 8:
judge person–post precision by hand on articles nobody annotated, without reading any held-out split).

    .venv/bin/python scripts/corpus_pairs_sample.py --nq corpus.nq \
        --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz --sample 120 --seed 439 \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl tests/data/devown*.jsonl \
                  tests/data/frozen.jsonl tests/data/articles.jsonl \
                  ../shared/eval/train_gold.json ../shared/eval/dev_gold.json

A pair is one PostHolding node of the build: its rdfs:label "person — post" and the sentences it was derived
from (prov:wasDerivedFrom …#char=a,b over "title, blank line, text"), joined by " ‖ ". Articles whose id is in any
--exclude file (JSON lines with an "id", plain "baomoi-N" lines, or a JSON list of objects with an "id", the
"baomoi-" prefix added where a gold file leaves it out) are skipped before drawing, so a held-out split is only
read for its ids. The pairs are sorted (article, label, spans) and drawn with random.Random(seed).sample; prints
n, article, label and the sentences, tab-separated.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import random
import re

_NODE = re.compile(r"^<https://w3id\.org/vnreport-kg/id/postholding/([^/>]+)/[^>]*>")
_LABEL = re.compile(r'<http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"')
_FROM = re.compile(r"<http://www\.w3\.org/ns/prov#wasDerivedFrom> <[^#>]*#char=(\d+),(\d+)>")


def _ids(path: pathlib.Path) -> set[str]:
    text = path.read_text(encoding="utf-8", errors="replace")  # a fixture with bad bytes still gives its ids
    if text.lstrip().startswith("["):
        ids = {str(rec["id"]) for rec in json.loads(text)}
    else:  # JSON lines with an "id", or plain "baomoi-N" lines (an id list such as skip_ids.txt)
        ids = {_line_id(ln) for ln in text.splitlines() if ln.strip()}
    return {i if i.startswith("baomoi-") else f"baomoi-{i}" for i in ids}


def _line_id(ln: str) -> str:
    """The id of one JSON line (a broken test fixture's line read by pattern), or the line itself if plain."""
    if not ln.lstrip().startswith("{"):
        return ln.strip()
    m = re.search(r'"id"\s*:\s*"([^"]+)"', ln)
    return m.group(1) if m else ""


def _unescape(s: str) -> str:
    return json.loads(f'"{s}"')


def holdings(nq: pathlib.Path, skip: set[str]) -> list[tuple[str, str, tuple]]:
    """(article, label, spans) of every PostHolding node outside ``skip``, its derived-from spans sorted."""
    nodes: dict[str, dict] = {}
    with nq.open(encoding="utf-8") as f:
        for ln in f:
            m = _NODE.match(ln)
            if not m or m.group(1) in skip:
                continue
            node = nodes.setdefault(ln.split(">", 1)[0], {"art": m.group(1), "spans": []})
            if (lab := _LABEL.search(ln)) is not None:
                node["label"] = _unescape(lab.group(1))
            elif (src := _FROM.search(ln)) is not None:
                node["spans"].append((int(src.group(1)), int(src.group(2))))
    out = [(n["art"], n["label"], tuple(sorted(n["spans"]))) for n in nodes.values() if "label" in n and n["spans"]]
    return sorted(out)


def texts(corpus: pathlib.Path, ids: set[str]) -> dict[str, str]:
    out = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in ids:
                out[rec["id"]] = f"{rec['title']}\n\n{rec['text']}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nq", type=pathlib.Path, required=True)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[], help="files whose article ids to skip")
    ap.add_argument("--sample", type=int, default=120)
    ap.add_argument("--seed", type=int, default=439)
    a = ap.parse_args()
    skip = set().union(*(_ids(p) for p in a.exclude)) if a.exclude else set()
    pairs = holdings(a.nq, skip)
    drawn = random.Random(a.seed).sample(pairs, min(a.sample, len(pairs)))
    text = texts(a.corpus, {d[0] for d in drawn})
    print(f"# {len(pairs)} pairs in {len({p[0] for p in pairs})} articles ({len(skip)} ids excluded)")
    for n, (art, label, spans) in enumerate(drawn, 1):
        sents = " ‖ ".join(" ".join(text[art][s:e].split()) for s, e in spans)
        print(f"{n}\t{art}\t{label}\t{sents}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
