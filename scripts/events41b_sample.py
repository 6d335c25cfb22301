"""Round events41b: how often a verb phrase that may name an activity (a visit, a ceremony, a working session:
"chào xã giao", "dâng hương", "đặt vòng hoa", "đến thăm", "làm việc với", …) opens a reported activity in the
corpus, against a plan or a passing mention. Every occurrence in a sentence of an article no held-out split names
(``--exclude`` JSON Lines / gold JSON, read for ids only; ``--skip`` plain id lists) is counted by what comes right
before it (``đã`` [đến|tới|đi] — a report marker; ``sẽ``/``dự kiến`` — a plan; ``khi`` — a verb inside another
clause; else none); a seeded sample of the occurrences of every verb but "kiểm tra" (counted only: mostly a noun or
an instruction) is written as a TSV to judge (verdict: report / plan / passing / not-activity).
``--graph`` adds, per sampled occurrence, whether an event node of its article has a name that opens with the verb.

    python scripts/events41b_sample.py CORPUS.jsonl.gz --seed 587 --sample 60 --write FILE --exclude … --skip ids.txt
        [--graph corpus.nq]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import excluded_ids  # noqa: E402

VERBS = ["chào xã giao", "dâng hương", "dâng hoa", "đặt vòng hoa", "viếng", "đến thăm", "tới thăm",
         "làm việc với", "kiểm tra"]
_VERB = re.compile(r"(?<!\w)(" + "|".join(VERBS) + r")(?!\w)", re.IGNORECASE)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def marker(before: str) -> str:
    """What comes right before the verb: report (đã), plan (sẽ, dự kiến), clause (khi), or none."""
    w = before.lower().split()[-3:]
    if w[-1:] in (["đã"],) or (len(w) >= 2 and w[-2] == "đã" and w[-1] in ("đến", "tới", "đi")):
        return "report"
    if any(x in ("sẽ",) for x in w) or "dự kiến" in " ".join(w):
        return "plan"
    if "khi" in w:
        return "clause"
    return "none"


def occurrences(corpus: Path, skip: set[str]) -> list[tuple[str, str, str, str]]:
    """(article, verb, marker, sentence) of every verb occurrence, in corpus order."""
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art in skip:
                continue
            for s in _SENT.finditer(d.get("text", "")):
                for m in _VERB.finditer(s.group()):
                    out.append((art, m.group(1), marker(s.group()[: m.start()] or " "), s.group().strip()))
    return out


def event_names(graph: Path) -> dict[str, list[str]]:
    from score_events import by_article
    return {a: sorted(n for names in v for n in names) for a, v in by_article(graph).items()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=587)
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--graph", type=Path)
    args = ap.parse_args()
    ids = excluded_ids(args.exclude)
    for p in args.skip:
        ids |= {s.strip().removeprefix("baomoi-") for s in p.read_text(encoding="utf-8").split() if s.strip()}
    occ = occurrences(args.corpus, ids)
    counts = Counter((v.lower(), mk) for _, v, mk, _ in occ)
    for v in VERBS:
        print(v, {mk: counts[(v, mk)] for mk in ("report", "plan", "clause", "none")})
    pool = [i for i, o in enumerate(occ) if o[1].lower() != "kiểm tra"]  # counted, not sampled: mostly a noun
    picked = sorted(random.Random(args.seed).sample(pool, min(args.sample, len(pool))))
    names = event_names(args.graph) if args.graph else {}
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "article", "verb", "marker", "verdict", "event", "sentence"])
        for n, i in enumerate(picked, 1):
            art, verb, mk, sent = occ[i]
            ev = [x for x in names.get(art, []) if x.startswith(verb.lower())] if args.graph else []
            w.writerow([n, art, verb, mk, "", "; ".join(ev), sent])
    print(f"{len(occ)} occurrences, {len(pool)} sampled from; {len(picked)} written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
