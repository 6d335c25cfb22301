"""Draw persons43: fresh articles whose people are named without a title (round names43).

Usage:
    python scripts/names43_draw.py --corpus CORPUS --exclude tests/data/*.jsonl ../shared/eval/*_gold.json \
        SEEN.jsonl --skip SKIP.txt --seed 743 --count 15 -o tests/data/persons43.jsonl

An article is in the pool when it is 500-3,500 characters long, no excluded id, and shows one of the shapes
below in its text (regular expressions only; no extractor run): two or more capitalised Latin words without a
Vietnamese letter ('Anna Berg'), a capitalised word joined by a hyphen to a lower-case one ('Jae-in'), a
Vietnamese surname opening a sentence with two more capitalised syllables, or a capitalised run inside quotes.
The pool is sorted by id and sampled with the seed; the draw is balanced over the four shapes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from frozen_split import excluded  # noqa: E402

LATIN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")
HYPHEN = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")
QUOTED = re.compile(r"[\"“][A-ZĐ][^\"”]{2,40}[\"”]")


def opening(surnames: set[str]) -> re.Pattern[str]:
    alt = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    return re.compile(r"(?:^|[.!?]\s+|\n)(?:" + alt + r")(?: [A-ZĐ]\w+){1,2}\b", re.M)


def draw_balanced(recs: list[dict], shapes: list[re.Pattern[str]], seed: int, count: int) -> list[dict]:
    """Up to ``count`` records drawn with ``seed``, one from each shape's pool in turn (a record shows the shape when
    its pattern matches its text); ends early when every pool is drawn out."""
    rng = random.Random(seed)
    picked: list[dict] = []
    pools = [[r for r in recs if s.search(r["text"])] for s in shapes]
    print("pool", len(recs), "by shape", [len(p) for p in pools], file=sys.stderr)
    i = 0
    while len(picked) < count and any(r not in picked for p in pools for r in p):
        left = [r for r in pools[i % len(pools)] if r not in picked]
        if left:
            picked.append(rng.choice(left))
        i += 1
    return picked


def write_draw(out: pathlib.Path, picked: list[dict]) -> None:
    """The drawn records as JSON lines, in id order."""
    with out.open("w", encoding="utf-8") as f:
        for r in sorted(picked, key=lambda r: r["id"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def draw_args(doc: str, seed: int, residue: int | None = None) -> tuple[argparse.Namespace, set[str]]:
    """The draw scripts' options (``--corpus --exclude --skip --seed --count -o``; ``--residue`` too, by default
    ``residue``, when one is given) and the ids to leave out."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--skip", type=pathlib.Path, nargs="*", default=[], help="plain files of 'baomoi-N' lines")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--count", type=int, default=15)
    ap.add_argument("-o", "--out", type=pathlib.Path, required=True)
    if residue is not None:
        ap.add_argument("--residue", type=int, default=residue, choices=range(4), help="only ids ≡ this (mod 4)")
    a = ap.parse_args()
    skip = excluded(a.exclude)
    for p in a.skip:
        skip |= {ln.strip() for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}
    return a, skip


def read_pool(corpus: pathlib.Path, skip: set[str], odd: bool | None = None, sized: bool = True) -> list[dict]:
    """The corpus's records of 500-3,500 characters (``sized``; else of any length) not in ``skip``, by id (``odd``:
    only odd or only even ids)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        return sorted((r for r in map(json.loads, f) if r["id"] not in skip
                       and (not sized or 500 <= len(r["text"]) <= 3500)
                       and (odd is None or int(r["id"].rsplit("-", 1)[1]) % 2 == int(odd))), key=lambda r: r["id"])


def residue(recs: list[dict], mod: int, rest: int) -> list[dict]:
    """The records whose numeric id is ``rest`` modulo ``mod`` (rounds that draw at once split the ids so)."""
    return [r for r in recs if int(r["id"].rsplit("-", 1)[1]) % mod == rest]


def main() -> None:
    a, skip = draw_args(__doc__ or "", 743)
    lex = pathlib.Path(__file__).resolve().parent.parent / "kg" / "lexicon" / "surnames.tsv"
    surnames = {ln.strip() for ln in lex.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"}
    shapes = [LATIN, HYPHEN, opening(surnames), QUOTED]
    write_draw(a.out, draw_balanced(read_pool(a.corpus, skip), shapes, a.seed, a.count))

if __name__ == "__main__":
    main()
