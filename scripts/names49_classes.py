"""Census of two-word names no person mention covers on a whole-corpus build (round names49), held-out ids dropped
before anything is printed: every capitalised run of exactly two words whose first word is a family name
(``surnames.tsv``, ``rare_surnames.tsv``, ``khmer_surnames.tsv``) or a Khmer name word written without diacritics
("Chau", "Neang", "Néang"), and that overlaps no person mention of the build, is put in one class by the text just
before it (as :mod:`names48_classes`), split by whether the same two words occur again in the article (a repeated
bare name) and by whether the first word is a Khmer name word. Prints the counts, then a seeded sample of each class.

    python scripts/names49_classes.py CORPUS BUILD.nq --skip SKIP.txt --exclude tests/data/*.jsonl ... --seed 849
    python scripts/names49_classes.py ... --longer 3 --seed 810   (names50: runs of three words or more)
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _cap_word, _ids, _segmented  # noqa: E402
from givers39_sample import plain_ids  # noqa: E402
from names48_classes import _class  # noqa: E402
from names_nodes_sample import person_mentions  # noqa: E402

from kg.extract import lexicon  # noqa: E402
from kg.extract.normalise import key  # noqa: E402
from kg.extract.tokens import tokenize  # noqa: E402

KHMER = lexicon.words("khmer_name_words")  # "chau", "neang", "néang": the words person_khmer_bare.py reads


def two_word_runs(text: str, firsts: set[str], longer: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, first word's key) of the capitalised runs of exactly two words opening with one of firsts (of
    ``longer`` words or more instead when it is set: round names50's census of three-word and longer runs)."""
    toks, out, i = tokenize(text, 0, len(text)), [], 0
    while i < len(toks):
        j = i + 1
        while _cap_word(toks[i]) and j < len(toks) and _cap_word(toks[j]) and \
                text[toks[j - 1].end : toks[j].start] == " ":
            j += 1
        if (j - i >= longer if longer else j - i == 2) and _cap_word(toks[i]) and key(toks[i].text) in firsts:
            out.append((toks[i].start, toks[j - 1].end, key(toks[i].text)))
        i = j
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=849)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--dump", type=Path, help="write every row (class, article, text) here")
    ap.add_argument("--longer", type=int, default=0, help="runs of this many words or more instead of two (names50)")
    a = ap.parse_args()
    skip: set[str] = set()
    for p in a.exclude:
        skip |= _ids(p)
    skip |= plain_ids(a.skip)
    hon, kin = lexicon.words("honorifics"), lexicon.words("kin_words")
    firsts = lexicon.words("surnames") | lexicon.words("rare_surnames") | lexicon.words("khmer_surnames") | KHMER
    men = person_mentions(a.build)
    rows: dict[str, list[tuple[str, str]]] = {}
    for r in _articles(a.corpus, skip):  # (the skipped and excluded ids already dropped)
        t = _segmented(r).text
        ms = men.get(r.doc_id, [])
        found = [(s, e, f) for s, e, f in two_word_runs(t, firsts, a.longer)
                 if not any(m0 < e and s < m1 for m0, m1, _ in ms)]
        seen = Counter(key(t[s:e]) for s, e, _ in found)
        for s, e, f in found:
            c, w = _class(t[max(0, s - 30) : s], hon, kin)
            c = ("khmer " if f in KHMER else "") + ("repeated " if seen[key(t[s:e])] > 1 else "once ") + c
            line = " ".join(t[max(0, s - 70) : e + 40].split())
            rows.setdefault(c, []).append((r.doc_id, f"{w} | [{t[s:e]}] {line}"))
    if a.dump:
        a.dump.write_text("".join(f"{c}\t{d}\t{ln}\n" for c in sorted(rows) for d, ln in rows[c]), encoding="utf-8")
    rng = random.Random(a.seed)
    for c in sorted(rows, key=lambda k: -len(rows[k])):
        print(f"== {c}: {len(rows[c])} runs in {len({d for d, _ in rows[c]})} articles")
        for d, ln in sorted(rng.sample(rows[c], min(a.show, len(rows[c])))):
            print(d, ln)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
