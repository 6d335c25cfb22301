"""Census of two person classes on a whole-corpus build (round names46), held-out ids dropped before anything is
printed: (memorial) a person mention right after a memorial's or a place's head and a title ("Lăng Chủ tịch X",
"Nhà tưởng niệm Đại tướng X", "Bảo tàng X"); (alias) a person mention right before or after "(tức" or ", tức" —
a stage name or a nickname glossed by the real name ("X (tức Y)"). Prints counts, then a seeded sample of each.

    python scripts/names46_classes.py CORPUS BUILD.nq --skip SKIP.txt --exclude tests/data/*.jsonl ... --seed 829
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _ids, _segmented  # noqa: E402
from names_nodes_sample import person_mentions  # noqa: E402

HEADS = (r"(?:Lăng|[Nn]hà tưởng niệm|[Kk]hu tưởng niệm|[Nn]hà lưu niệm|[Kk]hu lưu niệm|Khu di tích|Bảo tàng|"
         r"Tượng đài|Quảng trường|Nhà sàn)")  # the heads of kg/lexicon/memorial_heads.tsv
MEMORIAL = re.compile(r"(?<!\w)" + HEADS + r"(?: (?:Chủ tịch|Đại tướng|Tổng Bí thư|Thủ tướng|Thủ tướng Chính phủ|"
                      r"Chủ tịch nước|Bác|Cụ|đồng chí|Đồng chí|cố|Cố|vua|Vua)){0,3} $")
ALIAS = re.compile(r"^\s*(?:\(|,\s*)tức\s")
ALIAS_BEFORE = re.compile(r"(?:\(|,\s*)tức\s+$")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path)
    ap.add_argument("--seed", type=int, default=829)
    ap.add_argument("--show", type=int, default=30)
    a = ap.parse_args()
    skip: set[str] = set()
    for p in a.exclude:
        skip |= _ids(p)
    if a.skip:
        skip |= {ln.strip().removeprefix("baomoi-") for ln in a.skip.read_text(encoding="utf-8").split() if ln.strip()}
    men = person_mentions(a.build)
    found: dict[str, list[tuple[str, str]]] = {"memorial": [], "alias": []}
    for r in _articles(a.corpus, skip):
        ms = men.get(r.doc_id, [])
        if not ms:
            continue
        doc = _segmented(r)
        t = doc.text
        for s, e, _iri in ms:
            line = " ".join(t[max(0, s - 80) : e + 40].split())
            if MEMORIAL.search(t[max(0, s - 50) : s]):
                found["memorial"].append((r.doc_id, f"[{t[s:e]}] {line}"))
            if ALIAS.match(t[e : e + 8]) or ALIAS_BEFORE.search(t[max(0, s - 8) : s]):
                found["alias"].append((r.doc_id, f"[{t[s:e]}] {line}"))
    rng = random.Random(a.seed)
    for k, rows in found.items():
        print(f"== {k}: {len(rows)} mentions in {len({d for d, _ in rows})} articles")
        for d, ln in sorted(rng.sample(rows, min(a.show, len(rows)))):
            print(d, ln)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
