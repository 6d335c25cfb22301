"""Round falsep46 (issue 8): a census of person nodes in articles that name few persons, read from a build's N-Quads.

Each (article, person node) pair of a whole-corpus build whose article has at most ``--most`` person nodes is a
candidate; ``-n`` of them are drawn with ``random.Random(seed)`` from the sorted candidates (articles of ``--skip``
files — one ``baomoi-N`` per line, or JSON Lines whose ids to drop — are left out before drawing and printing). Each
row shows the node's label, its mentions (text@start-end) and their sentences, to judge by hand: ``right`` (a person,
the name right), ``name`` (a person, the name wrong: cut, run on, a title or following word glued) or ``false:CLASS``
(no person: place, street, school, company, brand, product, work, ship, disease, event, body, phrase, foreign …).

    .venv/bin/python scripts/falsep46_census.py BUILD.nq --seed 877 -n 150 --skip IDS... --write FILE.tsv
    .venv/bin/python scripts/falsep46_census.py AFTER.nq --judged FILE.tsv   # the same rows on another build
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

REF = re.compile(r"^<[^>]*/report/(baomoi-\d+)#char=(\d+),(\d+)> <[^>]*taIdentRef> <[^>]*/id/person/([^>]+)>")
ANCHOR = re.compile(r'^<[^>]*/report/(baomoi-\d+)#char=(\d+),(\d+)> <[^>]*nif-core#anchorOf> "((?:[^"\\]|\\.)*)"')
SENT = re.compile(r"^<[^>]*/report/(baomoi-\d+)#char=(\d+),(\d+)> <[^>]*#type> <[^>]*nif-core#Sentence>")
COLUMNS = ["n", "article", "node", "mentions", "verdict", "note", "sentences"]


def skip_ids(paths: list[Path]) -> set[str]:
    """Ids of ``baomoi-N`` lists or JSON Lines files."""
    out: set[str] = set()
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        out |= set(re.findall(r'"id":\s*"([^"]+)"', text))  # malformed lines too
        out |= {ln.strip() for ln in text.splitlines() if ln.strip().startswith("baomoi-")}
    return {i if i.startswith("baomoi-") else f"baomoi-{i}" for i in out}


def read(build: Path, skip: set[str]) -> tuple[dict[str, dict[str, list[tuple[int, int]]]], dict, dict]:
    """Article → person node → mention spans; (article, start, end) → anchor text; article → sentence spans."""
    refs: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    anchors: dict[tuple[str, int, int], str] = {}
    sents: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with build.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("<https://w3id.org/vnreport-kg/id/report/baomoi-"):
                continue
            if (m := REF.match(line)) and m.group(1) not in skip:
                refs[m.group(1)][m.group(4)].append((int(m.group(2)), int(m.group(3))))
            elif (m := ANCHOR.match(line)) and m.group(1) not in skip:
                anchors[(m.group(1), int(m.group(2)), int(m.group(3)))] = json.loads(f'"{m.group(4)}"')
            elif (m := SENT.match(line)) and m.group(1) not in skip:
                sents[m.group(1)].append((int(m.group(2)), int(m.group(3))))
    return refs, anchors, sents


def write(build: Path, seed: int, n: int, most: int, skip: set[str], out: Path) -> None:
    refs, anchors, sents = read(build, skip)
    cands = sorted((art, node) for art, nodes in refs.items() if len(nodes) <= most for node in nodes)
    rows = sorted(random.Random(seed).sample(cands, min(n, len(cands))))
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# falsep46_census.py seed {seed}: {len(cands)} candidates (articles with <= {most} person "
                 f"nodes); verdict right / name / false:CLASS\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for i, (art, node) in enumerate(rows, 1):
            spans = sorted(set(refs[art][node]))
            ments = " | ".join(f"{anchors.get((art, a, b), '?')}@{a}-{b}" for a, b in spans)
            ss = sorted({s for a, _ in spans for s in sents[art] if s[0] <= a < s[1]})[:2]
            text = " || ".join(" ".join(anchors.get((art, a, b), "").split()) for a, b in ss)
            w.writerow([i, art, node, ments, "", "", text])
    print(f"{len(rows)} of {len(cands)} candidates written to {out}")


def judged(build: Path, path: Path) -> None:
    """For each judged row: is a person mention still on its spans (kept / gone / changed name)?"""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((x for x in fh if not x.startswith("#")), delimiter="\t"))
    arts = {r["article"] for r in rows}
    refs, anchors, _ = read(build, set())
    tally: Counter[tuple[str, str]] = Counter()
    for r in rows:
        art = r["article"]
        spans = [tuple(map(int, m.rsplit("@", 1)[1].split("-"))) for m in r["mentions"].split(" | ")]
        now = {(node, a, b) for node, ss in refs.get(art, {}).items() for a, b in ss
               for x, y in spans if a < y and x < b} if art in arts else set()
        state = "gone" if not now else "kept" if any(n == r["node"] for n, _, _ in now) else "changed"
        verdict = r["verdict"].split(":")[0]
        tally[(verdict, state)] += 1
        if state != "kept":
            print(r["n"], art, r["node"], r["verdict"], state,
                  sorted({anchors.get((art, a, b), "?") for _, a, b in now}))
    for (v, s), c in sorted(tally.items()):
        print(f"{v}\t{s}\t{c}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--seed", type=int, default=877)
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--most", type=int, default=3)
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--write", type=Path)
    ap.add_argument("--judged", type=Path)
    args = ap.parse_args(argv)
    if args.judged:
        judged(args.build, args.judged)
    else:
        write(args.build, args.seed, args.n, args.most, skip_ids(args.skip), args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
