"""The whole-corpus event diff of round events46: event labels per article and event nodes shared by articles.

Usage:
    python scripts/events46_diff.py BASE.nq NEW.nq --skip SKIP.txt [--exclude tests/data/*.jsonl] [--seed 827]
        [--show 60] [--joins-only]

For both graphs: each article's event labels (``vnr:inReport``, ``rdfs:label``@vi of the event nodes), and the
event nodes shared by two or more articles. Prints counts of (article, label) items out, in and relabelled (an item
of one article whose label differs by a longer or shorter name at the same place is counted once as changed when
one label is the start of the other), and shared nodes before → after; then a seeded sample of ``--show`` items of
each list with the article's sentence. Articles of the skip list and of ``--exclude`` files are dropped BEFORE
anything is counted or printed.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import IN_REPORT, _objects, event_labels, excluded_ids  # noqa: E402


def _items(path: Path, drop: set[str]) -> tuple[set[tuple[str, str]], dict[str, tuple[str, ...]]]:
    labels, _ = event_labels(path)
    reports = _objects(path, set(labels), IN_REPORT)
    items: set[tuple[str, str]] = set()
    nodes: dict[str, tuple[str, ...]] = {}
    for e, lab in labels.items():
        arts = tuple(sorted({r.rsplit("/", 1)[-1] for r in reports.get(e, [])}))
        if {a.removeprefix("baomoi-") for a in arts} & drop:
            continue
        nodes[e] = arts
        items |= {(a, lab) for a in arts}
    return items, nodes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("base", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=827)
    ap.add_argument("--show", type=int, default=60)
    a = ap.parse_args(argv)
    drop = excluded_ids(a.exclude)
    for p in a.skip:
        drop |= {ln.strip().removeprefix("baomoi-") for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}
    old, old_nodes = _items(a.base, drop)
    new, new_nodes = _items(a.new, drop)
    out, inn = sorted(old - new), sorted(new - old)
    changed = []
    for art, lab in out:
        low = lab.lower()
        alt = [x for b, x in inn if b == art and (x.lower().startswith(low) or low.startswith(x.lower()))]
        if alt:
            changed.append((art, lab, alt[0]))
    ch_out = {(c[0], c[1]) for c in changed}
    ch_in = {(c[0], c[2]) for c in changed}
    only_out = [x for x in out if x not in ch_out]
    only_in = [x for x in inn if x not in ch_in]
    shared_old = {e: arts for e, arts in old_nodes.items() if len(arts) > 1}
    shared_new = {e: arts for e, arts in new_nodes.items() if len(arts) > 1}
    split = sorted(set(shared_old) - set(shared_new))
    joined = sorted(set(shared_new) - set(shared_old))
    print(f"items (article, label): base {len(old)}, new {len(new)}; changed {len(changed)}, out {len(only_out)},"
          f" in {len(only_in)}")
    print(f"event nodes: base {len(old_nodes)}, new {len(new_nodes)}; shared by 2+ articles: base {len(shared_old)}"
          f" → new {len(shared_new)} ({len(split)} base shared nodes no longer shared as such, {len(joined)} new)")
    rnd = random.Random(a.seed)
    for name, rows in (("CHANGED", changed), ("OUT", only_out), ("IN", only_in)):
        pick = sorted(rnd.sample(rows, min(a.show, len(rows))))
        print(f"== {name} ({len(rows)}; shown {len(pick)})")
        for r in pick:
            print(" | ".join(r))
    for name, nodes, src in (("SPLIT", split, old_nodes), ("JOINED", joined, new_nodes)):
        print(f"== {name} ({len(nodes)})")
        for e in nodes:
            print(e.rsplit("/", 1)[-1], "|", " ".join(src[e]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
