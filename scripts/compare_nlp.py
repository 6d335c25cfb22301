"""Measure what an NLP toolkit would buy for person extraction, on the public dev set (not a test).

Runs underthesea's NER (persons = B-PER/I-PER spans) and pyvi's POS tagger (persons = runs of Np words)
over the gold articles of ../shared/eval/dev_gold.json and prints person precision/recall and speed next to
kg's own lexicon-and-pattern extraction. Needs underthesea and pyvi installed in the Python that runs it
(they are not project dependencies):  python scripts/compare_nlp.py [--gold ...] [--corpus ...]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import unicodedata
from pathlib import Path


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return re.sub(r"\s+", " ", "".join(c for c in s if unicodedata.category(c) != "Mn")).strip().casefold()


def score(found: dict[str, set[str]], gold: dict[str, set[str]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for art, names in gold.items():
        got = found.get(art, set())
        tp += len(names & got)
        fn += len(names - got)
        fp += len({n for n in got if not any(n in g or g in n for g in names)})
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


def main() -> None:
    here = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=here.parent / "shared" / "eval" / "dev_gold.json")
    ap.add_argument("--corpus", type=Path, default=here.parent / "shared" / "corpus" / "baomoi-gov-2017.jsonl.gz")
    a = ap.parse_args()
    gold_list = json.loads(a.gold.read_text(encoding="utf-8"))
    want = {"baomoi-" + g["id"] for g in gold_list}
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        texts = {r["id"]: r["title"] + "\n\n" + r["text"] for r in map(json.loads, f) if r["id"] in want}
    gold = {"baomoi-" + g["id"]: {fold(p["name"]) for p in g["persons"]} for g in gold_list}
    chars = sum(len(t) for t in texts.values())
    runs = {}

    def kg_persons(doc_id: str, text: str) -> set[str]:
        from kg.pipeline import process

        res = process(doc_id, text)
        return {fold(e.label) for e in res.links.entities.values() if e.kind == "person"}

    def underthesea_ner(_doc_id: str, text: str) -> set[str]:
        from underthesea import ner

        out, cur = set(), []
        for line in text.splitlines():
            for tok in ner(line) if line.strip() else []:
                word, tag = tok[0], tok[-1]
                if tag == "B-PER":
                    if cur:
                        out.add(fold(" ".join(cur)))
                    cur = [word]
                elif tag == "I-PER" and cur:
                    cur.append(word)
                else:
                    if cur:
                        out.add(fold(" ".join(cur)))
                    cur = []
        return out

    def pyvi_np(_doc_id: str, text: str) -> set[str]:
        from pyvi import ViPosTagger, ViTokenizer

        words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
        out, cur = set(), []
        for w, t in zip(words, tags, strict=False):
            if t == "Np":
                cur.append(w.replace("_", " "))
            else:
                if len(" ".join(cur).split()) >= 2:
                    out.add(fold(" ".join(cur)))
                cur = []
        return out

    for name, fn in (("kg (lexicon + patterns)", kg_persons), ("underthesea ner", underthesea_ner),
                     ("pyvi Np runs", pyvi_np)):
        t0 = time.perf_counter()
        try:
            found = {doc_id: fn(doc_id, text) for doc_id, text in texts.items()}
        except ImportError as err:
            print(f"{name}: not installed ({err})")
            continue
        secs = time.perf_counter() - t0
        p, r = score(found, gold)
        runs[name] = (p, r, chars / secs)
        print(f"{name:<26} precision {p:.2f}  recall {r:.2f}  {chars / secs:>9,.0f} chars/s")


if __name__ == "__main__":
    main()
