"""Round awards53: a census of a whole-corpus build's award conferrals, drawn uniformly, to judge by hand.

The pool is every conferral node of the build (N-Quads) whose article lies outside every gold set of the repository
(the ``id`` fields of ``tests/data/*_gold.json``, ``articles.gold.json`` and their JSON Lines files, the held-out
splits' files left unopened by their names), outside the public gold sets (``--gold``) and outside the ids of
``--held`` (a plain list, never printed). ``--n`` conferrals are drawn with ``random.Random(--seed)`` from the sorted
IRIs (all of them when the pool is smaller). For each it prints the award's label, its grade (the words of the label
after "hạng", a prize's rank, "N năm tuổi Đảng"), the giver, the official who handed it over, the recipients, the
counts and the sentence(s) of every span it was derived from.

``--write FILE`` writes the rows as a TSV to judge: ``name_grade`` (right, cut, wrong, not: no conferral at all),
``giver`` (right, wrong, missing: stated but not in the graph, ``-``: none stated), ``recipients`` (right, missing,
wrong, ``-``), ``class`` and ``note``. ``--judged FILE`` prints a judged TSV's counts with 95 % Wilson intervals.

    .venv/bin/python scripts/awards53_census.py /work/wt/corpus_m52m.nq --held /work/wt/held_ids.txt \
        --seed 962 --n 100 [--write scripts/data/awards53_census.tsv] [--judged scripts/data/awards53_census.tsv]
"""
from __future__ import annotations

import argparse
import csv
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from awards37_sample import articles, read_build, spans  # noqa: E402
from corpus_awards import CORPUS, _segmented, excluded  # noqa: E402

DATA = ROOT / "tests/data"
HELD_NAME = re.compile(r"^(frozen[2-8]|devown1[4-9])(\D|$)")  # the held-out splits: never opened
PUBLIC = [Path("/work/shared/eval/train_gold.json"), Path("/work/shared/eval/dev_gold.json")]
GRADE = re.compile(r"hạng\s+\S+|(?<=Giải )(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|triển vọng|[ABC])\b"
                   r"|\d+\s+năm\s+tuổi\s+Đảng", re.IGNORECASE)
VERDICTS = {"name_grade": ("right", "cut", "wrong", "not"), "giver": ("right", "wrong", "missing", "-"),
            "recipients": ("right", "missing", "wrong", "-")}


def gold_files(data: Path = DATA) -> tuple[list[Path], list[Path]]:
    """The repository's gold sets outside the held-out splits: their JSON Lines files and their gold files."""
    names = sorted(n for n in (p.name for p in data.iterdir()) if not HELD_NAME.match(n))
    golds = [data / n for n in names if n.endswith(("_gold.json", ".gold.json"))]
    stems = {n.removesuffix("_gold.json").removesuffix(".gold.json") for n in (g.name for g in golds)}
    return [data / f"{s}.jsonl" for s in sorted(stems) if (data / f"{s}.jsonl").is_file()], golds


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of k successes in n."""
    if n == 0:
        return 0.0, 0.0
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def _names(label: dict[str, str], iris: list[str]) -> str:
    return "; ".join(sorted(label.get(i + "#vi") or label.get(i) or i.rsplit("/", 1)[-1] for i in iris))


def census(nq: Path, skip: set[str], n: int, seed: int) -> tuple[list[dict], int]:
    """The drawn conferrals as rows (sorted by IRI) and the size of the pool."""
    conf, label = read_build(nq)
    arts = articles(CORPUS, skip)
    sp = spans(conf)
    pool = sorted(i for i in conf if i.split("/")[-2] in arts)
    rows: list[dict] = []
    for iri in sorted(random.Random(seed).sample(pool, min(n, len(pool)))):
        aid = iri.split("/")[-2]
        c = conf[iri]
        mine = [(s, e) for s, e, i in sp.get(aid, []) if i == iri]
        sents = [(s.start, s.text) for s in _segmented(arts[aid]).sentences
                 if any(s.start < e and a < s.end for a, e in mine)]
        name = (c.get("label") or ["?"])[0]
        counts = "; ".join(f"{k}={v[0]}" for k, v in (("indiv", c.get("individualCount")),
                                                       ("coll", c.get("collectiveCount"))) if v)
        rows.append({"id": aid, "span": ",".join(f"{a}-{b}" for a, b in sorted(mine)), "iri": iri, "label": name,
                     "grade": "; ".join(m.group(0) for m in GRADE.finditer(name)) or "-",
                     "giver_graph": _names(label, c.get("conferredBy", [])) or "-",
                     "handed": _names(label, c.get("presentedBy", [])) or "-",
                     "recipients_graph": _names(label, c.get("recipient", [])) or "-", "counts": counts or "-",
                     "sentence": " ‖ ".join(" ".join(t.split()) for _s, t in sorted(sents))})
    return rows, len(pool)


def judged(path: Path) -> str:
    """A judged census's counts per column, its classes, and each share with its 95 % Wilson interval."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    out = [f"{path}: {len(rows)} conferrals"]
    real = [r for r in rows if r["name_grade"] != "not"]
    for col, allowed in VERDICTS.items():
        cnt = Counter(r[col] for r in rows)
        bad = set(cnt) - set(allowed)
        if bad:
            raise ValueError(f"{path}: column {col} holds {sorted(bad)}")
        base = rows if col == "name_grade" else [r for r in real if r[col] != "-"]
        k = sum(1 for r in base if r[col] == "right")
        lo, hi = wilson(k, len(base))
        out.append(f"  {col}: " + ", ".join(f"{v} {cnt[v]}" for v in allowed)
                   + f"; right {k}/{len(base)} = {k / max(1, len(base)):.2f} (95% Wilson {lo:.2f}-{hi:.2f})")
    k = len(rows) - len(real)
    lo, hi = wilson(k, len(rows))
    out.append(f"  not a conferral: {k}/{len(rows)} (95% Wilson {lo:.2f}-{hi:.2f})")
    classes = Counter(c.strip() for r in rows for c in r["class"].split(";") if c.strip())
    out.extend(f"  class {c}: {k}" for c, k in classes.most_common())
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("nq", type=Path, nargs="?")
    ap.add_argument("--held", type=Path, default=Path("/work/wt/held_ids.txt"))
    ap.add_argument("--gold", type=Path, nargs="*", default=PUBLIC)
    ap.add_argument("--seed", type=int, default=962)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--write", type=Path)
    ap.add_argument("--judged", type=Path)
    args = ap.parse_args(argv)
    if args.judged:
        print(judged(args.judged))
        return 0
    if args.nq is None:
        ap.error("the build (NQ) is needed unless --judged")
    skip = {x.strip().removeprefix("baomoi-") for x in args.held.read_text(encoding="utf-8").split() if x.strip()}
    splits, golds = gold_files()
    skip |= excluded(splits, golds + list(args.gold))
    rows, pool = census(args.nq, skip, args.n, args.seed)
    print(f"pool: {pool} conferrals outside the gold sets and the held-out ids; drawn {len(rows)}")
    for k, r in enumerate(rows, 1):
        r["n"] = k
        print(f"[{k}] {r['id']} {r['span']}\n    award: {r['label']} | grade: {r['grade']} | giver: {r['giver_graph']}"
              f" | handed: {r['handed']} | to: {r['recipients_graph']} | counts: {r['counts']}\n    {r['sentence']}")
    if args.write:
        cols = ["n", "id", "span", "label", "grade", "giver_graph", "handed", "recipients_graph", "counts",
                "name_grade", "giver", "recipients", "class", "note", "sentence"]
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(cols)
            w.writerows([r.get(c, "") for c in cols] for r in rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
