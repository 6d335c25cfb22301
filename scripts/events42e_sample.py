"""Round events42e: the Vietnamese altLabels of event nodes that a build adds over a base build, each with an article
whose text writes it as a mention of the node (held-out ids dropped before anything is shown), and a seeded sample.

    python scripts/events42e_sample.py base.nq corpus.nq --exclude IDS.txt --seed 653 --n 60 --write FILE
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

_ALT = re.compile(r'^<([^>]*/event/[^>]*)> <http://www.w3.org/2004/02/skos/core#altLabel> "((?:[^"\\]|\\.)*)"@vi')
_LABEL = re.compile(r'^<([^>]*/event/[^>]*)> <http://www.w3.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"@vi')
_ANCHOR = re.compile(r'^<([^>]*#char=\d+,\d+)> <[^>]*#anchorOf> "((?:[^"\\]|\\.)*)"')
_IDENT = re.compile(r"^<([^>]*#char=\d+,\d+)> <[^>]*#taIdentRef> <([^>]*/event/[^>]*)>")


def _alts(path: Path) -> set[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return {(m.group(1), m.group(2)) for ln in fh if "#altLabel>" in ln and (m := _ALT.match(ln))}


def _after(path: Path) -> tuple[dict[str, str], dict[tuple[str, str], list[str]]]:
    """Event node → its label; (node, anchor text) → the articles whose mention of the node writes it."""
    labels: dict[str, str] = {}
    idents: dict[str, str] = {}
    anchors: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for ln in fh:
            if "/event/" in ln and "#label>" in ln and (m := _LABEL.match(ln)):
                labels[m.group(1)] = m.group(2)
            elif "#taIdentRef> <" in ln and (m := _IDENT.match(ln)):
                idents[m.group(1)] = m.group(2)
            elif "#anchorOf>" in ln and (m := _ANCHOR.match(ln)):
                anchors[m.group(1)] = m.group(2)
    where: dict[tuple[str, str], list[str]] = {}
    for phrase, node in sorted(idents.items()):
        art = phrase.split("#", 1)[0].rsplit("/", 1)[-1].removeprefix("baomoi-")
        where.setdefault((node, anchors.get(phrase, "")), []).append(art)
    return labels, where


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--exclude", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=653)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--write", type=Path, required=True)
    args = ap.parse_args()
    skip = set(args.exclude.read_text().split())
    added = sorted(_alts(args.after) - _alts(args.base))
    removed = len(_alts(args.base) - _alts(args.after))
    labels, where = _after(args.after)
    rows = []
    for node, form in added:
        arts = sorted({a for a in where.get((node, form), []) if a not in skip})
        if arts:
            rows.append([arts[0], labels.get(node, ""), form])
    print(f"altLabels added {len(added)} (with a public article {len(rows)}), removed {removed}")
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["article", "label", "altlabel_added", "verdict", "note"])
        w.writerows(r + ["", ""] for r in sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
