#!/usr/bin/env python3
"""Sample the career sentences of articles nobody annotated (round careers39): a sentence with a career cue ("từng",
"lần lượt", "được điều động/cử/bổ nhiệm làm", "trước đó", "sau đó", "Năm NNNN, ông … là/làm") after a named person
(in the sentence before the cue, or in one of the two sentences before it), printed with its persons marked {…} and
each post phrase we attach marked [[…|holder]] — to judge by hand which posts the gold conventions would give.

    .venv/bin/python scripts/careers39_sample.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl tests/data/devown*.jsonl … --sample 60 --seed 479
"""
from __future__ import annotations

import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import marked, print_sample, processed, sampler_args, skip_ids  # noqa: E402

from kg.extract.facts.model import Ref  # noqa: E402
from kg.pipeline import Result  # noqa: E402

CUE = re.compile(r"(?<!\w)(?:(?:đã\s+)?từng|lần lượt"
                 r"|được\s+(?:điều động|cử|bổ nhiệm|phân công|điều chuyển|luân chuyển)"
                 r"|[Tt]rước đó|[Ss]au đó"
                 r"|[Nn]ăm\s+\d{4}\s*,?\s*(?:ông|bà|đồng chí|[A-ZĐ]\w*)[^,.;]{0,40}?\s(?:là|làm)\s)"
                 r"(?!\w)")


def _holdings(r: Result) -> list[tuple[int, int, str]]:
    """(start, end, holder label) of every post-holding span."""
    names = {e.id: e.label for e in r.links.entities.values()}
    out = []
    for fact in r.facts:
        if not fact.cls.endswith("PostHolding"):
            continue
        holder = next((v for p, v in fact.props if p == "org:member"), None)
        who = names.get(holder.id, holder.id) if isinstance(holder, Ref) else str(holder)
        former = any(p == "vnr:former" for p, _v in fact.props)
        out += [(a, b, who + ("|former" if former else "")) for a, b in fact.spans]
    return out


def _lines(doc_id: str, r: Result) -> list[str]:
    text, out = r.doc.text, []
    held = _holdings(r)
    persons = [m for m in r.doc.mentions if m.kind == "person"]
    for s in r.doc.sentences:
        cue = CUE.search(text, s.start, s.end)
        if cue is None:
            continue
        if not any(p.sentence == s.index and p.start < cue.start() or s.index - 2 <= p.sentence < s.index
                   for p in persons):
            continue
        marks = [(p.start, "{") for p in persons if p.sentence == s.index]
        marks += [(p.end, "}") for p in persons if p.sentence == s.index]
        for a, b, who in held:
            if s.start <= a < s.end:
                marks += [(a, "[["), (b, f"|{who}]]")]
        prev = " ".join(sorted({p.text for p in persons if s.index - 2 <= p.sentence < s.index}))
        out.append(f"{doc_id}\t{s.index}\t<prev: {prev}>\t{marked(text, s.start, s.end, marks)}")
    return out


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--gold", type=pathlib.Path, nargs="*", default=[], help="gold JSON files whose ids to skip")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=4000)
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--seed", type=int, default=479)
    a = ap.parse_args()
    skip = skip_ids(a.exclude) | {str(g["id"]) for p in a.gold for g in json.loads(p.read_text(encoding="utf-8"))}
    found: list[str] = []
    for doc_id, r in processed(a.corpus, a.start, a.limit, skip):
        found += _lines(doc_id, r)
    print_sample(f"career-cue sentences after a named person {len(found)}", found, a.sample, a.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
