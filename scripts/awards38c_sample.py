"""Round awards38c (issue 8, item 2): counted prize lists and an organiser as giver.

Sentences of the corpus, outside the articles of ``--exclude`` (only their ids are read), that hold a list of graded
prizes ("1 giải nhất, 2 giải nhì, 3 giải ba …": kind ``list``) or a prize of a contest "do X tổ chức" (kind
``organiser``); a seeded sample of each with the conferrals a build derives from the sentence (``--after`` shows a
second build's for the same rows).

    .venv/bin/python scripts/awards38c_sample.py BASE.nq --exclude tests/data/frozen{2..8}.jsonl [--after NEW.nq]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from awards37_sample import _segmented, articles, describe, in_span, read_build, spans  # noqa: E402
from corpus_awards import CORPUS  # noqa: E402

from kg.extract import award_names  # noqa: E402

GRADE = r"(?:" + award_names.alt("grade-value") + "|" + award_names.alt("prize-grade") + r")"
KINDS = {"list": re.compile(r"(?<!\w)giải\s+" + GRADE + r"(?:\s*,|\s+và)\s*(?:\d+\s+)?giải\s+" + GRADE + r"(?!\w)",
                            re.IGNORECASE),
         "organiser": re.compile(r"(?<!\w)giải(?!\w)[^.;]{0,120}?\sdo\s[^,.;]{2,80}?\stổ chức(?!\w)", re.IGNORECASE)}


def ids_of(paths: list[Path]) -> set[str]:
    import json
    out: set[str] = set()
    for p in paths:
        with p.open(encoding="utf-8") as fh:
            out |= {str(json.loads(ln)["id"]).removeprefix("baomoi-") for ln in fh if ln.strip()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("--after", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="+", required=True)
    ap.add_argument("--seed", type=int, default=538)
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args(argv)
    arts = articles(CORPUS, ids_of(args.exclude))
    builds = [read_build(args.base)] + ([read_build(args.after)] if args.after else [])
    found: dict[str, list[tuple[str, int, int, str]]] = {k: [] for k in KINDS}
    for aid in sorted(arts):
        rec = arts[aid]
        if not any(k.search(rec["title"] + "\n" + rec["text"]) for k in KINDS.values()):
            continue
        for s in _segmented(rec).sentences:
            for kind, rx in KINDS.items():
                if rx.search(s.text):
                    found[kind].append((aid, s.start, s.end, " ".join(s.text.split())))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["n", "kind", "id", "span", "verdict", "note", "sentence", "graph", "after"])
    n = 0
    for kind, rows in found.items():
        print(f"{kind}: {len(rows)} sentences", file=sys.stderr)
        for aid, a, b, text in sorted(random.Random(args.seed).sample(rows, min(args.n, len(rows)))):
            n += 1
            shown = []
            for conf, label in builds:
                sp = spans(conf)
                shown.append(" || ".join(describe(conf[i], label) for i in in_span(sp.get(aid, []), a, b)))
            w.writerow([n, kind, aid, f"{a}-{b}", "", "", text, *shown])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
