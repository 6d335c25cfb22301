"""Score the event labels of a corpus N-Quads graph against the ``events`` of gold sets, by article id (``score.py``
scores no events). An event node's names are its Vietnamese ``rdfs:label`` and its Vietnamese ``skos:altLabel``s (the
label spells abbreviations out — "HĐND thành phố" — while an altLabel keeps the name as written — "HĐND TP"). Per
gold event: *exact* — a name of a node of the article equals the gold name (case, quotes and spacing folded);
*long* — a name holds the gold name and more; *short* — a name is a proper part of the gold name; *miss* — none.
*labels*: event nodes of the gold articles; *extra*: those nodes none of whose names relates to a gold event.

    .venv/bin/python scripts/score_events.py out/corpus.nq ../shared/eval/train_gold.json tests/data/devown10_gold.json
        [-v]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import IN_REPORT, _objects, event_labels  # noqa: E402


def fold(s: str) -> str:
    """Lower case, NFC, no quotes, single spaces."""
    s = re.sub(r"[“”\"'‘’«»]", "", unicodedata.normalize("NFC", s).lower())
    return " ".join(s.split())


ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"


def by_article(graph: Path) -> dict[str, list[frozenset[str]]]:
    """Article id (no ``baomoi-`` prefix) → the folded names (label and altLabels) of each of its event nodes."""
    labels, _ = event_labels(graph)
    reports = _objects(graph, set(labels), IN_REPORT)
    alts = _alt_labels(graph, set(labels))
    out: dict[str, list[frozenset[str]]] = {}
    for node, lab in labels.items():
        names = frozenset({fold(lab)} | {fold(a) for a in alts.get(node, [])})
        for r in reports.get(node, []):
            out.setdefault(r.rsplit("/", 1)[-1].removeprefix("baomoi-"), []).append(names)
    return out


def _alt_labels(graph: Path, nodes: set[str]) -> dict[str, list[str]]:
    """node → its Vietnamese ``skos:altLabel`` values, for the given nodes."""
    out: dict[str, list[str]] = {}
    with graph.open("rb") as fh:
        keep = [line for line in fh if ALT_LABEL.encode() in line and b'"@vi ' in line]
    for q in ox.parse(b"".join(keep), format=ox.RdfFormat.N_QUADS):
        if q.subject.value in nodes:
            out.setdefault(q.subject.value, []).append(q.object.value)
    return out


def score(gold: list[dict], arts: dict[str, list[frozenset[str]]], verbose: bool = False) -> dict[str, int]:
    """Counts of exact, short, long, miss, extra and labels (event nodes) over the gold articles."""
    c = dict(exact=0, short=0, long=0, miss=0, extra=0, labels=0)
    for it in gold:
        nodes = arts.get(str(it["id"]).removeprefix("baomoi-"), [])
        labs = set().union(*nodes) if nodes else set()
        names = [fold(e.get("name") or "") for e in it.get("events", [])]
        c["labels"] += len(nodes)
        for g in names:
            longs, shorts = [x for x in labs if g in x], [x for x in labs if x in g]
            kind = "exact" if g in labs else "long" if longs else "short" if shorts else "miss"
            c[kind] += 1
            if verbose:
                print("   ", it["id"], "|", g, "|", kind, sorted(longs or shorts))
        c["extra"] += sum(not any(x in g or g in x for g in names for x in node) for node in nodes)
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
