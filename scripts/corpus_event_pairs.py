"""One node per event, measured on a built corpus graph (N-Quads): pairs of event nodes of one article where one
label is a word prefix of the other ("Lễ tổng kết" and "Lễ tổng kết năm 2031"), and among them the pairs whose
short label is the head and lower-case words only (what ``kg/extract/event_merge.py`` joins when the long label is
the only one of the article that it begins). ``--exclude`` leaves out the articles of JSON Lines / gold JSON files.

    .venv/bin/python scripts/corpus_event_pairs.py out/corpus.nq [--exclude tests/data/frozen2.jsonl …] [--show 20]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import IN_REPORT, _objects, event_labels, excluded_ids  # noqa: E402


def pairs(graph: Path, exclude: set[str]) -> list[tuple[str, str, str]]:
    """(article, short label, long label) of the prefix pairs, sorted."""
    labels, _ = event_labels(graph)
    reports = _objects(graph, set(labels), IN_REPORT)
    by_article: dict[str, set[str]] = {}
    for node, label in labels.items():
        for r in reports.get(node, []):
            art = r.rsplit("/", 1)[-1].removeprefix("baomoi-")
            if art not in exclude:
                by_article.setdefault(art, set()).add(label)
    out = []
    for art, labs in sorted(by_article.items()):
        for s in sorted(labs):
            for long in sorted(labs):
                if long.lower().startswith(s.lower() + " "):
                    out.append((art, s, long))
    return out


def _generic(label: str) -> bool:
    rest = label.split()[2:] if label.split()[:1] in (["Hội"], ["Đại"], ["Cuộc"], ["Buổi"], ["Kỳ"], ["Phiên"]) \
        else label.split()[1:]
    return bool(rest) and all(w.isalpha() and w.islower() for w in rest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    found = pairs(args.graph, excluded_ids(args.exclude))
    generic = [p for p in found if _generic(p[1])]
    print(f"prefix pairs: {len(found)} in {len({p[0] for p in found})} articles; short label head + lower-case"
          f" words: {len(generic)} in {len({p[0] for p in generic})} articles")
    for art, s, long in generic[: args.show]:
        print(f"  {art}\t{s}\t{long}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
