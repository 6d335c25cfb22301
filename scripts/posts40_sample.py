#!/usr/bin/env python3
"""Sample corpus sentences where a person mention stands within 8 words of a post title of the lexicon but the
build holds no post for that person from that sentence (issue 8, round posts40: post constructions still missed).

    PYTHONPATH=. .venv/bin/python -P scripts/posts40_sample.py --corpus /work/shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl tests/data/devown14.jsonl … --seed 521

One line per (article, sentence, person): id, sentence index, person, nearest title, the sentence with the titles
marked [[…]] and the persons {…}, and the posts the person holds from other sentences. With --same-as FILE, the
lines of an earlier output again, in its order, with the posts the person now holds from that sentence.
"""
from __future__ import annotations

import gzip
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import marked, print_sample, processed, sampler_args, skip_ids  # noqa: E402

from kg.extract.facts import Lit, Ref  # noqa: E402
from kg.pipeline import Result, process  # noqa: E402

_WORD = re.compile(r"\w+")


def _gap(text: str, a: int, b: int) -> int:
    """Words between two offsets."""
    return len(_WORD.findall(text[min(a, b) : max(a, b)]))


def _held(r: Result) -> dict[tuple[str, int], list[str]]:
    """(person id, sentence) → post labels held from that sentence."""
    out: dict[tuple[str, int], list[str]] = {}
    for f in r.facts:
        if f.cls != "PostHolding":
            continue
        props = dict(f.props)
        member = props["org:member"]
        label = props["rdfs:label"]
        assert isinstance(member, Ref) and isinstance(label, Lit)
        for s in f.sentences:
            out.setdefault((member.id, s), []).append(label.value.split(" — ", 1)[1])
    return out


def lines_of(doc_id: str, r: Result) -> list[str]:
    """The article's candidate lines."""
    held = _held(r)
    text, out = r.doc.text, []
    seen: set[tuple[str, int]] = set()
    for p in (m for m in r.doc.mentions if m.kind == "person"):
        pid = r.links.of.get(p)
        if pid is None or (pid, p.sentence) in seen:
            continue
        near = [t for t in r.doc.mentions if t.kind == "title" and t.sentence == p.sentence
                and _gap(text, p.end if t.start >= p.end else p.start, t.start if t.start >= p.end else t.end) <= 8]
        if not near or held.get((pid, p.sentence)):
            continue
        seen.add((pid, p.sentence))
        sent = r.doc.sentences[p.sentence]
        marks = [m for m in r.doc.mentions if m.sentence == p.sentence and m.kind in ("title", "person")]
        ins = ([(m.start, "[[" if m.kind == "title" else "{") for m in marks]
               + [(m.end, "]]" if m.kind == "title" else "}") for m in marks])
        other = sorted({x for (q, _s), v in held.items() if q == pid for x in v})
        out.append(f"{doc_id}\t{p.sentence}\t{p.text}\t{near[0].text}\t"
                   f"{marked(text, sent.start, sent.end, ins).replace(chr(10), ' ')}\t{' | '.join(other) or '—'}")
    return out


def _again(corpus: pathlib.Path, before: list[str]) -> int:
    want = {ln.split("\t")[0] for ln in before}
    res: dict[str, Result] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for rec in map(json.loads, f):
            if rec["id"] in want:
                res[rec["id"]] = process(rec["id"], f"{rec['title']}\n\n{rec['text']}")
    print(f"sentences {len(before)}")
    for ln in before:
        doc_id, sidx, person = ln.split("\t")[:3]
        r = res[doc_id]
        held = _held(r)
        got = sorted({x for m in r.doc.mentions if m.kind == "person" and m.sentence == int(sidx)
                      and m.text == person and (pid := r.links.of.get(m)) is not None
                      for x in held.get((pid, int(sidx)), [])})
        print(f"{ln}\t{' | '.join(got) or '—'}")
    return 0


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=521)
    ap.add_argument("--same-as", type=pathlib.Path, help="an earlier output: its lines again, in order")
    ap.add_argument("--gold", type=pathlib.Path, nargs="*", default=[], help="annotated JSON lists whose ids to skip")
    a = ap.parse_args()
    gold = [g for p in a.gold for g in json.loads(p.read_text(encoding="utf-8"))]
    skip = skip_ids(a.exclude) | {f"baomoi-{g['id']}" for g in gold}
    if a.same_as:
        return _again(a.corpus, a.same_as.read_text(encoding="utf-8").splitlines()[1:])
    found: list[str] = []
    for doc_id, r in processed(a.corpus, 0, 100000, skip):
        found += lines_of(doc_id, r)
    print_sample(f"candidate sentences {len(found)}", found, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
