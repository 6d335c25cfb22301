#!/usr/bin/env python3
"""Sample the persons that hold no post in an article (person–post recall from the person side: the misses where no
title was recognised at all never reach corpus_unattached.py's sample), without reading any held-out split.

    .venv/bin/python scripts/corpus_postless.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl ... --exclude-gold ../shared/eval/train_gold.json ... --sample 100 --seed 1

Prints the count of persons and of postless persons, then a seeded sample of postless persons, one line each:
id, person label, and every sentence of the article that names the person (the name marked {…}), joined by " ‖ ".
"""
from __future__ import annotations

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import ids, marked, print_sample, processed, sampler_args  # noqa: E402

from kg.extract.facts.model import Ref  # noqa: E402
from kg.pipeline import Result  # noqa: E402


def _gold_ids(path: pathlib.Path) -> set[str]:
    """A public gold file's article ids, with the corpus's "baomoi-" prefix."""
    return {f"baomoi-{g['id']}" for g in json.loads(path.read_text(encoding="utf-8"))}


def postless(doc_id: str, r: Result) -> tuple[int, list[str]]:
    """The number of persons of ``r`` and one line per person holding no post (id, label, marked sentences)."""
    held = {v for f in r.facts if f.cls == "PostHolding" for p, v in f.props if p == "org:member"}
    persons = [e for e in r.links.entities.values() if e.kind == "person"]
    text = r.doc.text
    out = []
    for e in persons:
        if Ref(e.id) in held or not e.mentions:
            continue
        sents = []
        for i in sorted({m.sentence for m in e.mentions}):
            s = r.doc.sentences[i]
            marks = ([(m.start, "{") for m in e.mentions if m.sentence == i]
                     + [(m.end, "}") for m in e.mentions if m.sentence == i])
            sents.append(" ".join(marked(text, s.start, s.end, marks).split()))
        out.append(f"{doc_id}\t{e.label}\t{' ‖ '.join(sents)}")
    return len(persons), out


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--exclude-gold", type=pathlib.Path, nargs="*", default=[], help="public gold files to skip")
    ap.add_argument("--start", type=int, default=0, help="first article to read (default 0)")
    ap.add_argument("--limit", type=int, default=100000, help="articles to read (default all)")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    skip = set().union(*(ids(p) for p in a.exclude), *(_gold_ids(p) for p in a.exclude_gold))
    n_persons = 0
    found: list[str] = []
    for doc_id, r in processed(a.corpus, a.start, a.limit, skip):
        k, lines = postless(doc_id, r)
        n_persons += k
        found += lines
    print_sample(f"persons {n_persons}; postless persons {len(found)}", found, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
