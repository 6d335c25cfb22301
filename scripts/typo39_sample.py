#!/usr/bin/env python3
"""Round typo39: articles with two person nodes whose full names differ by one small edit (one syllable by one
letter or one tone or vowel mark, a stray letter, a Telex tone letter: "Thanhf"/"Thành"; same number of syllables,
3 or more, same family name), with each form's mention count, whether both stand in one sentence, and each one's
posts. Also the folds the extractor made (a person whose hidden label is such a variant).

    PYTHONPATH=. .venv/bin/python -P scripts/typo39_sample.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl ... tests/data/frozen8.jsonl

Articles whose ids are in an --exclude file are skipped (ids only). A cheap prefilter keeps the articles whose raw
text has two capitalised word runs that are near names; only those run through the pipeline.
"""
from __future__ import annotations

import gzip
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from _sample_io import held_posts, sampler_args, skip_ids  # noqa: E402

from kg.extract.person_typos import near_names  # noqa: E402
from kg.pipeline import Result, process  # noqa: E402

_RUN = re.compile(r"(?:[^\W\d_][\w]*\s+)*[^\W\d_]\w*")


def _prefilter(text: str) -> bool:
    """Two capitalised 3- or 4-word runs of the text (any window of a longer run) are near names."""
    grams: dict[tuple[int, str], set[str]] = {}
    for run in _RUN.finditer(text):
        words = run[0].split()
        caps = [w for w in words]
        for n in (3, 4, 5):
            for i in range(len(caps) - n + 1):
                g = caps[i : i + n]
                if all(w[:1].isupper() for w in g):
                    grams.setdefault((n, g[0].lower()), set()).add(" ".join(g))
    return any(near_names(a, b) for forms in grams.values() for a in forms for b in forms if a < b)


def pairs_of(doc_id: str, res: Result) -> list[str]:
    """One line per near pair of person nodes of an article, or per fold made (hidden label)."""
    persons = [e for e in res.links.entities.values() if e.kind == "person"]
    posts = held_posts(res)
    text = res.doc.text
    out = []
    for i, a in enumerate(persons):
        for b in persons[i + 1 :]:
            if near_names(a.label, b.label):
                same = {m.sentence for m in a.mentions} & {m.sentence for m in b.mentions}
                out.append("\t".join((doc_id, "two nodes", a.label, str(len(a.mentions)), b.label,
                                      str(len(b.mentions)), "one sentence" if same else "-",
                                      " | ".join(posts.get(a.id, [])) or "—", " | ".join(posts.get(b.id, [])) or "—",
                                      _ctx(text, a.mentions[0].start), _ctx(text, b.mentions[0].start))))
        for alt in sorted({m.text for m in a.mentions if near_names(a.label, m.text)}):
            if alt:
                ms = [m for m in a.mentions if m.text == alt]
                out.append("\t".join((doc_id, "folded", a.label, str(len(a.mentions)), alt, "", "-",
                                      " | ".join(posts.get(a.id, [])) or "—", "", _ctx(text, a.mentions[0].start),
                                      _ctx(text, ms[0].start))))
    return out


def _ctx(text: str, at: int) -> str:
    return text[max(0, at - 80) : at + 80].replace("\n", " ").replace("\t", " ")


def main() -> int:
    ap = sampler_args(__doc__ or "")
    ap.add_argument("--ids", nargs="*", default=[], help="only these article ids")
    args = ap.parse_args()
    skip = skip_ids(args.exclude)
    only = set(args.ids)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip or (only and rec["id"] not in only):
                continue
            if not only and not _prefilter(f"{rec['title']}\n\n{rec['text']}"):
                continue
            for row in pairs_of(rec["id"], process(rec["id"], f"{rec['title']}\n\n{rec['text']}")):
                print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
