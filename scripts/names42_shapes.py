#!/usr/bin/env python3
"""Issue 8, item 4: name shapes of the whole corpus that a build does NOT make persons (names42).

A *shape* is a maximal run of two to four capitalised words (letters, maybe hyphenated) in "title\\n\\ntext":
    (a province's or region's name, and "Hồ Chí Minh" after its city word, is no shape: general geography)
    vn       the run opens with a family name of ``surnames.tsv`` and every word is a Vietnamese syllable
    foreign  some word of the run is no Vietnamese syllable or is hyphenated (:func:`kg.extract.names.is_foreign`)
A shape is *missed* when no person mention of the build (the N-Quads' ``#char=S,E`` → ``/id/person/``) overlaps it.
Articles of ``--exclude`` (JSON lines or id lists) and of ``--skip`` (an id list; none by default) are dropped before
anything is read.
Prints the counts and writes a seeded sample (``--seed``, ``-n``: 5/8 vn, 3/8 foreign) as a TSV to judge
(person / place = street-school-place-company / other).

    python scripts/names42_shapes.py BUILD.nq --corpus CORPUS.jsonl.gz --exclude ... --write FILE.tsv
    python scripts/names42_shapes.py AFTER.nq --corpus CORPUS.jsonl.gz --after JUDGED.tsv --write AFTER.tsv

``--after``: the judged rows of a sample (its table, from its header row), each told whether a person mention of
the build now overlaps its span (column ``after``: person / -).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import pathlib
import random
import re
import sys
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from kg.extract import lexicon  # noqa: E402
from kg.extract.names import is_foreign  # noqa: E402
from kg.extract.normalise import normalise_text  # noqa: E402

_UP = "A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ"
_LOW = "a-zà-ýăđĩũơưạ-ỹ"
_WORD = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}{_LOW}][{_LOW}'’]*)*"
RUN = re.compile(rf"(?<![\w.-]){_WORD}(?: {_WORD})+(?![\w-])")
MENTION = re.compile(r"^<https://w3id\.org/vnreport-kg/id/report/([^#>]+)#char=(\d+),(\d+)> "
                     r"<http://www\.w3\.org/2005/11/its/rdf#taIdentRef> <https://w3id\.org/vnreport-kg/id/person/")


def person_spans(nq: pathlib.Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    with nq.open(encoding="utf-8") as f:
        for ln in f:
            if "taIdentRef" in ln and "/id/person/" in ln:
                m = MENTION.match(ln)
                if m:
                    out[m.group(1)].append((int(m.group(2)), int(m.group(3))))
    return out


def skip_ids(path: pathlib.Path | None) -> set[str]:
    """The ids listed one a line in ``path`` (none without one)."""
    return set() if path is None else {ln.strip() for ln in open(path, encoding="utf-8") if ln.strip()}


def skipped(paths: list[pathlib.Path], skip: pathlib.Path | None = None) -> set[str]:
    ids = skip_ids(skip)
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        ids |= {"baomoi-" + m.removeprefix("baomoi-") for m in re.findall(r'"id": ?"([^"]+)"', text)}
    return {i if i.startswith("baomoi-") else "baomoi-" + i for i in ids}


def shape(words: list[str], surnames: frozenset[str], places: frozenset[str]) -> str | None:
    """The run's class, or None: no name shape, or a province's or region's name (general geography)."""
    if " ".join(words).lower() in places:
        return None
    if any(is_foreign(w) for w in words):
        return "foreign"
    if 2 <= len(words) <= 4 and words[0].lower() in surnames:
        return "vn"
    return None


def sentence(text: str, s: int, e: int) -> str:
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    b = text.find(". ", e)
    return text[a: b + 1 if b >= 0 else len(text)].strip()[:400]


def after(build: pathlib.Path, judged: pathlib.Path, out: pathlib.Path | None) -> int:
    """The judged sample with a column ``after``: does a person mention of ``build`` overlap the row's span."""
    spans = person_spans(build)
    text = judged.read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text[text.index("n\tshape\t"):]), delimiter="\t"))  # the sample's table
    head, body = table[0], table[1:]
    now = []
    for r in body:
        s, e = map(int, r[3].split("-"))
        now.append("person" if any(a < e and s < b for a, b in spans.get(r[2], [])) else "-")
    print(f"{sum(x == 'person' for x in now)} of {len(body)} rows now inside a person mention")
    if out:
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow([*head[:6], "after", *head[6:]])
            for r, x in zip(body, now, strict=True):
                w.writerow([*r[:6], x, *r[6:]])
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("build", type=pathlib.Path)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--skip", type=pathlib.Path, help="a file of article ids to drop, one a line")
    ap.add_argument("--seed", type=int, default=631)
    ap.add_argument("-n", type=int, default=80)
    ap.add_argument("--write", type=pathlib.Path)
    ap.add_argument("--after", type=pathlib.Path)
    a = ap.parse_args()
    if a.after:
        return after(a.build, a.after, a.write)
    skip, spans = skipped(a.exclude, a.skip), person_spans(a.build)
    surnames = frozenset(lexicon.words("surnames"))
    places = lexicon.words("provinces") | lexicon.words("regions") | {"hồ chí minh"}
    rows: dict[str, list[list[str]]] = {"vn": [], "foreign": []}
    found = {"vn": 0, "foreign": 0}
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip:
                continue
            text = normalise_text(f"{rec['title']}\n\n{rec['text']}")
            for m in RUN.finditer(text):
                words = m.group().split(" ")
                if len(words) > 4:
                    continue
                k = shape(words, surnames, places)
                if k is None:
                    continue
                if any(s < m.end() and m.start() < e for s, e in spans.get(rec["id"], [])):
                    found[k] += 1
                    continue
                rows[k].append([k, rec["id"], f"{m.start()}-{m.end()}", m.group(), sentence(text, m.start(), m.end())])
    for k in rows:
        print(f"{k}: {found[k]} shapes inside a person mention, {len(rows[k])} not (missed or no person)")
    rng = random.Random(a.seed)
    nv = a.n * 5 // 8
    drawn = rng.sample(rows["vn"], nv) + rng.sample(rows["foreign"], a.n - nv)
    if a.write:
        with a.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "shape", "article", "span", "text", "verdict", "class", "note", "sentence"])
            for n, r in enumerate(drawn, 1):
                w.writerow([n, *r[:4], "", "", "", r[4]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
