"""Score the event labels of a corpus N-Quads graph against the ``events`` of gold sets, by article id (``score.py``
scores no events). Per gold event: *exact* — a label of the article equals the gold name (case, quotes and spacing
folded); *long* — a label holds the gold name and more; *short* — a label is a proper part of the gold name; *miss*
— none. *extra*: labels of the gold articles related to no gold event.

    .venv/bin/python scripts/score_events.py out/corpus.nq ../shared/eval/train_gold.json tests/data/devown10_gold.json
        [-v]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import IN_REPORT, _objects, event_labels  # noqa: E402


def fold(s: str) -> str:
    """Lower case, NFC, no quotes, single spaces."""
    s = re.sub(r"[“”\"'‘’«»]", "", unicodedata.normalize("NFC", s).lower())
    return " ".join(s.split())


def by_article(graph: Path) -> dict[str, set[str]]:
    """Article id (no ``baomoi-`` prefix) → the folded labels of its event nodes."""
    labels, _ = event_labels(graph)
    reports = _objects(graph, set(labels), IN_REPORT)
    out: dict[str, set[str]] = {}
    for node, lab in labels.items():
        for r in reports.get(node, []):
            out.setdefault(r.rsplit("/", 1)[-1].removeprefix("baomoi-"), set()).add(fold(lab))
    return out


def score(gold: list[dict], arts: dict[str, set[str]], verbose: bool = False) -> dict[str, int]:
    """Counts of exact, short, long, miss, extra and labels over the gold articles."""
    c = dict(exact=0, short=0, long=0, miss=0, extra=0, labels=0)
    for it in gold:
        labs = arts.get(str(it["id"]).removeprefix("baomoi-"), set())
        names = [fold(e.get("name") or "") for e in it.get("events", [])]
        c["labels"] += len(labs)
        for g in names:
            longs, shorts = [x for x in labs if g in x], [x for x in labs if x in g]
            kind = "exact" if g in labs else "long" if longs else "short" if shorts else "miss"
            c[kind] += 1
            if verbose:
                print("   ", it["id"], "|", g, "|", kind, sorted(longs or shorts))
        c["extra"] += sum(not any(x in g or g in x for g in names) for x in labs)
    return c


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    arts = by_article(Path(args[0]))
    for p in args[1:]:
        gold = json.loads(Path(p).read_text(encoding="utf-8"))
        c = score(gold, arts, verbose)
        n = sum(len(it.get("events", [])) for it in gold)
        print(f"{Path(p).name}: gold events {n}: " + " ".join(f"{k} {v}" for k, v in c.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
