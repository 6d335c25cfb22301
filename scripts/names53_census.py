#!/usr/bin/env python3
"""Round names53: a recall census of persons — corpus sentences with a name-shaped run no person of a build reads.

A candidate is a run of two to four capitalised words (no word all capitals) that is either led by a Vietnamese
family name of ``kg/lexicon/surnames.tsv`` (the words from it to the end of the capitalised run) or, as a whole
capitalised run, holds a Latin or hyphenated foreign word (:func:`kg.extract.names.is_foreign`). A candidate is read
when it overlaps a person mention of its article in BUILD.nq (``#char=S,E`` → ``/id/person/``), or when its words are
within, or hold, the label of a person that article mentions. A sentence (title, lines, and ". ! ?" before a
capital) with at least one unread candidate is a row. Articles of every gold set (``--gold``, repeatable: a gold JSON
whose ``id`` fields name them) and the held-out ids (``--skip``) are dropped before anything is read or printed. The
rows are drawn uniformly with ``--seed``; each row prints the article id, the first unread candidate, all unread
candidates, and the sentence, as a TSV with empty ``judgement`` and ``class`` columns to fill by hand.

    .venv/bin/python scripts/names53_census.py /work/wt/corpus_m52m.nq --skip /work/wt/held_ids.txt \\
        --gold /work/shared/eval/dev_gold.json --gold tests/data/posts52_gold.json ... --seed 962 --n 150
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.extract.names import is_foreign  # noqa: E402

PERSON = "<https://w3id.org/vnreport-kg/id/person/"
MENTION = re.compile(r"^<https://w3id\.org/vnreport-kg/id/report/([^#>]+)#char=(\d+),(\d+)> "
                     r"<http://www\.w3\.org/2005/11/its/rdf#taIdentRef> <https://w3id\.org/vnreport-kg/id/person/"
                     r"([^>]+)>")
LABEL = re.compile(r"^<https://w3id\.org/vnreport-kg/id/person/([^>]+)> "
                   r"<(?:http://www\.w3\.org/2000/01/rdf-schema#label|http://schema\.org/name)> \"(.*)\"@vi")
CAP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
WORD = rf"[{CAP}][\w'’-]*"
RUN = re.compile(rf"(?<![\w-]){WORD}(?: {WORD})*(?![\w-])")
SENT = re.compile(rf"(?<=[.!?…])[\"”]?\s+(?=[\"“]?[{CAP}])|\n+")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").casefold()


def surnames(name: str = "surnames") -> set[str]:
    path = Path(__file__).resolve().parents[1] / f"kg/lexicon/{name}.tsv"
    return {ln.split("\t")[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}


def candidates(text: str, family: set[str]) -> list[tuple[int, int, str]]:
    """Every candidate run of ``text``: start, end, words."""
    out = []
    for m in RUN.finditer(text):
        words = m.group(0).split()
        if any(w.isupper() and len(w) > 1 for w in words):
            continue
        lead = next((i for i, w in enumerate(words) if w in family), None)
        if lead is not None and 2 <= len(words) - lead <= 4:
            start = m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
            out.append((start, m.end(), " ".join(words[lead:])))
        elif 2 <= len(words) <= 4 and any(is_foreign(w) for w in words):
            out.append((m.start(), m.end(), m.group(0)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build")
    ap.add_argument("--corpus", default="/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
    ap.add_argument("--skip", required=True, help="held-out ids, one a line")
    ap.add_argument("--gold", action="append", default=[], help="a gold JSON whose articles are left out")
    ap.add_argument("--seed", type=int, default=962)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--family", default="surnames", help="the lexicon file of family names (rare_surnames: round's "
                    "class count)")
    a = ap.parse_args()
    skip = {ln.strip() for ln in open(a.skip, encoding="utf-8") if ln.strip()}
    for g in a.gold:
        skip |= {"baomoi-" + str(art["id"]).removeprefix("baomoi-")
                 for art in json.loads(Path(g).read_text(encoding="utf-8"))}
    spans: dict[str, list[tuple[int, int]]] = {}
    mentioned: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    with open(a.build, encoding="utf-8") as f:
        for ln in f:
            if PERSON not in ln:
                continue
            if (m := MENTION.match(ln)) and m.group(1) not in skip:
                spans.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
                mentioned.setdefault(m.group(1), set()).add(m.group(4))
            elif lm := LABEL.match(ln):
                labels.setdefault(lm.group(1), set()).add(fold(lm.group(2)))
    family = surnames(a.family)
    rows = []
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for rec in map(json.loads, f):
            if rec["id"] in skip:
                continue
            text = rec["title"] + "\n\n" + rec["text"] + "\n"
            own = spans.get(rec["id"], [])
            names = set().union(*(labels.get(p, set()) for p in mentioned.get(rec["id"], set())))
            unread = [(s, e, w) for s, e, w in candidates(text, family)
                      if not any(a0 < e and s < b0 for a0, b0 in own)
                      and not any(fold(w) in n or n in fold(w) for n in names)]
            if not unread:
                continue
            bounds = [0] + [m.end() for m in SENT.finditer(text)] + [len(text)]
            for lo, hi in zip(bounds, bounds[1:], strict=False):
                inside = [w for s, e, w in unread if lo <= s < hi]
                if inside:
                    rows.append((rec["id"], inside[0], " | ".join(inside), " ".join(text[lo:hi].split())))
    print(f"# {len(rows)} sentences with an unread candidate in {len({r[0] for r in rows})} articles; "
          f"seed {a.seed}, n {a.n}")
    random.Random(a.seed).shuffle(rows)
    print("id\tcandidate\tall_unread\tjudgement\tclass\tsentence")
    for r in rows[: a.n]:
        print(f"{r[0]}\t{r[1]}\t{r[2]}\t\t\t{r[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
