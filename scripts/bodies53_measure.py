"""Round bodies53: census of body nodes whose Vietnamese label ends in a province or centrally-run city name
(``provinces.tsv``, plus abbreviations such as "HCM"): per body type, whether the node is placed in that province
(``org:subOrganizationOf`` a place whose label ends in the name), and whether a node of the same body written with
the level word exists. Nodes reported in any held-out article (``--exclude``) are dropped before anything is counted
or printed.

    python scripts/bodies53_measure.py NQ --exclude /work/wt/held_ids.txt [--examples N] [--tsv OUT]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter, defaultdict

from kg.extract import lexicon
from kg.extract.normalise import key

_LINE = re.compile(r'^<([^>]+)> <([^>]+)> (<[^>]+>|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]+>)?) ')
_LEVELS = tuple(key(w) for w in ("tỉnh", "thành phố", "tp", "tp.", "thủ đô"))


def _provinces() -> dict[str, str]:
    out = {key(r[0]): r[0] for r in lexicon.rows("provinces")}
    for abbr, entry in lexicon.abbreviations().items():
        if key(entry.vi) in out:
            out[key(abbr)] = out[key(entry.vi)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("nq")
    ap.add_argument("--exclude", required=True)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--tsv")
    a = ap.parse_args()
    held = {ln.strip() for ln in open(a.exclude, encoding="utf-8") if ln.strip()}
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    alts: dict[str, list[str]] = defaultdict(list)
    part: dict[str, list[str]] = defaultdict(list)
    reports: dict[str, set[str]] = defaultdict(set)
    place_label: dict[str, str] = {}
    with open(a.nq, encoding="utf-8") as fh:
        for ln in fh:
            if not (ln.startswith("<https://w3id.org/vnreport-kg/id/body/")
                    or ln.startswith("<https://w3id.org/vnreport-kg/id/place/")):
                continue
            m = _LINE.match(ln)
            if not m:
                continue
            s, p, o = m.groups()
            if "/id/place/" in s:
                if p.endswith("rdf-schema#label") and o.endswith("@vi"):
                    place_label[s] = o[1:o.rindex('"')]
                continue
            if p.endswith("22-rdf-syntax-ns#type"):
                types[s] = o.rsplit("#", 1)[-1].rstrip(">")
            elif p.endswith("rdf-schema#label") and o.endswith("@vi"):
                labels[s] = o[1:o.rindex('"')]
            elif p.endswith("core#altLabel") and o.endswith("@vi"):
                alts[s].append(o[1:o.rindex('"')])
            elif p.endswith("org#subOrganizationOf"):
                part[s].append(o.strip("<>"))
            elif p.endswith("ontology#inReport"):
                reports[s].add(o.strip("<>").rsplit("/", 1)[-1])
    provs = _provinces()
    keep = [s for s in labels if not (reports[s] & held)]
    dropped = len(labels) - len(keep)
    # index: (folded head, province) → nodes written with a level word
    rows = []
    levelled: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in keep:
        orig = labels[s].split()
        words = [key(w) for w in orig]
        for n in range(min(4, len(words) - 1), 0, -1):
            tail = " ".join(words[-n:])
            if tail in provs:
                head = words[:-n]
                lvl = ""
                for lw in _LEVELS:
                    lws = lw.split()
                    if head[-len(lws):] == lws:
                        lvl, head = lw, head[:-len(lws)]
                        break
                head = key(lexicon.expand(" ".join(orig[:len(head)]))).split()
                placed = any(key(place_label.get(u, "")).endswith(key(provs[tail])) for u in part[s])
                other = [u for u in part[s]]
                rows.append((s, " ".join(head), provs[tail], lvl, placed, bool(other)))
                if lvl:
                    levelled[(" ".join(head), provs[tail])].append(s)
                break
    by_type: Counter[tuple[str, str]] = Counter()
    bare_twins = Counter()
    out = []
    for s, head, prov, lvl, placed, anypart in rows:
        form = "level" if lvl else "bare"
        state = "placed" if placed else ("elsewhere" if anypart else "unplaced")
        by_type[(types.get(s, "?"), f"{form}/{state}")] += 1
        twin = bool(levelled.get((head, prov))) and not lvl
        if not lvl:
            bare_twins[(types.get(s, "?"), twin)] += 1
        out.append((s, labels[s], types.get(s, "?"), form, state, twin, len(reports[s])))
    print(f"body nodes {len(labels)}; dropped (held-out reports) {dropped}; ending in a province name {len(rows)}")
    for t in sorted({t for t, _ in by_type}):
        cells = {k: v for (tt, k), v in by_type.items() if tt == t}
        print(f"  {t:22} " + "  ".join(f"{k}={v}" for k, v in sorted(cells.items()))
              + f"  bare-with-level-twin={bare_twins[(t, True)]}")
    tot = Counter(k for (_, k), v in by_type.items() for _ in range(v))
    print("  total " + "  ".join(f"{k}={v}" for k, v in sorted(tot.items()))
          + f"  bare-with-level-twin={sum(v for (t, tw), v in bare_twins.items() if tw)}")
    if a.tsv:
        with open(a.tsv, "w", encoding="utf-8") as fh:
            fh.write("node\tlabel\ttype\tform\tstate\tlevel_twin\treports\n")
            for r in sorted(out):
                fh.write("\t".join(map(str, r)) + "\n")
    if a.examples:
        rnd = random.Random(962)
        bare = sorted(r for r in out if r[3] == "bare" and r[4] != "placed")
        for r in rnd.sample(bare, min(a.examples, len(bare))):
            print("   ", r[1], r[2], r[4], "twin" if r[5] else "-", r[6])


if __name__ == "__main__":
    main()
