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

import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import event_names, sentences, shape_args, skipped  # noqa: E402

VERBS = ["chào xã giao", "dâng hương", "dâng hoa", "đặt vòng hoa", "viếng", "đến thăm", "tới thăm",
         "làm việc với", "kiểm tra"]
_VERB = re.compile(r"(?<!\w)(" + "|".join(VERBS) + r")(?!\w)", re.IGNORECASE)


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
    return [(art, m.group(1), marker(sent[: m.start()] or " "), sent.strip())
            for art, sent in sentences(corpus, skip) for m in _VERB.finditer(sent)]


def main() -> int:
    args = shape_args(587).parse_args()
    ids = skipped(args)
    occ = occurrences(args.corpus, ids)
    counts = Counter((v.lower(), mk) for _, v, mk, _ in occ)
    for v in VERBS:
        print(v, {mk: counts[(v, mk)] for mk in ("report", "plan", "clause", "none")})
    pool = [i for i, o in enumerate(occ) if o[1].lower() != "kiểm tra"]  # counted, not sampled: mostly a noun
    picked = sorted(random.Random(args.seed).sample(pool, min(args.sample, len(pool))))
    names = event_names(args.graph)
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
