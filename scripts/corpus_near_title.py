#!/usr/bin/env python3
"""Sample the persons the extractor leaves without a post although a post title stands near them (issue 8: recall
of person–post pairs seen from the person side, on articles nobody annotated, skipping the held-out splits).

    .venv/bin/python scripts/corpus_near_title.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl --sample 100 --second 60 --seed 457

Prints a seeded sample of persons of an article who hold no post there while their first mention's sentence (or the
sentence before) carries a post title — one line per person: id, name, the sentence(s) with the titles marked
[[…]] and the persons {…}. With --second N, then a seeded sample of N persons WITH a post whose mention has an
unattached title within 60 characters and no other person between (a second post missed: "A, X, Y" where only X
came out).
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import marked, print_sample, processed, sampler_args, skip_ids  # noqa: E402

from kg.extract.document import Mention  # noqa: E402
from kg.extract.facts.model import Ref  # noqa: E402
from kg.pipeline import Result  # noqa: E402


def _marked(r: Result, sents: list[int], marks: list[Mention]) -> str:
    """The sentences ``sents`` joined, titles marked [[…]] and persons {…}."""
    a, b = r.doc.sentences[sents[0]].start, r.doc.sentences[sents[-1]].end
    ins = ([(m.start, "[[" if m.kind == "title" else "{") for m in marks]
           + [(m.end, "]]" if m.kind == "title" else "}") for m in marks])
    return marked(r.doc.text, a, b, ins).replace("\n", " ")


def _article(doc_id: str, r: Result) -> tuple[list[str], list[str]]:
    holders = {v.id for f in r.facts if f.cls == "PostHolding" for p, v in f.props
               if p == "org:member" and isinstance(v, Ref)}
    held = [sp for f in r.facts if f.cls == "PostHolding" for sp in f.spans]
    titles = [m for m in r.doc.mentions if m.kind == "title"]
    persons = [m for m in r.doc.mentions if m.kind == "person"]
    postless: list[str] = []
    second: list[str] = []
    seen: set[str] = set()
    for p in persons:
        pid = r.links.of.get(p)
        if pid is None or pid in seen:
            continue
        if pid not in holders:
            near = [m for m in titles if p.sentence - 1 <= m.sentence <= p.sentence]
            if near:
                seen.add(pid)
                sents = sorted({m.sentence for m in near} | {p.sentence})
                marks = near + [q for q in persons if q.sentence in sents]
                postless.append(f"{doc_id}\t{p.text}\t{_marked(r, sents, marks)}")
            continue
        loose = [m for m in titles if m.sentence == p.sentence and not any(a <= m.start < b for a, b in held)
                 and (0 <= m.start - p.end <= 60 or 0 <= p.start - m.end <= 60)
                 and not any(q is not p and min(m.start, p.start) < q.start < max(m.end, p.end) for q in persons)]
        if loose:
            seen.add(pid)
            marks = loose + [q for q in persons if q.sentence == p.sentence]
            second.append(f"{doc_id}\t{p.text}\t{_marked(r, [p.sentence], marks)}")
    return postless, second


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=100000)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--second", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    skip = skip_ids(a.exclude)
    postless: list[str] = []
    second: list[str] = []
    for doc_id, r in processed(a.corpus, a.start, a.limit, skip):
        one, two = _article(doc_id, r)
        postless += one
        second += two
    print_sample(f"postless persons near a title {len(postless)}", postless, a.sample, a.seed)
    if a.second:
        print_sample(f"persons with a post and an unattached title near {len(second)}", second, a.second, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
