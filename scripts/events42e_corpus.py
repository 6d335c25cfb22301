"""Round events42e: over a corpus build, the event mentions (NIF phrases linked to an event node) whose written form
is no name (label or altLabel) of their node, per article, classed by the form: a bare head or a reference back
("hội nghị", "hội nghị này", "buổi làm việc trên") or a name with words after its head; held-out ids dropped.

    python scripts/events42e_corpus.py corpus.nq --exclude IDS.txt [--write FILE]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_events import by_article, fold  # noqa: E402

from kg.extract import lexicon  # noqa: E402
from kg.extract.normalise import key  # noqa: E402

_ANCHOR = re.compile(r'^<([^>]*)#char=\d+,\d+> <[^>]*#anchorOf> "((?:[^"\\]|\\.)*)"')
_IDENT = re.compile(r"^<([^>]*#char=\d+,\d+)> <[^>]*#taIdentRef> <([^>]*/event/[^>]*)>")
_REFS = re.compile(r"(?:này|trên|đó|nói trên|lần này|hôm nay|sáng nay|chiều nay)$")


def _bare(form: str) -> bool:
    heads = lexicon.by_key("events")
    k = key(form)
    return k in heads or bool(_REFS.search(k))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("--exclude", type=Path, required=True)
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    skip = set(args.exclude.read_text().split())
    idents: dict[str, str] = {}
    anchors: dict[str, str] = {}
    with args.graph.open(encoding="utf-8") as fh:
        for line in fh:
            if "#taIdentRef> <" in line and "/event/" in line:
                m = _IDENT.match(line)
                if m:
                    idents[m.group(1)] = m.group(2)
            elif "#anchorOf>" in line and "#char=" in line:
                a = _ANCHOR.match(line)
                if a:
                    anchors[line[1 : line.index(">")]] = a.group(2).replace('\\"', '"')
    names = by_article(args.graph)
    c: Counter[str] = Counter()
    rows = []
    for phrase in sorted(idents):
        art = phrase.split("#", 1)[0].rsplit("/", 1)[-1].removeprefix("baomoi-")
        if art in skip:
            continue
        form = anchors.get(phrase, "")
        labs = set().union(*names.get(art, [])) if names.get(art) else set()
        if fold(form) in labs:
            continue
        cls = "bare head or reference" if _bare(form) else "named form"
        c[cls] += 1
        rows.append([art, cls, form])
    print(dict(c))
    if args.write:
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerows(sorted(set(map(tuple, rows))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
