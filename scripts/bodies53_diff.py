"""Round bodies53: the body mentions and post holdings whose node changes between two whole-corpus builds (base, new).
Mentions are keyed by (report, character span) through ``itsrdf:taIdentRef``; holdings by (report, holding label).
Every report of ``--exclude`` is dropped before anything is counted or printed, and so is any node reported in one
of them. Writes one row per changed (old node → new node) pair with its labels, units and mention count, and the
changed holdings, as TSV files; a seeded sample of the pairs is printed for judging.

    python scripts/bodies53_diff.py BASE.nq NEW.nq --exclude held_ids.txt --out PREFIX [--sample N --seed 962]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

_LINE = re.compile(r'^<([^>]+)> <([^>]+)> (<[^>]+>|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]+>)?)(?: <([^>]+)>)? \.$')
_ID = "https://w3id.org/vnreport-kg/id/"


class Build:
    def __init__(self, path: str) -> None:
        self.mention: dict[tuple[str, str], str] = {}
        self.label: dict[str, str] = {}
        self.part: dict[str, list[str]] = defaultdict(list)
        self.reports: dict[str, set[str]] = defaultdict(set)
        self.holding: dict[tuple[str, str], list[str]] = {}
        hold_label: dict[str, str] = {}
        hold_post: dict[str, str] = {}
        hold_org: dict[str, str] = {}
        hold_rep: dict[str, str] = {}
        with open(path, encoding="utf-8") as fh:
            for ln in fh:
                if "taIdentRef> <" + _ID + "body/" in ln:
                    m = _LINE.match(ln.rstrip("\n"))
                    if m:
                        s, _, o, g = m.groups()
                        self.mention[(g.rsplit("/", 1)[-1], s.rsplit("#", 1)[-1])] = o.strip("<>")
                    continue
                if not (ln.startswith("<" + _ID + "body/") or ln.startswith("<" + _ID + "place/")
                        or ln.startswith("<" + _ID + "post/") or ln.startswith("<" + _ID + "postholding/")):
                    continue
                m = _LINE.match(ln.rstrip("\n"))
                if not m:
                    continue
                s, p, o, _ = m.groups()
                if "/postholding/" in s:
                    if p.endswith("rdf-schema#label"):
                        hold_label[s] = o[1:o.rindex('"')]
                    elif p.endswith("ontology#post"):
                        hold_post[s] = o.strip("<>")
                    elif p.endswith("org#organization"):
                        hold_org[s] = o.strip("<>")
                    elif p.endswith("ontology#inReport"):
                        hold_rep[s] = o.strip("<>").rsplit("/", 1)[-1]
                elif p.endswith("rdf-schema#label") and o.endswith("@vi"):
                    self.label[s] = o[1:o.rindex('"')]
                elif p.endswith("org#subOrganizationOf"):
                    self.part[s].append(o.strip("<>"))
                elif p.endswith("ontology#inReport"):
                    self.reports[s].add(o.strip("<>").rsplit("/", 1)[-1])
        for h, lab in hold_label.items():
            self.holding[(hold_rep.get(h, ""), lab)] = [hold_post.get(h, ""), hold_org.get(h, "")]

    def unit(self, node: str) -> str:
        return "; ".join(sorted(self.label.get(u, u) for u in self.part.get(node, [])))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("--exclude", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=962)
    a = ap.parse_args()
    held = {ln.strip() for ln in open(a.exclude, encoding="utf-8") if ln.strip()}
    b, n = Build(a.base), Build(a.new)

    def clean(node: str) -> bool:
        return not ((b.reports.get(node, set()) | n.reports.get(node, set())) & held)

    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    first: dict[tuple[str, str], str] = {}
    for k, old in sorted(b.mention.items()):
        new = n.mention.get(k, "")
        if k[0] not in held and new != old:
            pairs[(old, new)].append(k[0])
            first.setdefault((old, new), f"{k[0]}#{k[1]}")
    dropped = 0
    rows = []
    for (old, new), reps in sorted(pairs.items()):
        if not (clean(old) and (not new or clean(new))):
            dropped += 1
            continue
        rows.append((old.rsplit("/", 1)[-1], b.label.get(old, ""), b.unit(old), new.rsplit("/", 1)[-1],
                     n.label.get(new, ""), n.unit(new), str(len(reps)), str(len(set(reps))),
                     str(len(b.reports.get(old, ()))), str(len(n.reports.get(new, ()))), first[(old, new)]))
    with open(a.out + "_bodies.tsv", "w", encoding="utf-8") as fh:
        fh.write("old_node\told_label\told_unit\tnew_node\tnew_label\tnew_unit\tmentions\treports\t"
                 "old_node_reports\tnew_node_reports\tfirst_mention\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    hold = []
    for k, (post, org) in sorted(b.holding.items()):
        if k[0] in held:
            continue
        np, no = n.holding.get(k, ["", ""])
        if (np, no) != (post, org):
            merged = "" if np else "; ".join(sorted(
                f"{lab} = {n.label.get(n.holding[(rep, lab)][0], '')}" for rep, lab in n.holding
                if rep == k[0] and lab.split(" — ")[0] == k[1].split(" — ")[0]))
            hold.append((k[0], k[1], b.label.get(post, post), b.label.get(org, org), b.unit(org),
                         n.label.get(np, np), n.label.get(no, no), n.unit(no), merged))
    gone = sum(1 for k in n.holding if k[0] not in held and k not in b.holding)
    with open(a.out + "_holdings.tsv", "w", encoding="utf-8") as fh:
        fh.write("report\tholding\told_post\told_body\told_body_unit\tnew_post\tnew_body\tnew_body_unit\t"
                 "gone_holding_person_now_holds\n")
        for r in hold:
            fh.write("\t".join(r) + "\n")
    nodes_old = {r[0] for r in rows}
    nodes_new = {r[3] for r in rows}
    print(f"changed (old→new) body node pairs {len(rows)} (dropped touching held-out {dropped}); "
          f"mentions {sum(int(r[6]) for r in rows)}; old nodes {len(nodes_old)}, new nodes {len(nodes_new)}")
    print(f"holdings whose post or body node changed {len(hold)}; holdings only in new {gone}")
    if a.sample:
        rnd = random.Random(a.seed)
        for r in rnd.sample(rows, min(a.sample, len(rows))):
            print(f"  {r[1]} [{r[2]}] -> {r[4]} [{r[5]}]  x{r[6]}")


if __name__ == "__main__":
    main()
