#!/usr/bin/env python3
"""Round prec42 (issue 8, precision): person–post pairs where samples rarely draw — long articles and posts written
in another clause than the name — and a stratified seeded sample to judge.

One in-process pass over the corpus minus the --exclude files' ids (held-out splits and every tests/data/*.jsonl),
the development sets, the shared gold, --skip (ids), and every article id named in scripts/data/*.tsv (the
articles earlier rounds read). Each PostHolding gets its construction (scripts/prec40b_strata.py's spy on
``holdings._holding``) and whether the post is in the name's clause: between the phrase and the person mention
stands at most one mark of apposition (", " "-" "(" ":") besides honorifics, ranks and "nguyên". Pools: articles
longer than 3,500 characters; pairs not in the name's clause. 75 drawn from each (seeded; the second pool drawn
from the pairs the first did not take).

    PYTHONPATH=. python -P scripts/prec42_sample.py --exclude tests/data/*.jsonl /work/wt/devown18_ids.jsonl \
        --skip /work/wt/skip_ids.txt --seed 619 --out /tmp/p42
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prec40b_strata as strata  # noqa: E402

from kg import pipeline  # noqa: E402
from kg.corpus.records import Record, read_records  # noqa: E402
from kg.extract import lexicon  # noqa: E402
from kg.extract.facts import holdings  # noqa: E402

LONG = 3500
_APPOSED = re.compile(r"\s*[,(:–-]?\s*")
_HON = re.compile(r"(?<!\w)(?:nguyên|" + lexicon.alternation("honorifics", 2, "address", "comrade") + r")(?!\w)",
                  re.IGNORECASE)
_rec: dict[str, tuple[str, int, int, str, bool]] = {}  # fact id -> construction, sentence, window, same clause


def _same_clause(text: str, ph: tuple, m: Any) -> bool:
    if m is None:
        return False
    gap = text[ph[3] : m.start] if m.start >= ph[3] else text[m.end : ph[2]]
    return _APPOSED.fullmatch(_HON.sub(" ", gap)) is not None


def _spy(ctx: Any, sent: Any, person: Any, ph: tuple) -> None:
    before = {f.subject for f in ctx.facts}
    strata._orig(ctx, sent, person, ph)
    if ctx.probe is not None:
        return
    frame = sys._getframe(1)
    c = strata._construction(frame, ph, ctx.doc.text)
    m = frame.f_locals.get("p") or frame.f_locals.get("pm")
    w = strata._window(ctx.doc.text, sent, ph, m)
    same = _same_clause(ctx.doc.text, ph, m)
    for f in ctx.facts:
        if f.subject not in before and f.subject not in _rec:
            _rec[f.subject] = (c, sent.start, sent.end, w, same)


holdings._holding = _spy  # type: ignore[assignment]


def pairs(rec: Record) -> list[dict[str, Any]]:
    _rec.clear()
    strata._bio.clear()
    res = pipeline.process(rec.doc_id, rec.text, source=rec.source, date=rec.date)
    out = []
    for f in res.facts:
        if f.cls != "PostHolding":
            continue
        label = str(dict(f.props)["rdfs:label"].value)  # type: ignore[union-attr]
        c, a, b, w, same = _rec.get(f.subject, ("unrecorded", 0, 0, "", True))
        sent = res.doc.text[a:b].replace("\n", " ").replace("\t", " ")
        out.append({"article": rec.doc_id, "label": label, "construction": c, "window": w, "sentence": sent,
                    "long": len(res.doc.text) > LONG, "far": not same, "chars": len(res.doc.text)})
    return out


def _read_ids() -> set[str]:
    ids: set[str] = set()
    for f in sorted((strata.ROOT / "scripts/data").glob("*.tsv")):
        ids |= set(re.findall(r"(?<!\d)(\d{8})(?!\d)", f.read_text(encoding="utf-8", errors="replace")))
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--exclude", nargs="+", required=True)
    ap.add_argument("--skip", default="")
    ap.add_argument("--seed", type=int, default=619)
    ap.add_argument("--n", type=int, default=75)
    ap.add_argument("--out", required=True, help="a directory")
    a = ap.parse_args()
    skip = strata._skip([])
    for p in a.exclude:  # ids only (a test file may be in another encoding)
        with open(p, encoding="utf-8", errors="replace") as fh:
            skip |= {m.removeprefix("baomoi-") for m in re.findall(r'"id"\s*:\s*"?([\w-]+)', fh.read())}
    if a.skip:
        skip |= {ln.strip().removeprefix("baomoi-") for ln in open(a.skip, encoding="utf-8") if ln.strip()}
    read = _read_ids()
    rows: list[dict[str, Any]] = []
    for rec in read_records(strata.CORPUS):
        if isinstance(rec, Record) and rec.doc_id.removeprefix("baomoi-") not in skip:
            rows.extend(dict(r, tier=1 + (rec.doc_id.removeprefix("baomoi-") in read)) for r in pairs(rec))
    out = Path(a.out)
    cols = ("article", "chars", "construction", "label", "window", "sentence")
    with open(out / "pairs_all.tsv", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join([str(r["tier"])] + [str(r[c]) for c in cols] + ["long" * r["long"], "far" * r["far"]])
                     + "\n")
    rng = random.Random(a.seed)
    taken: set[int] = set()
    with open(out / "sample.tsv", "w", encoding="utf-8") as fh:
        for stratum in ("long", "far"):
            for tier in (1, 2):  # the unread articles first, then those earlier rounds' TSVs name, up to --n
                pool = [i for i, r in enumerate(rows) if r[stratum] and r["tier"] == tier and i not in taken]
                left = a.n - sum(1 for i in taken if rows[i][stratum] and rows[i].get("drawn") == stratum)
                drawn = rng.sample(pool, min(max(left, 0), len(pool)))
                print(f"# {stratum} tier {tier}: pool {len(pool)} pairs, drawn {len(drawn)}")
                for i in drawn:
                    taken.add(i)
                    rows[i]["drawn"] = stratum
                    fh.write("\t".join([stratum, str(tier)] + [str(rows[i][c]) for c in cols]) + "\n")
    print(f"# {len(rows)} pairs ({sum(r['tier'] == 1 for r in rows)} of unread articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
