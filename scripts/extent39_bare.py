#!/usr/bin/env python3
"""Count and sample post-holdings whose post is a bare title (no body) in a whole-corpus N-Quads build, with what
the sentence writes right after the title (issue 8, round extent39).

    PYTHONPATH=. .venv/bin/python -P scripts/extent39_bare.py --nq corpus.nq \
        --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz --sample 100 --seed 479 \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl

A holding is bare when its label's post part, without a leading "nguyên"/"cựu"/"Tân", is a title of
``posts.tsv`` with no implied body ("Giám đốc", not "Thủ tướng"). The follower is read from the first
derived-from sentence that holds the title: ``punct`` (end, punctuation or a dash), ``name`` (a capitalised word),
``unit`` (a lower-case body's head of ``bodies.tsv`` or ``unit_nouns.tsv``), ``cua`` ("của" and more),
``comma-body`` (a comma and a capitalised body's head), ``lower`` (another lower-case word). Prints the counts
by follower, then the sample (n, article, label, follower, the text after the title, the sentence),
tab-separated; with ``--after`` last what a later build holds instead ("same", or the person's new labels in
the article). Held-out articles are skipped by id only.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from corpus_pairs_sample import _ids, holdings, texts  # noqa: E402

from kg.extract import lexicon  # noqa: E402
from kg.extract.normalise import key  # noqa: E402

_LEAD = re.compile(r"^(?:nguyên|cựu|tân|quyền)\s+", re.IGNORECASE)


def bare(label: str) -> str:
    """The bare title of a holding's label, or ""."""
    post = label.split(" — ", 1)[-1]
    post = _LEAD.sub("", post)
    entry = lexicon.by_key("posts").get(key(post))
    return post if entry is not None and not (entry.extra and entry.extra[0]) else ""  # (no implied body)


def follower(sent: str, title: str, person: str) -> tuple[str, str]:
    """The class of what follows ``title`` in ``sent`` (its occurrence nearest the person's name) and the next 60
    characters."""
    found = [m.end() for m in re.finditer(r"(?<!\w)" + re.escape(title) + r"(?!\w)", sent, re.IGNORECASE)]
    if not found:
        return "absent", ""
    at = sent.find(person)
    end = min(found, key=lambda e: abs(e - at) if at >= 0 else e)
    rest = sent[end:][:60]
    heads = lexicon.by_key("bodies")
    units = lexicon.words("unit_nouns")
    words = rest.split()
    if not words or re.match(r"\s*(?:[.;:!?()\"“”]|[-–]\s|$)", rest):
        return "punct", rest
    if rest.lstrip().startswith(","):
        w = rest.lstrip()[1:].split()[:2]
        if w and w[0][:1].isupper() and (key(w[0]) in heads or key(" ".join(w)) in heads) \
                and key(" ".join(w)) not in lexicon.by_key("posts"):
            return "comma-body", rest
        return "punct", rest
    w0 = words[0]
    if key(w0) == "của":
        return "cua", rest
    if w0[:1].isupper():
        return "name", rest
    if key(w0) in heads or key(" ".join(words[:2])) in heads or key(w0) in units \
            or key(" ".join(words[:2])) in units:
        return "unit", rest
    return "lower", rest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nq", type=pathlib.Path, required=True)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=479)
    ap.add_argument("--after", type=pathlib.Path, help="a later build: print each drawn holding's labels there")
    a = ap.parse_args()
    skip = set().union(*(_ids(p) for p in a.exclude)) if a.exclude else set()
    pairs = [p for p in holdings(a.nq, skip) if bare(p[1])]
    text = texts(a.corpus, {p[0] for p in pairs})
    rows = []
    for art, label, spans in pairs:
        title = bare(label)
        sents = [" ".join(text[art][s:e].split()) for s, e in spans]
        person = label.split(" — ", 1)[0]
        found = next(((s, *f) for s in sents if (f := follower(s, title, person))[0] != "absent"),
                     (sents[0], "absent", ""))
        rows.append((art, label, found[1], found[2], found[0]))
    counts = collections.Counter(r[2] for r in rows)
    print(f"# {len(rows)} bare-title holdings in {len({r[0] for r in rows})} articles; by follower: "
          + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    drawn = random.Random(a.seed).sample(rows, min(a.sample, len(rows)))
    before = {(art, label) for art, label, _spans in holdings(a.nq, skip)} if a.after else set()
    later = {(art, label) for art, label, _spans in holdings(a.after, skip)} if a.after else set()
    for n, r in enumerate(drawn, 1):
        new = sorted(lab for art, lab in later - before if art == r[0] and lab.split(" — ")[0] == r[1].split(" — ")[0])
        now = "same" if (r[0], r[1]) in later else " | ".join(new) or "gone"
        print(f"{n}\t{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}" + (f"\t{now}" if a.after else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
