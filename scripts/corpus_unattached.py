#!/usr/bin/env python3
"""Sample the post titles the extractor leaves unattached in sentences that name a person (issue 8: find the
constructions the post grammar misses on articles nobody annotated, without reading any held-out split).

    .venv/bin/python scripts/corpus_unattached.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl --sample 80 --seed 1

Prints the count of titles, of titles attached to a person, and of unattached titles in a sentence with a person
mention, then a seeded sample of those sentences with the title marked [[…]] and the persons marked {…}.
With --attached N, then a seeded sample of N attached (person, post) pairs — one per holding of an article, at its
first sentence, the post marked [[…]] — to judge precision by hand.
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import marked, print_sample, processed, sampler_args, skip_ids  # noqa: E402

from kg.extract.facts.model import Lit  # noqa: E402
from kg.pipeline import Result  # noqa: E402


def _pairs(doc_id: str, r: Result) -> list[str]:
    """One line per post holding: id, person — post label, and its first sentence with the post marked [[…]]."""
    out = []
    for fact in r.facts:
        if not fact.cls.endswith("PostHolding") or not fact.spans:
            continue
        label = next((v.value for p, v in fact.props if p == "rdfs:label" and isinstance(v, Lit)), "")
        a0, b0 = fact.spans[0]
        sent = next(s for s in r.doc.sentences if s.start <= a0 < s.end)
        t = r.doc.text
        out.append(f"{doc_id}\t{label}\t{t[sent.start : a0]}[[{t[a0:b0]}]]{t[b0 : sent.end]}")
    return out


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--start", type=int, default=0, help="first article to read (default 0)")
    ap.add_argument("--limit", type=int, default=1000, help="articles to read (default 1000)")
    ap.add_argument("--sample", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--attached", type=int, default=0, help="also sample this many attached (person, post) pairs")
    a = ap.parse_args()
    skip = skip_ids(a.exclude)
    titles = attached = 0
    found: list[str] = []
    pairs: list[str] = []
    for doc_id, r in processed(a.corpus, a.start, a.limit, skip):
        held = [sp for fact in r.facts if fact.cls.endswith("PostHolding") for sp in fact.spans]
        text = r.doc.text
        pairs += _pairs(doc_id, r)
        for m in r.doc.mentions:
            if m.kind != "title":
                continue
            titles += 1
            if any(a0 <= m.start < b0 for a0, b0 in held):
                attached += 1
                continue
            sent = r.doc.sentences[m.sentence]
            persons = [p for p in r.doc.mentions if p.kind == "person" and p.sentence == m.sentence]
            if not persons:
                continue
            marks = [(m.start, "[["), (m.end, "]]")] + [(p.start, "{") for p in persons]
            marks += [(p.end, "}") for p in persons]
            found.append(f"{doc_id}\t{marked(text, sent.start, sent.end, marks)}")
    print_sample(f"titles {titles}; attached {attached}; unattached with a person in the sentence {len(found)}",
                 found, a.sample, a.seed)
    if a.attached:
        print_sample(f"attached pairs {len(pairs)}", pairs, a.attached, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
