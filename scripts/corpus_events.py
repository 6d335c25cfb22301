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
- *comma + clause word*: a comma followed by a lower-case function word or clause word ("đã", "nhằm", "tại", …: a
  clause goes on). Until events42b this flagged a comma before any lower-case word, but of 60 labels it flagged
  (seed 617) 50 were complete names with an enumeration inside ("các sở, ngành", "kiểm tra, giám sát") and none of its
  4 fragments was cut at its comma (scripts/data/events42b_before.tsv);
- *clause opener*: a capitalised clause opener ("Theo", "Dù", "Sáng", …) after a lower-case word or a comma (after a
  capitalised word it is a syllable of a proper name: "quận Nam Từ Liêm", "Lễ hội Cửa Ông", 4 of 4 at the events42b
  base);
- *demonstrative*: a demonstrative word ("này", "đó", "ấy", "trên", …) in the label.

The word lists of the indicators are the measure's own (below), independent of the grammar's lexicon.

``--exclude`` (JSON Lines files or gold JSON lists) leaves out of the sample every node that any of their articles
names (the held-out splits are never drawn); the written TSV gives each label's sentence (the sentence of the node's
provenance that holds the label, from the graph's text layer: build without ``--no-text``).

    .venv/bin/python scripts/corpus_events.py out/corpus.nq [--sample 150 --seed 8] [--write FILE] [--judged FILE]
        [--exclude tests/data/frozen2.jsonl tests/data/frozen3.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

VNR = "https://w3id.org/vnreport-kg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
IN_REPORT = f"<{VNR}inReport>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
IS_STRING = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>"
EVENT_CLASSES = {f"{VNR}Meeting", f"{VNR}Congress", f"{VNR}Election"}

FUNCTION_WORDS = frozenset(
    "và của như với là được bị đã đang sẽ đều cũng thì mà nhưng để cho về từ tại trong theo có không rất đến"
    " các những khi nếu vì do nên hay hoặc còn vẫn lại ra vào nào gì".split()
)
CLAUSE_OPENERS = frozenset(
    "Theo Dù Tuy Sáng Chiều Tối Trưa Hôm Nhưng Khi Sau Trước Trong Tại Với Để Từ Qua Còn Đây Đó Này Ngoài Bên"
    " Nếu Vì Do Cũng Ông".split()
)
CLAUSE_WORDS = (FUNCTION_WORDS - {"các", "những"}) | frozenset("nhằm đồng thời diễn ra tiếp tục".split())
DEMONSTRATIVES = ("này", "đó", "ấy", "kia", "nói trên", "trên đây", "vừa qua", "năm nay", "mới đây")
_LOWER_AFTER_COMMA = re.compile(r",\s+([a-zà-ỹđ]\S*)")


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
    if any(m.group(1).strip(",.;:") in CLAUSE_WORDS for m in _LOWER_AFTER_COMMA.finditer(label)):
        out.append("comma + clause word")
    if any(w.strip(",.;:") in CLAUSE_OPENERS and (words[k][:1].islower() or words[k].endswith(","))
           for k, w in enumerate(words[1:])):
        out.append("clause opener")
    low = " " + label.lower() + " "
    if any(f" {d} " in low or f" {d}," in low for d in DEMONSTRATIVES):
        out.append("demonstrative")
    return out


def _objects(path: Path, nodes: set[str], predicate: str) -> dict[str, list[str]]:
    """node → the IRIs it has as objects of ``predicate`` (sorted), for the given nodes."""
    keep = _lines(path, predicate)
    out: dict[str, list[str]] = {}
    for q in ox.parse(b"".join(keep), format=ox.RdfFormat.N_QUADS):
        if q.subject.value in nodes:
            out.setdefault(q.subject.value, []).append(q.object.value)
    return {k: sorted(v) for k, v in out.items()}


def _lines(path: Path, predicate: str) -> list[bytes]:
    with path.open("rb") as fh:
        return [line for line in fh if predicate.encode() in line]


def excluded_ids(paths: list[Path]) -> set[str]:
    """Article ids (without a ``baomoi-`` prefix) of JSON Lines files or gold JSON lists; only the ids are read."""
    out: set[str] = set()
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        if p.suffix == ".json":
            out |= {str(it["id"]) for it in json.loads(text)}
        else:
            out |= set(re.findall(r'"id":\s*"([^"]+)"', text))
    return {i.removeprefix("baomoi-") for i in out}


def drop_excluded(path: Path, labels: dict[str, str], ids: set[str]) -> dict[str, str]:
    """The labels of the nodes no excluded article names (``vnr:inReport``)."""
    if not ids:
        return labels
    reports = _objects(path, set(labels), IN_REPORT)
    def held_out(node: str) -> bool:
        return any(r.rsplit("/", 1)[-1].removeprefix("baomoi-") in ids for r in reports.get(node, []))
    return {e: lab for e, lab in labels.items() if not held_out(e)}


def sentences(path: Path, picked: list[tuple[str, str]]) -> dict[str, str]:
    """node → the sentence of its provenance that holds its label (the first provenance sentence when none does)."""
    spans = _objects(path, {e for e, _ in picked}, DERIVED)
    reports = {s.split("#", 1)[0] for v in spans.values() for s in v}
    texts: dict[str, str] = {}
    for line in _lines(path, IS_STRING):
        for q in ox.parse(line, format=ox.RdfFormat.N_QUADS):
            if q.subject.value in reports:
                texts[q.subject.value] = q.object.value
    out: dict[str, str] = {}
    for node, label in picked:
        found = []
        for s in spans.get(node, []):
            report, _, char = s.partition("#char=")
            if report in texts and char:
                a, b = (int(x) for x in char.split(","))
                found.append(" ".join(texts[report][a:b].split()))
        hit = [f for f in found if label.lower() in f.lower()]
        out[node] = (hit or found or [""])[0]
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
    ap.add_argument("--exclude", type=Path, nargs="*", default=[], help="JSON Lines / gold JSON: their articles' nodes"
                    " are not drawn")
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
    for name in ("function word at the end", "comma + clause word", "clause opener", "demonstrative"):
        got = hits.get(name, [])
        print(f"  {name}: {len(got)}")
        for label in got[: args.examples]:
            print(f"      {label}")
    pool = drop_excluded(args.graph, labels, excluded_ids(args.exclude))
    picked = sample(pool, args.sample, args.seed)
    if args.write:
        said = sentences(args.graph, picked)
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "verdict", "why", "label", "indicators", "sentence"])
            for n, (node, label) in enumerate(picked, 1):
                w.writerow([n, "", "", label, "; ".join(indicators(label)), said[node]])
        print(f"sample of {len(picked)} (seed {args.seed}, of {len(pool)} nodes no excluded article names) written"
              f" to {args.write}")
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
