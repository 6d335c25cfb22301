"""Round givers45: the whole-corpus build's award conferrals by construction of their sentence (gold-free).

Reads a whole-corpus N-Quads build (awards37_sample.read_build), finds each conferral's sentence(s) and flags the
constructions the round classifies (regular expressions over the sentence; a conferral may show several). Articles
whose ids ``--skip`` lists and those of ``--exclude`` JSON Lines files never show. ``--show CLASS`` prints that
class's conferrals (seeded sample of ``--n`` with ``--seed``) with the sentence before, to judge by hand.

    .venv/bin/python scripts/givers45_classes.py BASE.nq --skip /work/wt/skip_ids.txt --exclude tests/data/*.jsonl \
        [--show CLASS --seed 889 --n 40]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from awards37_sample import _segmented, articles, describe, read_build, spans  # noqa: E402
from corpus_awards import CORPUS  # noqa: E402
from frozen_split import excluded  # noqa: E402

CLASSES = {
    "cua": re.compile(r"(?i)(?:khen|chương|hiệu|thi đua|giải)[^,.;]{0,60}? của "),
    "thua_uy_quyen": re.compile(r"(?i)thừa ủy quyền|thừa uỷ quyền"),
    "chu_tich_nuoc": re.compile(r"(?i)chủ tịch nước[^.;]{0,60}(?:trao|tặng)"),
    "thay_mat": re.compile(r"(?i)thay mặt"),
    "duoc_X_tang": re.compile(r"(?i)được (?!trao|tặng|nhận|khen)[^,.;]{2,60}? (?:trao tặng|tặng|trao|khen thưởng)"),
    "counts": re.compile(r"(?i)\d+ (?:tập thể|cá nhân|đơn vị|tác phẩm|học sinh|giải)"),
    "phoi_hop_to_chuc": re.compile(r"(?i)phối hợp (?:với )?[^.;]{0,80}? tổ chức[^.;]{0,80}?(?:trao|tặng|khen)"),
    "to_chuc_va_trao": re.compile(r"(?i)tổ chức [^.;]{0,60}? và [^.;]{0,30}?(?:trao|tặng|khen)"),
    "ban_to_chuc_award": re.compile(r"Ban [Tt]ổ chức (?:[Gg]iải|[Cc]uộc thi|[Hh]ội thi)"),
    "opens_trong_do": re.compile(r"^(?:Trong đó|Cụ thể|Theo đó|Trong số)"),
}


def read_inputs(argv: list[str] | None, doc: str, seed: int,
                n: int) -> tuple[argparse.Namespace, dict, dict, dict, dict]:
    """The class counters' command line (a build, ``--skip``/``--exclude`` ids, ``--show`` a class, ``--seed``,
    ``--n``) and what they read: the build's conferrals and labels, the corpus articles no skipped id names, and
    each article's conferral spans."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("nq", type=Path)
    ap.add_argument("--skip", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--show")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--n", type=int, default=n)
    a = ap.parse_args(argv)
    skip = {ln.strip().removeprefix("baomoi-") for ln in a.skip.open(encoding="utf-8")} if a.skip else set()
    skip |= {i.removeprefix("baomoi-") for i in excluded(a.exclude)}
    conf, label = read_build(a.nq)
    return a, conf, label, articles(CORPUS, skip), spans(conf)


def main(argv: list[str] | None = None) -> int:
    a, conf, label, arts, sp = read_inputs(argv, __doc__ or "", 889, 40)
    rows = []
    for aid in sorted(sp):
        if aid not in arts:
            continue
        sents = [(s.start, s.end, " ".join(s.text.split())) for s in _segmented(arts[aid]).sentences]
        for s0, e0, iri in sorted(sp[aid]):
            idx = [k for k, t in enumerate(sents) if t[0] < e0 and s0 < t[1]]
            text = " ".join(sents[k][2] for k in idx)
            before = sents[idx[0] - 1][2] if idx and idx[0] > 0 else ""
            flags = [c for c, rx in CLASSES.items() if rx.search(text)]
            c = conf[iri]
            flags.append("given" if c.get("conferredBy") else "no_giver")
            if sum(1 for t in sp[aid] if t[0] < e0 and s0 < t[1]) > 1:
                flags.append("several")
            rows.append((aid, iri, text, before, flags, describe(c, label)))
    count = Counter(f for r in rows for f in r[4])
    print(f"{len(rows)} conferrals in {len({r[0] for r in rows})} articles", file=sys.stderr)
    for k, v in count.most_common():
        print(f"{k}\t{v}", file=sys.stderr)
    if a.show:
        pool = [r for r in rows if a.show in r[4]]
        for aid, iri, text, before, flags, desc in sorted(random.Random(a.seed).sample(pool, min(a.n, len(pool)))):
            print(f"## {aid} {iri.rsplit('/', 1)[-1]} {flags}\n   BEFORE: {before[-300:]}\n"
                  f"   SENT: {text[:600]}\n   => {desc}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
