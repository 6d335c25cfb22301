"""Round awards41b: find, in corpus articles that belong to no annotated split, the award shapes awards41 left
and print the extractor's conferrals told in each hit's span (run in-process). Only the ids of ``--exclude``
(JSON lines or id-per-line files) and ``--gold`` files are read. Only articles that name an award are searched
(``name-vi`` thus misses a prize written "giải …" in an article without another award word). Round awards41b ran
it over every article but the held-out ones (``--exclude`` the seven frozen2…8 files, devown14/15, devown16's ids
and /work/wt/skip_ids.txt); its judged hits are scripts/data/awards41b_before.tsv.

    .venv/bin/python scripts/awards41b_shapes.py --exclude FILES… [--gold ../shared/eval/*_gold.json] [--shape S]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_awards import CORPUS, award_slice, describe, excluded  # noqa: E402

from kg.pipeline import process  # noqa: E402

_AW = (r"(?:[Bb]ằng khen|[Gg]iấy khen|[Hh]uân chương|[Hh]uy chương|[Cc]ờ thi đua|[Kk]ỷ niệm chương|[Hh]uy hiệu"
       r"|danh hiệu)")
_GV = r"(?:trao tặng|tặng|trao|khen thưởng|phong tặng|truy tặng)"
SHAPES = {
    # (a) a recipient list of three or more, after "cho" or before "được … tặng"
    "list-cut": _AW + r"[^.;\n]{0,150}?\scho\s+[^.;:\n,]{2,60}(?:,\s*[^.;:\n,]{2,60})+\s+và\s+[^.;:\n,]{2,60}",
    "list-before": r"(?:,\s[A-ZĐ][\w ]{2,40}){2,}\svà\s[A-ZĐ][\w ]{2,40}\s(?:đã\s|vinh dự\s)?(?:được|nhận|đón nhận)\s"
                   r"[^.;\n]{0,80}?" + _AW,
    # (b) a slash in a give clause
    "giver-slash": r"[^.;\n]{0,60}[a-zà-ỹA-ZĐ]/[A-ZĐ][^.;\n]{0,60}\s" + _GV + r"\s+[^.;\n]{0,40}" + _AW,
    # (c) two give clauses in one sentence: "được A tặng X, B tặng Y"
    "second-award": _GV + r"\s+" + _AW + r"[^.;\n]{0,120}?[,;]\s*(?:và\s+)?(?!được)[^.;,\n]{1,60}?\s" + _GV + r"\s+"
                    + _AW,
    # (d) an award or prize name with "vì" in its first words
    "name-vi": r"(?:[Gg]iải thưởng|[Gg]iải|" + _AW[3:-1] + r")\s+(?:[^\s.,;]+\s+){0,5}vì\s",
    # (e) a caption without its full stop: a receiver after "cho" runs on, unpunctuated, into a next clause
    "caption-glue": _AW + r"[^.;\n]{0,80}\scho\s+[A-ZĐ](?:[^\s.;:()]+\s+){12,40}?(?:là|đã|vừa)\s",
    # (f) "X thuộc Y" as a recipient
    "parent-thuoc": _AW + r"[^.;\n]{0,80}\scho\s+[^.;(\n]{0,80}\sthuộc\s+[A-ZĐ]",
}


_AWR = re.compile(_AW)


def _ids(paths: list[Path]) -> set[str]:
    out: set[str] = set()
    for p in paths:
        for line in p.read_bytes().decode("utf-8", "replace").splitlines():
            m = re.match(r'\s*\{"id":\s*"?([\w-]+)', line) if line.startswith("{") else None
            if m:
                out.add(m.group(1))
            elif line.strip() and not line.startswith("{"):
                out.add(line.strip())
    return {i.removeprefix("baomoi-") for i in out}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--exclude", nargs="*", type=Path, default=[])
    ap.add_argument("--gold", nargs="*", type=Path, default=[])
    ap.add_argument("--shape", default="")
    args = ap.parse_args()
    skip = excluded([], args.gold) | _ids(args.exclude)
    rows = award_slice(CORPUS, skip, re.compile(''))
    print(f"# {len(skip)} ids skipped, {len(rows)} articles")
    for name, pat in SHAPES.items():
        if args.shape and name != args.shape:
            continue
        rx = re.compile(pat)
        hits = [(r, m) for r in rows if _AWR.search(r["text"]) for m in rx.finditer(r["text"])]
        print(f"# {name}\t{len(hits)} hits in {len({r['id'] for r, _ in hits})} articles")
        for r, m in hits:
            res = process(str(r["id"]), str(r.get("title", "")) + "\n\n" + r["text"])
            off = len(str(r.get("title", ""))) + 2
            a, b = m.start() + off, m.end() + off
            print(f"{name}\t{r['id']}\t{m.start()}\t{m.group()[-300:]!r}")
            for f in res.facts:
                if f.cls == "AwardConferral" and any(s < b and a < e for s, e in f.spans):
                    print(f"\t\t{describe(res, f)}")


if __name__ == "__main__":
    main()
