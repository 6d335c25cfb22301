#!/usr/bin/env python3
"""Sample the SUSPICIOUS attached (person, post) pairs of a corpus (issue 8: an error-rich sample for judging
person–post precision by hand on articles nobody annotated, without reading any held-out split).

    .venv/bin/python scripts/corpus_suspicious.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl … --suspicious 150 --attached 200 --seed 227

A pair is one post holding of an article at its first span (as `corpus_unattached.py --attached` draws them; with
--attached N the same seeded plain sample is printed too). A pair is suspicious when any of these flags holds:
  former   — the person holds the post and its "nguyên"/"cựu" form (in one article or across articles)
  foreign  — the post names a country other than Việt Nam, or holds another person's name
  far      — the post is over 100 characters or three commas/semicolons from the person's nearest mention, or in
             another sentence
  shared   — the post span is given to two or more persons
  verb     — the post holds a verb, adverb or function word that no post name holds
  headline — the post is in the headline or in a short last line (a byline)
  quote    — a quotation mark lies between the person's mention and the post
Prints the count of pairs and of each flag, then the seeded sample: id, flags, person — post, and the sentence with
the post marked [[…]] and the person {…}. With --dump FILE, every pair (id TAB person — post) is written to FILE.
"""
from __future__ import annotations

import pathlib
import re
import sys
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import marked, print_sample, processed, sampler_args, skip_ids  # noqa: E402
from corpus_unattached import _pairs  # noqa: E402

from kg.extract.facts.model import Lit, Ref  # noqa: E402
from kg.extract.normalise import fold  # noqa: E402
from kg.pipeline import Result  # noqa: E402

_VERBS = {"đã", "đang", "sẽ", "được", "bị", "vừa", "cũng", "không", "chưa", "là", "nói", "ký", "trao", "tặng", "thăm",
          "làm", "gồm", "rằng", "khi", "thì", "nhưng", "mà", "kiêm", "cho biết", "phát biểu", "đề nghị", "yêu cầu",
          "chủ trì", "tiếp", "dự"}
_FORMER = ("nguyên ", "cựu ")
_QUOTES = "\"“”"


def _countries() -> list[str]:
    path = pathlib.Path(__file__).resolve().parents[1] / "kg" / "lexicon" / "countries.tsv"
    names = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return sorted({n for n in names if fold(n) != fold("Việt Nam")}, key=len, reverse=True)


def _base(post: str) -> tuple[bool, str]:
    low = post.casefold()
    for lead in _FORMER:
        if low.startswith(lead):
            return True, fold(post[len(lead):])
    return False, fold(post)


def _flags(r: Result, fact_i: int, countries: list[str], spans_held: dict) -> list[str]:
    fact = r.facts[fact_i]
    label = next((v.value for p, v in fact.props if p == "rdfs:label" and isinstance(v, Lit)), "")
    post = label.split(" — ", 1)[-1]
    person = next((v.id for p, v in fact.props if p == "org:member" and isinstance(v, Ref)), "")
    a0, b0 = fact.spans[0]
    t = r.doc.text
    flags = []
    if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", post) for c in countries) or any(
            m.kind == "person" and a0 <= m.start < b0 and r.links.of.get(m) != person for m in r.doc.mentions):
        flags.append("foreign")
    sent = next(i for i, s in enumerate(r.doc.sentences) if s.start <= a0 < s.end)
    ent = r.links.entities.get(person)
    near = [m for m in (ent.mentions if ent else []) if m.sentence == sent]
    gap = ""
    if not near:
        flags.append("far")
    else:
        m = min(near, key=lambda m: max(m.start - b0, a0 - m.end, 0))
        gap = t[m.end : a0] if m.end <= a0 else t[b0 : m.start]
        if len(gap) > 100 or sum(gap.count(c) for c in ",;") >= 3:
            flags.append("far")
    if len(spans_held[(a0, b0)]) >= 2:
        flags.append("shared")
    words = post.casefold().split()[1:]
    if any(w in _VERBS for w in words) or any(f"{x} {y}" in _VERBS for x, y in zip(words, words[1:], strict=False)):
        flags.append("verb")
    first = t.find("\n")
    last = t.rstrip().rfind("\n")
    if a0 < first or (a0 > last and len(t.rstrip()) - last < 80):
        flags.append("headline")
    if any(c in gap for c in _QUOTES):
        flags.append("quote")
    return flags


def _mark(r: Result, fact_i: int) -> str:
    fact = r.facts[fact_i]
    a0, b0 = fact.spans[0]
    t = r.doc.text
    s = next(s for s in r.doc.sentences if s.start <= a0 < s.end)
    person = next((v.id for p, v in fact.props if p == "org:member" and isinstance(v, Ref)), "")
    ent = r.links.entities.get(person)
    marks = [(a0, "[["), (b0, "]]")] + [(x, c) for m in (ent.mentions if ent else []) if s.start <= m.start < s.end
                                        and not a0 <= m.start < b0 for x, c in ((m.start, "{"), (m.end, "}"))]
    return re.sub(r"\s+", " ", marked(t, s.start, s.end, marks))


def main() -> int:
    ap = sampler_args(__doc__.splitlines()[0])
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=100000)
    ap.add_argument("--suspicious", type=int, default=150)
    ap.add_argument("--attached", type=int, default=0, help="also the plain sample of corpus_unattached --attached")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dump", type=pathlib.Path)
    a = ap.parse_args()
    skip = skip_ids(a.exclude)
    countries = _countries()
    pairs: list[str] = []
    rows: list[tuple[str, str, list[str], str, bool, str]] = []  # id, label, flags, sentence, former, base
    for doc_id, r in processed(a.corpus, a.start, a.limit, skip):
        pairs += _pairs(doc_id, r)
        held = [i for i, fact in enumerate(r.facts) if fact.cls.endswith("PostHolding") and fact.spans]
        spans_held: dict = defaultdict(set)
        for i in held:
            for sp in r.facts[i].spans:
                spans_held[sp].add(next((v.id for p, v in r.facts[i].props if p == "org:member"), ""))
        for i in held:
            label = next((v.value for p, v in r.facts[i].props if p == "rdfs:label" and isinstance(v, Lit)), "")
            former, base = _base(label.split(" — ", 1)[-1])
            rows.append((doc_id, label, _flags(r, i, countries, spans_held), _mark(r, i), former, base))
    forms: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for _id, label, _fl, _s, former, base in rows:
        forms[(label.split(" — ", 1)[0], base)].add(former)
    for _id, label, fl, _s, _former, base in rows:
        if len(forms[(label.split(" — ", 1)[0], base)]) == 2:
            fl.insert(0, "former")
    flagged = [row for row in rows if row[2]]
    counts: dict[str, int] = defaultdict(int)
    for row in flagged:
        for x in row[2]:
            counts[x] += 1
    head = f"pairs {len(rows)}; suspicious {len(flagged)}; " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts))
    lines = [f"{doc_id}\t{','.join(fl)}\t{label}\t{sent}" for doc_id, label, fl, sent, _f, _b in flagged]
    print_sample(head, lines, a.suspicious, a.seed)
    if a.attached:
        print_sample(f"attached pairs {len(pairs)}", pairs, a.attached, a.seed)
    if a.dump:
        a.dump.write_text("".join(f"{row[0]}\t{row[1]}\n" for row in sorted(rows)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
