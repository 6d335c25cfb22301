"""Persons on unseen text (issue 8, item 4): two seeded samples of a whole-corpus build, to judge by hand.

* ``persons``: person nodes of the build (precision: is it a person named in the article, with the whole name?),
  each shown at its first mention in the first unannotated article that mentions it;
* ``runs``: capitalised runs of two to four words (each word capitalised, letters, maybe hyphenated) that open with a
  family name (``surnames.tsv``) or hold a word that is no Vietnamese syllable (:func:`kg.extract.names.is_foreign`)
  and overlap no person mention of the build (recall: is a person named there?).

Articles of ``--exclude`` (gold JSON or JSON Lines: the evaluation sets and held-out splits, ids only) are skipped.
Drawn from sorted candidates with ``random.Random(seed)``, so the same build, corpus and seed give the same sample.

    .venv/bin/python scripts/names_nodes_sample.py CORPUS BUILD.nq --seed 443 --out FILE.tsv --exclude ...
    .venv/bin/python scripts/names_nodes_sample.py CORPUS BUILD.nq --judged FILE.tsv   # re-score on another build
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _cap_word, _ids, _segmented  # noqa: E402

from kg.extract import lexicon, names  # noqa: E402
from kg.extract.document import Document  # noqa: E402
from kg.extract.normalise import key  # noqa: E402
from kg.extract.tokens import tokenize  # noqa: E402

MENTION = re.compile(r"^<[^>]*/report/(baomoi-[^#>]+)#char=(\d+),(\d+)> <[^>]*taIdentRef> <([^>]*/id/person/[^>]+)>")
COLUMNS = ["n", "kind", "article", "start", "end", "text", "verdict", "note", "sentence"]


def person_mentions(build: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Article id → (start, end, person IRI) of every person mention of the build."""
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with build.open(encoding="utf-8") as fh:
        for line in fh:
            if "taIdentRef" in line and "/id/person/" in line and (m := MENTION.match(line)):
                out[m.group(1)].append((int(m.group(2)), int(m.group(3)), m.group(4)))
    return {k: sorted(v) for k, v in out.items()}


def cap_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Capitalised runs of two to four words that open with a family name or hold a foreign word."""
    toks, out, i = tokenize(text, start, end), [], 0
    surnames = lexicon.words("surnames")
    while i < len(toks):
        j = i + 1
        while _cap_word(toks[i]) and j < len(toks) and _cap_word(toks[j]) and \
                text[toks[j - 1].end : toks[j].start] == " ":
            j += 1
        words = [t.text for t in toks[i:j]]
        if _cap_word(toks[i]) and 2 <= j - i <= 4 and (
                key(words[0]) in surnames or any(names.is_foreign(w) for w in words)):
            out.append((toks[i].start, toks[j - 1].end))
        i = j
    return out


def _sentence(doc: Document, a: int) -> str:
    s = next((s for s in doc.sentences if s.start <= a < s.end), None)
    return " ".join(doc.text[s.start : s.end].split()) if s else ""


def draw(corpus: Path, build: Path, seed: int, exclude: set[str], count: int) -> list[list[object]]:
    men = person_mentions(build)
    persons: dict[str, tuple[str, int, int]] = {}
    runs: list[tuple[str, int, int]] = []
    docs = {}
    for r in _articles(corpus, exclude):
        doc = _segmented(r)
        docs[r.doc_id] = doc
        ms = men.get(r.doc_id, [])
        for a, b, iri in ms:
            persons.setdefault(iri, (r.doc_id, a, b))
        for s in doc.sentences:
            for a, b in cap_runs(doc.text, s.start, s.end):
                if not any(x < b and a < y for x, y, _ in ms):
                    runs.append((r.doc_id, a, b))
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for kind, pool in (("person", sorted(persons.values())), ("run", sorted(runs))):
        for doc_id, a, b in sorted(rng.sample(pool, count)):
            doc = docs[doc_id]
            rows.append([kind, doc_id, a, b, doc.text[a:b], "", "", _sentence(doc, a)])
    return rows


def rescore(corpus: Path, build: Path, judged: Path) -> str:
    """Precision of the judged person rows that are still persons, recall of the judged run rows now persons."""
    men = person_mentions(build)
    with judged.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((x for x in fh if not x.startswith("#")), delimiter="\t"))
    kept = right = found = wanted = 0
    for r in rows:
        a, b, ms = int(r["start"]), int(r["end"]), men.get(r["article"], [])
        hit = [(x, y) for x, y, _ in ms if x < b and a < y]
        if r["kind"] == "person" and hit:
            kept += 1
            right += r["verdict"] == "right"
        if r["kind"] == "run" and r["verdict"].startswith("person"):
            wanted += 1
            found += bool(hit)
    return f"person nodes kept {kept}, right {right}; run persons found {found}/{wanted}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--seed", type=int, default=443)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--judged", type=Path)
    args = ap.parse_args(argv)
    if args.judged:
        print(rescore(args.corpus, args.build, args.judged))
        return 0
    exclude = set().union(*(_ids(p) for p in args.exclude)) if args.exclude else set()
    rows = draw(args.corpus, args.build, args.seed, exclude, args.count)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# scripts/names_nodes_sample.py --seed {args.seed}: person = is it a person named in the "
                 "article with the whole name (right/wrong/partial); run = person NAME or - (not a person)\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for n, row in enumerate(rows, 1):
            w.writerow([n, *row])
    print(f"{len(rows)} rows written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
