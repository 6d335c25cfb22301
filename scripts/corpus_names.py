"""Issue 8, item 4 (names without a title or honorific), measured on a hand-judged sample of corpus sentences.

The sample: sentences of the corpus's articles that no evaluation set uses (``--exclude``: the train, dev and frozen
gold files, the test articles), holding a *title-less capitalised run*: two to four adjacent capitalised words
(letters, maybe hyphenated; no abbreviation in capitals) with no honorific, rank or post title before it (an
honorific or rank among the two words before it, or a post title ending within 60 characters before it with no
punctuation between — the lexicon's ``honorifics``, ``ranks`` and ``posts``; nor an honorific opening the run).
Sixty sentences are drawn at random (``--seed``): twenty among those where such a run opens with a family name
(``surnames.tsv``) and is no province's name, ten where such a run holds a word that is no Vietnamese syllable
(:func:`kg.extract.names.is_foreign`: Latin-script foreign names, hyphenated transliterations), ten among all such
sentences, and twenty more where such a run of three or four words opens with a family name (a full name's shape);
every title-less run of a drawn sentence is one row to judge. Drawn from the sorted article ids, so the
same corpus and seed always give the same sample.

A judged row (``person`` column) holds the person's name as written inside the run, or ``-`` for none (places,
streets, schools, bodies, companies, awards named after someone; photo credits and bylines are not persons). Read
back with ``--judged FILE``, each row's article is processed again and the person mentions inside the run are
compared with the judgement: recall = judged names found exactly / judged names, precision = exact finds / person
mentions inside the judged runs.

    .venv/bin/python scripts/corpus_names.py CORPUS --write FILE [--seed 8] [--exclude GOLD.json|FILE.jsonl ...]
    .venv/bin/python scripts/corpus_names.py CORPUS --judged FILE
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import pipeline  # noqa: E402
from kg.corpus.records import Record, read_records  # noqa: E402
from kg.extract import lexicon, names  # noqa: E402
from kg.extract.document import Document  # noqa: E402
from kg.extract.mentions.sentence import _title_matcher  # noqa: E402
from kg.extract.normalise import key  # noqa: E402
from kg.extract.tokens import Token, match_view, tokenize  # noqa: E402

COLUMNS = ["n", "article", "start", "end", "run", "person", "why", "sentence"]


def _ids(path: Path) -> set[str]:
    """Article ids of a gold JSON list or a JSON Lines file (with or without the ``baomoi-`` prefix)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        return {str(it["id"]).removeprefix("baomoi-") for it in json.loads(text)}
    return {m.removeprefix("baomoi-") for m in re.findall(r'"id":\s*"([^"]+)"', text)}  # malformed lines too


def _cap_word(t: Token) -> bool:
    return t.text[0].isupper() and all(p.isalpha() for p in t.text.split("-")) and not t.is_upper


def runs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) character offsets of the title-less capitalised runs of two to four words in text[start:end]."""
    toks = tokenize(text, start, end)
    view = match_view(text)
    titles = [b for _a, b in _title_matcher().spans(view, start, end)]
    before_words = lexicon.words("honorifics") | lexicon.words("ranks")
    i = 0
    while i < len(toks):
        if not _cap_word(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and _cap_word(toks[j]) and text[toks[j - 1].end : toks[j].start].strip() == "":
            j += 1
        prev = [key(t.text) for t in toks[max(0, i - 2) : i]]
        first = [key(t.text) for t in toks[i : min(j, i + 2)]]  # "Ông Nguyễn Văn A": the honorific opens the run
        titled = (bool(prev) and (prev[-1] in before_words or " ".join(prev) in before_words)) or (
            first[0] in before_words or " ".join(first) in before_words)
        a = toks[i].start
        titled = titled or any(a - 60 <= b <= a and not re.search(r"[,;:().\"“”]", text[b:a]) for b in titles)
        if 2 <= j - i <= 4 and not titled:
            yield a, toks[j - 1].end
        i = j


def _segmented(r: Record) -> Document:
    """The article normalised and cut into sentences (the first two stages of the pipeline)."""
    doc = Document(doc_id=r.doc_id, text=r.text)
    for name, stage in pipeline.STAGES:
        if name not in ("normalise", "segment"):
            break
        doc = stage(doc)
    return doc


def _articles(corpus: Path, exclude: set[str]) -> list[Record]:
    out = [r for r in read_records(corpus) if isinstance(r, Record)]
    return sorted((r for r in out if r.doc_id.removeprefix("baomoi-") not in exclude), key=lambda r: r.doc_id)


def write_sample(corpus: Path, out: Path, seed: int, exclude: set[str]) -> int:
    """Draw the sample (see the module docstring) and write it as a TSV to judge; the number of rows."""
    surnames = lexicon.words("surnames")
    cands: list[tuple[str, str, int, int, list[tuple[int, int]]]] = []
    for r in _articles(corpus, exclude):
        doc = _segmented(r)
        for s in doc.sentences:
            found = list(runs(doc.text, s.start, s.end))
            if found:
                cands.append((r.doc_id, doc.text, s.start, s.end, found))
    rng = random.Random(seed)
    provinces = lexicon.words("provinces")
    picked: list[tuple[str, str, int, int, list[tuple[int, int]]]] = []
    strata = (  # (sentences to draw, what one of its runs must be)
        (20, lambda w: key(w[0]) in surnames and key(" ".join(w)) not in provinces),  # name-shaped
        (10, lambda w: any(names.is_foreign(x) for x in w)),  # a word that is no Vietnamese syllable
        (10, lambda w: True),  # any
        (20, lambda w: len(w) >= 3 and key(w[0]) in surnames),  # full-name shaped: a family name and two or three
    )
    for count, test in strata:
        pool = [c for c in cands if c not in picked and any(test(c[1][a:b].split()) for a, b in c[4])]
        picked += rng.sample(pool, count)
    rows = []
    for doc_id, text, s0, s1, found in sorted(picked, key=lambda c: (c[0], c[2])):
        for a, b in found:
            rows.append([doc_id, a, b, text[a:b], "", "", " ".join(text[s0:s1].split())])
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# Title-less capitalised runs: scripts/corpus_names.py --seed {seed}; person = the name as "
                 "written, or - for none\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(COLUMNS)
        for n, row in enumerate(rows, 1):
            w.writerow([n, *row])
    return len(rows)


def score(corpus: Path, judged: Path, *, untitled: bool = False) -> tuple[int, int, int, list[str]]:
    """(judged names, exact finds, person mentions inside the runs, notes on every miss and false find); with
    ``untitled``, over the rows whose judgement does not mark a title the sampler missed (``why`` "titled …")."""
    with judged.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((x for x in fh if not x.startswith("#")), delimiter="\t"))
    if any(not r["person"] for r in rows):
        raise ValueError(f"{judged}: a row has no judgement (a name or -)")
    if untitled:
        rows = [r for r in rows if not r["why"].startswith("titled")]
    wanted = {r["article"] for r in rows}
    docs = {r.doc_id: pipeline.process(r.doc_id, r.text).doc for r in read_records(corpus)
            if isinstance(r, Record) and r.doc_id in wanted}
    gold = found = mentioned = 0
    notes = []
    for r in rows:
        a, b, name = int(r["start"]), int(r["end"]), r["person"]
        inside = [m.text for m in docs[r["article"]].mentions if m.kind == "person" and a <= m.start and m.end <= b]
        mentioned += len(inside)
        gold += name != "-"
        hit = name != "-" and name in inside
        found += hit
        if (name != "-" and not hit) or any(x != name for x in inside):
            notes.append(f"row {r['n']}: judged {name!r}, found {inside} in {r['run']!r}")
    return gold, found, mentioned, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--write", type=Path, help="write the sample as a TSV to judge")
    ap.add_argument("--judged", type=Path, help="a judged sample TSV: score the extractor on it")
    ap.add_argument("-v", action="store_true", help="print every miss and false find")
    args = ap.parse_args(argv)
    try:
        if args.write:
            exclude = set().union(*(_ids(p) for p in args.exclude)) if args.exclude else set()
            n = write_sample(args.corpus, args.write, args.seed, exclude)
            print(f"sample of {n} runs (seed {args.seed}) written to {args.write}")
        if args.judged:
            for untitled in (False, True):
                gold, found, mentioned, notes = score(args.corpus, args.judged, untitled=untitled)
                if args.v and not untitled:
                    print("\n".join(notes))
                what = "rows without a missed title" if untitled else "all rows"
                print(f"title-less names ({what}): recall {found / max(1, gold):.2f} ({found}/{gold}) "
                      f"precision {found / max(1, mentioned):.2f} ({found}/{mentioned})")
    except (OSError, ValueError, KeyError) as exc:
        print(f"corpus_names: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
