"""Issue 8, item 3 (no event node whose name is a fragment), measured on a built corpus graph (N-Quads).

The headline is a **hand judgement**: a fixed-seed random sample of event labels (``--sample 150 --seed 8``, drawn
from the sorted labels of all event nodes — ``vnr:Meeting``, ``vnr:Congress``, ``vnr:Election`` — so the same graph
always gives the same sample) is written as a TSV to judge; a judged copy (``verdict`` column: ``name`` or
``fragment``, and a ``why``) is read back with ``--judged FILE`` and its fragment count printed. A *fragment* is a
head plus part of a clause: a name cut inside a phrase, a name running into a verb, an adverb, a time phrase or the
next clause, a demonstrative reference ("Lễ … này") named as if a name, or no event at all.

Beside it, **automatic indicators** over ALL event labels (indicators, not the headline: each misses fragments and
flags some names):

- *function word at the end*: the last word is a function word (conjunction, preposition, particle, auxiliary);
- *comma + lower case*: a comma followed by a lower-case word (a clause or an apposition goes on);
- *clause opener*: a capitalised clause opener ("Theo", "Dù", "Sáng", …) after the head;
- *demonstrative*: a demonstrative word ("này", "đó", "ấy", "trên", …) in the label.

The word lists of the indicators are the measure's own (below), independent of the grammar's lexicon.

    .venv/bin/python scripts/corpus_events.py out/corpus.nq [--sample 150 --seed 8] [--write FILE] [--judged FILE]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

VNR = "https://w3id.org/vnreport-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
EVENT_CLASSES = {f"{VNR}Meeting", f"{VNR}Congress", f"{VNR}Election"}

FUNCTION_WORDS = frozenset(
    "và của như với là được bị đã đang sẽ đều cũng thì mà nhưng để cho về từ tại trong theo có không rất đến"
    " các những khi nếu vì do nên hay hoặc còn vẫn lại ra vào nào gì".split()
)
CLAUSE_OPENERS = frozenset(
    "Theo Dù Tuy Sáng Chiều Tối Trưa Hôm Nhưng Khi Sau Trước Trong Tại Với Để Từ Qua Còn Đây Đó Này Ngoài Bên"
    " Nếu Vì Do Cũng Ông".split()
)
DEMONSTRATIVES = ("này", "đó", "ấy", "kia", "nói trên", "trên đây", "vừa qua", "năm nay", "mới đây")
_LOWER_AFTER_COMMA = re.compile(r",\s+[a-zà-ỹđ]", re.IGNORECASE)


def event_labels(path: Path) -> tuple[dict[str, str], Counter[str]]:
    """(event node → its Vietnamese ``rdfs:label`` (one per node in a corpus graph), nodes per class)."""
    keep: list[bytes] = []
    with path.open("rb") as fh:
        for line in fh:
            if RDF_TYPE.encode() in line or RDFS_LABEL.encode() in line:
                keep.append(line)
    events: dict[str, str] = {}
    labels: dict[str, str] = {}
    for q in ox.parse(b"".join(keep), format=ox.RdfFormat.N_QUADS):
        s, o = q.subject.value, q.object
        if q.predicate.value.endswith("#type") and o.value in EVENT_CLASSES:
            events[s] = o.value.rsplit("#", 1)[1]
        elif isinstance(o, ox.Literal) and o.language == "vi":
            labels[s] = o.value
    return {e: labels[e] for e in sorted(events) if e in labels}, Counter(events.values())


def indicators(label: str) -> list[str]:
    """The automatic indicators a label trips (see the module docstring)."""
    words = label.split()
    out = []
    if words and words[-1].strip(",.;:").lower() in FUNCTION_WORDS:
        out.append("function word at the end")
    if _LOWER_AFTER_COMMA.search(label):
        out.append("comma + lower case")
    if any(w.strip(",.;:") in CLAUSE_OPENERS for w in words[1:]):
        out.append("clause opener")
    low = " " + label.lower() + " "
    if any(f" {d} " in low or f" {d}," in low for d in DEMONSTRATIVES):
        out.append("demonstrative")
    return out


def sample(labels: dict[str, str], n: int, seed: int) -> list[tuple[str, str]]:
    """A fixed-seed random sample of (node, label), in sorted-node order."""
    nodes = sorted(labels)
    picked = sorted(random.Random(seed).sample(nodes, min(n, len(nodes))))
    return [(e, labels[e]) for e in picked]


def judged(path: Path, verdicts: tuple[str, str] = ("name", "fragment")) -> tuple[int, int]:
    """(rows judged ``verdicts[1]``, rows) of a judged sample TSV whose every row has one of ``verdicts``."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    bad = [r for r in rows if r["verdict"] not in verdicts]
    if bad:
        raise ValueError(f"{path}: row {bad[0]['n']} has no verdict ({'|'.join(verdicts)})")
    return sum(r["verdict"] == verdicts[1] for r in rows), len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--sample", type=int, default=150)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--write", type=Path, help="write the sample as a TSV to judge")
    ap.add_argument("--judged", type=Path, help="a judged sample TSV: print its fragment count")
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.graph.is_file():
        print(f"corpus_events: no such file: {args.graph}", file=sys.stderr)
        return 2
    labels, kinds = event_labels(args.graph)
    print(f"event nodes: {len(labels)} ({dict(kinds)})")
    hits: dict[str, list[str]] = {}
    flagged = 0
    for label in labels.values():
        ind = indicators(label)
        flagged += bool(ind)
        for i in ind:
            hits.setdefault(i, []).append(label)
    print(f"labels tripping any indicator: {flagged} ({flagged / max(1, len(labels)):.1%})")
    for name in ("function word at the end", "comma + lower case", "clause opener", "demonstrative"):
        got = hits.get(name, [])
        print(f"  {name}: {len(got)}")
        for label in got[: args.examples]:
            print(f"      {label}")
    picked = sample(labels, args.sample, args.seed)
    if args.write:
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "verdict", "why", "label", "indicators"])
            for n, (_, label) in enumerate(picked, 1):
                w.writerow([n, "", "", label, "; ".join(indicators(label))])
        print(f"sample of {len(picked)} (seed {args.seed}) written to {args.write}")
    if args.judged:
        try:
            frag, rows = judged(args.judged)
        except (OSError, ValueError, KeyError) as exc:
            print(f"corpus_events: {exc}", file=sys.stderr)
            return 2
        print(f"judged sample {args.judged}: {frag} fragments of {rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
