#!/usr/bin/env python3
"""Sample the extractor's blind spots: articles of the genre where it finds no post holding (or fewer persons
than the text's honorific + name phrases), which no sample drawn from the extractor's own output ever shows.

    .venv/bin/python scripts/corpus_blindspots.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl ... tests/data/frozen7.jsonl \
        --exclude-gold ../shared/eval/train_gold.json ... --sample 25 --seed 307 [--dump counts.tsv]

The genre is the one of scripts/frozen_split.py (its POST and PERSON regexes, 500–8,000 characters). Prints the
counts (articles of the genre, persons, post holdings; the blind articles: no holding, fewer persons than distinct
honorific + name matches, or an honorific + name that no mention covers), then a seeded sample of the blind
articles: id, title, the reason, the persons and pairs found, and every sentence holding a POST or PERSON match.
``--dump`` writes one line per article (id, persons, pairs) to compare two versions of the extractor.
``--residue R`` keeps only numeric ids ≡ R (mod 4); ``--skip`` reads plain files of "baomoi-N" lines to leave out;
``--out JSONL`` draws ``--sample`` blind articles with the seed (the blind pool sorted by id) and writes them (id,
title, text) in id order, printing only the counts: nothing the extractor found is shown.
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

from frozen_split import PERSON, POST, excluded  # noqa: E402

from kg.pipeline import Result, process  # noqa: E402


def _pairs(r: Result) -> list[str]:
    """The labels of the article's post holdings ("<name> — <post as written>")."""
    return sorted({str(v.value) for f in r.facts if f.cls.endswith("PostHolding")
                   for p, v in f.props if p == "rdfs:label" and hasattr(v, "value")})


def _persons(r: Result) -> list[str]:
    return sorted({e.label for e in r.links.entities.values() if e.kind == "person"})


def honorific_names(text: str) -> set[str]:
    """The distinct names after an honorific (ông, bà, đồng chí), as PERSON of frozen_split.py matches them."""
    return {" ".join(m.group(0).split()[1:]) for m in PERSON.finditer(text)}


_NAMED = re.compile(r"(?<!\w)(?:[ôÔ]ng|[bB]à|anh|chị|đồng chí|cụ)\s+((?:[A-ZĐ][\wà-ỹ]+ ){1,3}[A-ZĐ][\wà-ỹ]+)"
                    r"(?![\w.])(?!\s*[A-ZĐ]\b)")


def uncovered_names(r: Result) -> list[str]:
    """Names of two to four capitalised words after a lower-case honorific (no withheld initial after them) that
    no mention of any kind covers: a person the grammar never proposed."""
    spans = [(m.start, m.end) for m in r.doc.mentions]
    out = []
    for m in _NAMED.finditer(r.doc.text):
        a, b = m.span(1)
        if not any(x < b and a < y for x, y in spans):
            out.append(m.group(1))
    return sorted(set(out))


def marked_sentences(r: Result) -> list[str]:
    """The article's sentences that hold a POST or PERSON match, whitespace collapsed."""
    out = []
    for s in r.doc.sentences:
        line = r.doc.text[s.start : s.end]
        if POST.search(line) or PERSON.search(line):
            out.append(" ".join(line.split()))
    return out


def blind_reasons(rec: dict, r: Result) -> list[str]:
    """Why an article is blind: no holding, fewer persons than honorific names, or an uncovered honorific name."""
    why = []
    if not _pairs(r):
        why.append("no holding")
    k = len(honorific_names(f"{rec['title']}\n\n{rec['text']}"))
    if len(_persons(r)) < k:
        why.append(f"persons {len(_persons(r))} < honorific names {k}")
    lost = uncovered_names(r)
    if lost:
        why.append(f"uncovered: {', '.join(lost)}")
    return why


def write_drawn(out: pathlib.Path, recs: list[dict]) -> None:
    """The drawn records (id, title, text) as JSON lines in id order."""
    with out.open("w", encoding="utf-8") as f:
        for rec in sorted(recs, key=lambda r: r["id"]):
            f.write(json.dumps({"id": rec["id"], "title": rec["title"], "text": rec["text"]}, ensure_ascii=False)
                    + "\n")


def _skipped(paths: list[pathlib.Path]) -> set[str]:
    return {ln.strip() for p in paths for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()}


def main() -> int:  # long: the options and one pass over the corpus
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[], help="JSON-lines files whose ids to skip")
    ap.add_argument("--exclude-gold", type=pathlib.Path, nargs="*", default=[], help="public gold files to skip")
    ap.add_argument("--min-chars", type=int, default=500)
    ap.add_argument("--max-chars", type=int, default=8000)
    ap.add_argument("--sample", type=int, default=25)
    ap.add_argument("--seed", type=int, default=307)
    ap.add_argument("--dump", type=pathlib.Path, help="write id, persons, pairs per article here")
    ap.add_argument("--residue", type=int, choices=range(4), help="only ids ≡ this (mod 4)")
    ap.add_argument("--skip", type=pathlib.Path, nargs="*", default=[], help="plain files of 'baomoi-N' lines")
    ap.add_argument("--out", type=pathlib.Path, help="write the drawn blind articles here; print no extractor output")
    a = ap.parse_args()
    skip = excluded(a.exclude + a.exclude_gold) | _skipped(a.skip)
    n_art = n_persons = n_pairs = 0
    blind: list[tuple[str, str, str, Result]] = []
    blind_recs: list[dict] = []
    dump = []
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        recs = [r for r in map(json.loads, f) if r["id"] not in skip
                and (a.residue is None or int(r["id"].rsplit("-", 1)[1]) % 4 == a.residue)]
    for rec in sorted(recs, key=lambda r: r["id"]):
        text = rec["text"]
        if not (a.min_chars <= len(text) <= a.max_chars and POST.search(text) and PERSON.search(text)):
            continue
        r = process(rec["id"], f"{rec['title']}\n\n{text}")
        persons, pairs = _persons(r), _pairs(r)
        n_art += 1
        n_persons += len(persons)
        n_pairs += len(pairs)
        dump.append(f"{rec['id']}\t{' | '.join(persons)}\t{' | '.join(pairs)}")
        why = blind_reasons(rec, r)
        if why:
            blind.append((rec["id"], rec["title"], "; ".join(why), r))
            blind_recs.append(rec)
    no_hold = sum("no holding" in w for _, _, w, _ in blind)
    fewer = sum("<" in w for _, _, w, _ in blind)
    lost_n = sum("uncovered" in w for _, _, w, _ in blind)
    print(f"articles of the genre {n_art}; persons {n_persons}; pairs {n_pairs}; "
          f"with no holding {no_hold}; with fewer persons than honorific names {fewer}; "
          f"with an uncovered honorific name {lost_n}")
    if a.out:
        drawn = random.Random(a.seed).sample(blind_recs, min(a.sample, len(blind_recs)))
        write_drawn(a.out, drawn)
        print(f"blind pool {len(blind_recs)}; drawn {len(drawn)} -> {a.out}")
        return 0
    if a.dump:
        a.dump.write_text("".join(ln + "\n" for ln in dump), encoding="utf-8")
    for doc_id, title, why, r in random.Random(a.seed).sample(blind, min(a.sample, len(blind))):
        print(f"\n## {doc_id} — {title}\n[{why}] persons: {'; '.join(_persons(r)) or '-'}")
        print(f"pairs: {'; '.join(_pairs(r)) or '-'}")
        for line in marked_sentences(r):
            print(f"  > {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
