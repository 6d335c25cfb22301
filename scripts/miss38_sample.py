"""Round miss38: count in unannotated corpus text a title + a lone short name ("Chủ tịch Tám") whose syllable ends
the one full name of the article, and print a seeded sample of occurrences to judge.

    PYTHONPATH=. .venv/bin/python -P scripts/miss38_sample.py --exclude tests/data/frozen{2..8}.jsonl --n 30

Only the ``id`` of the excluded splits is read. Output: id, title, short name, full name, sentence.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_awards import CORPUS, excluded  # noqa: E402

from kg.extract.mentions.person_title_short import _lone_word  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CAP = (r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"  # noqa: RUF001
       r"[a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]+")  # noqa: RUF001


def _titles() -> list[str]:
    rows = (ln.split("\t")[0] for ln in (ROOT / "kg/lexicon/posts.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#"))
    return sorted({t for t in rows if t}, key=len, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude", nargs="*", type=Path, default=[])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=38)
    a = ap.parse_args()
    skip = excluded(a.exclude, [])
    surn = {ln.strip() for ln in (ROOT / "kg/lexicon/surnames.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}
    title_re = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, _titles())) + rf") ({CAP})(?![\w]| {CAP})")
    full_re = re.compile(rf"(?<![\w])({CAP})((?: {CAP}){{1,3}})(?![\w])")
    occ = []
    n_art = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            aid = str(d["id"]).removeprefix("baomoi-")
            if aid in skip:
                continue
            n_art += 1
            text = d.get("title", "") + "\n" + d.get("text", "")
            fulls: dict[str, set[str]] = {}
            for m in full_re.finditer(text):
                if m.group(1) in surn:
                    name = m.group(0)
                    fulls.setdefault(name.rsplit(" ", 1)[1], set()).add(name)
            for m in title_re.finditer(text):
                cands = fulls.get(m.group(2), set())
                if len(cands) == 1 and _lone_word(text, m.end(1), []) is not None:
                    s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
                    s1 = text.find(". ", m.end())
                    occ.append((aid, m.group(1), m.group(2), next(iter(cands)), text[s0:s1 if s1 > 0 else None][:220]))
    print(f"# articles {n_art}, occurrences {len(occ)}, articles with one {len({o[0] for o in occ})}", file=sys.stderr)
    for o in random.Random(a.seed).sample(occ, min(a.n, len(occ))):
        print("\t".join(o).replace("\n", " | "))


if __name__ == "__main__":
    main()
