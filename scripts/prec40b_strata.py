#!/usr/bin/env python3
"""Person–post pairs of the corpus by the construction that attached them, and a stratified seeded sample to judge
(round prec40b, issue 8: precision of the rarer attachments).

    PYTHONPATH=. python -P scripts/prec40b_strata.py --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl \
        tests/data/devown14.jsonl /work/wt/annot18/devown15.jsonl --seed 547 --out /tmp/prec40b_pairs.tsv

Every article of the corpus outside the --exclude files (ids only), the development sets and the shared gold is run
in-process; each PostHolding gets the construction of the call site of ``_holding`` in
kg/extract/facts/holdings.py (as scripts/risk38_audit.py), split finer by the caller's locals: the phrase right
before the name (no punctuation between), behind a comma, stacked further before it; right after the name behind a
comma, a dash/bracket/colon, a space, a verb; a further item after the name; a biography list; a pronoun or a title
subject; a role; a list header, a list's further members, a meeting's guests; a post named first. Prints the counts
and the sample (up to 15 pairs a construction, 10 for ``before_adjacent`` and ``after_comma``), with the sentence.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from kg import pipeline
from kg.corpus.records import Record, read_records
from kg.extract.facts import holdings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
DEV = ["devown", "devown2", "devown3", "devown5", "devown6", "devown7", "devown8", "devown9", "devown10",
       "devown11", "devown12", "devown13", "frozen"]
PLAIN = {"before_adjacent": 10, "after_comma": 10}
_SRC = Path(holdings.__file__).read_text(encoding="utf-8").splitlines()
_CALLS = [i + 1 for i, ln in enumerate(_SRC) if "_holding(ctx, sent, person," in ln]
_NAMES = ["chain_or_after", "subject", "role_holder", "list_or_guest", "post_first"]
_records: dict[str, tuple[str, int, int, str]] = {}  # fact id -> construction, sentence start, end, window
_bio: list[tuple] = []  # the phrases a biography list gave (kept alive: compared by identity)


def _after_kind(text: str, p: Any, ph: tuple, after: list) -> str:
    if any(x is ph for x in _bio):
        return "after_bio"
    idx = next((i for i, x in enumerate(after) if x is ph), 0)
    if idx > 0:
        return "after_more"
    gap = text[p.end : ph[2]]
    if re.fullmatch(r"\s*,\s*(?:nguyên\s+)?", gap):
        return "after_comma"
    if re.fullmatch(r"\s*[-–(:]\s*(?:nguyên\s+)?", gap):
        return "after_dash_paren"
    if gap.isspace():
        return "after_bare"
    return "after_verb"


def _construction(frame: Any, ph: tuple, text: str) -> str:
    loc = frame.f_locals
    site = _NAMES[_CALLS.index(frame.f_lineno)] if frame.f_lineno in _CALLS else "other"
    if site == "chain_or_after":
        p, chain = loc["p"], loc.get("chain") or []
        idx = next((i for i, x in enumerate(chain) if x is ph), None)
        if idx is None:
            return _after_kind(text, p, ph, loc.get("after") or [])
        if idx > 0:
            return "before_stacked"
        return "before_adjacent" if not re.search(r"[^\w\s]", text[ph[3] : p.start]) else "before_punct"
    if site == "subject":
        return "title_subject" if len(loc["pm"].text.split()) > 2 else "pronoun_subject"
    if site == "list_or_guest":
        pair = (loc["p"], ph)
        if any(pair[0] is a and pair[1] is b for a, b in loc.get("guests") or []):
            return "guest"
        if any(pair[0] is a and pair[1] is b for a, b in loc.get("listed") or []):
            return "list_more"
        return "list_header"
    return site


_orig, _orig_bio = holdings._holding, holdings._bio_after


def _spy(ctx: Any, sent: Any, person: Any, ph: tuple) -> None:
    before = {f.subject for f in ctx.facts}
    _orig(ctx, sent, person, ph)
    if ctx.probe is not None:
        return
    frame = sys._getframe(1)
    c = _construction(frame, ph, ctx.doc.text)
    w = _window(ctx.doc.text, sent, ph, frame.f_locals.get("p"))
    for f in ctx.facts:
        if f.subject not in before and f.subject not in _records:
            _records[f.subject] = (c, sent.start, sent.end, w)


def _window(text: str, sent: Any, ph: tuple, p: Any) -> str:
    """The phrase marked <<…>> with up to 40 characters before it and what stands up to the person mention."""
    a, b = ph[2], ph[3]
    lo = min(a, p.start) if p is not None else a
    hi = max(b, p.end) if p is not None else b
    return (text[max(sent.start, lo - 40) : a] + "<<" + text[a:b] + ">>" + text[b : min(hi, b + 300)]).replace(
        "\n", " ").replace("\t", " ")


def _bio_spy(*a: Any, **k: Any) -> Any:
    out = _orig_bio(*a, **k)
    _bio.extend(out)
    return out


holdings._holding = _spy  # type: ignore[assignment]
holdings._bio_after = _bio_spy  # type: ignore[assignment]


def pairs(rec: Record) -> list[dict[str, str]]:
    """The article's person–post pairs with their construction and sentence."""
    _records.clear()
    _bio.clear()
    res = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    out = []
    for f in res.facts:
        if f.cls != "PostHolding":
            continue
        label = str(dict(f.props)["rdfs:label"].value)  # type: ignore[union-attr]
        c, a, b, w = _records.get(f.subject, ("unrecorded", 0, 0, ""))
        sent = res.doc.text[a:b].replace("\n", " ").replace("\t", " ")
        out.append({"article": rec.doc_id, "label": label, "construction": c, "window": w, "sentence": sent})
    return out


def _skip(paths: list[str]) -> set[str]:
    ids: set[str] = set()
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            ids |= {str(json.loads(ln)["id"]).removeprefix("baomoi-") for ln in fh if ln.strip()}
    for n in DEV:
        with open(ROOT / f"tests/data/{n}.jsonl", encoding="utf-8") as fh:
            ids |= {str(json.loads(ln)["id"]).removeprefix("baomoi-") for ln in fh if ln.strip()}
    for g in ("train", "dev"):
        ids |= {str(a["id"]).removeprefix("baomoi-") for a in json.loads(
            Path(f"/work/shared/eval/{g}_gold.json").read_text(encoding="utf-8"))}
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--seed", type=int, default=547)
    ap.add_argument("--out", required=True, help="every pair, TSV")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    skip = _skip(a.exclude)
    rows: list[dict[str, str]] = []
    for n, rec in enumerate(read_records(CORPUS)):
        if a.limit and n >= a.limit:
            break
        if isinstance(rec, Record) and rec.doc_id.removeprefix("baomoi-") not in skip:
            rows.extend(pairs(rec))
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join((r["article"], r["construction"], r["label"], r["window"], r["sentence"])) + "\n")
    by: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for r in rows:
        by[r["construction"]].append(r)
    for c in sorted(by):
        rng = random.Random(f"{a.seed}-{c}")  # one stream a construction: a stratum's draw depends on it alone
        drawn = rng.sample(by[c], min(len(by[c]), PLAIN.get(c, 15)))
        print(f"## {c}\t{len(by[c])} pairs\t{len(drawn)} drawn")
        for r in drawn:
            print(f"{r['article']}\t{c}\t{r['label']}\t{r['window']}\t{r['sentence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
