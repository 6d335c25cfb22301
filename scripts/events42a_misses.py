"""Round events42a: every missed or non-exact gold event of the development sets, with the sentence that holds it
(or its first two words) and the names a build gives the article, written as a TSV to class by construction.

    python scripts/events42a_misses.py corpus.nq CORPUS.jsonl.gz --write FILE GOLD.json[=ARTICLES.jsonl] …
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_events import by_article, fold  # noqa: E402

SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def _texts(corpus: Path, jsonls: list[Path], ids: set[str]) -> dict[str, str]:
    """Article id → title and text, from the given JSON Lines files, else from the corpus."""
    out: dict[str, str] = {}
    for p in jsonls:
        for line in p.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            out[str(d["id"]).removeprefix("baomoi-")] = d.get("title", "") + "\n" + d.get("text", "")
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art in ids and art not in out:
                out[art] = d.get("title", "") + "\n" + d.get("text", "")
    return out


def _sentence(text: str, name: str) -> str:
    """The first sentence holding the folded name, else its first two words, else its first word."""
    sents = [s.group().strip() for s in SENT.finditer(text)]
    words = name.split()
    for probe in (name, " ".join(words[:3]), " ".join(words[:2]), words[0] if words else ""):
        for s in sents:
            if probe and probe in fold(s):
                return s
    return ""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("gold", nargs="+")
    args = ap.parse_args()
    arts = by_article(args.graph)
    rows = []
    for spec in args.gold:
        gpath, _, jpath = spec.partition("=")
        gold = json.loads(Path(gpath).read_text(encoding="utf-8"))
        ids = {str(it["id"]).removeprefix("baomoi-") for it in gold}
        texts = _texts(args.corpus, [Path(jpath)] if jpath else [], ids)
        for it in gold:
            art = str(it["id"]).removeprefix("baomoi-")
            labs = set().union(*arts.get(art, [])) if arts.get(art) else set()
            for e in it.get("events", []):
                g = fold(e.get("name") or "")
                kind = "exact" if g in labs else "long" if any(g in x for x in labs) else \
                    "short" if any(x in g for x in labs) else "miss"
                if kind != "exact":
                    rows.append([Path(gpath).stem.removesuffix("_gold"), art, kind, g, "",
                                 "; ".join(sorted(labs)), _sentence(texts.get(art, ""), g)])
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["set", "article", "kind", "gold", "class", "names", "sentence"])
        w.writerows(rows)
    print(f"{len(rows)} non-exact gold events written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
