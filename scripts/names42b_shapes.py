#!/usr/bin/env python3
"""Issue 8, item 4 (round names42b): foreign name shapes and headline title abbreviations before a name, made or not.

Classes of a maximal run of two to four capitalised words (letters, maybe hyphenated) in "title\\n\\ntext":
    cue-<w>     a foreign run (:func:`kg.extract.names.is_foreign` for some word) right after a cue word
                (ngài, Mr./Mrs./Ms., Tổng thống, Thủ tướng, Đại sứ, ông, bà)
    hyphen      a foreign run with a hyphenated word and no cue
    nodiac      a run of ASCII words whose first word is a family name of ``surnames.tsv`` written without diacritics
    latin       any other foreign run with no cue
    abbr-<A>    a run right after a title abbreviation (TT, Phó TT, TTg, PTT, TBT, CTN, CTQH, BT, CT, …) in the headline
A run is *made* when a person mention of the build (``#char=S,E`` → ``/id/person/``) overlaps it. Articles of
``--exclude`` (ids only) and of ``--skip`` (an id list; none by default) are dropped before anything is read. Prints
per-class counts and writes a seeded sample (``--seed``): ``--missed`` rows not made and ``--made`` rows made, to
judge (person / org = organisation-brand-product / place / other).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import pathlib
import random
import sys
from collections import Counter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from kg.extract import lexicon  # noqa: E402
from kg.extract.names import is_foreign  # noqa: E402
from kg.extract.normalise import fold, normalise_text  # noqa: E402
from scripts.names42_shapes import RUN, person_spans, sentence, skipped  # noqa: E402

CUES = ("Ngài", "ngài", "Mr.", "Mrs.", "Ms.", "Tổng thống", "tổng thống", "Thủ tướng", "thủ tướng", "Đại sứ",
        "đại sứ", "Ông", "ông", "Bà", "bà")
ABBR = ("Phó TTg", "Phó TT", "PTTg", "TTg", "PTT", "TBT", "Phó CTN", "CTN", "Phó CTQH", "CTQH", "CTQG", "BT", "CT",
        "PCT", "Phó CT", "Phó BT", "TT")


def klass(text: str, s: int, words: list[str], title_end: int, ascii_surnames: frozenset[str]) -> str | None:
    before = text[max(0, s - 12):s]
    if s < title_end:
        for a in ABBR:
            if before.endswith(a + " ") and (len(before) == len(a) + 1 or not before[-len(a) - 2].isalnum()):
                return "abbr-" + a
    foreign = any(is_foreign(w) for w in words)
    if all(w.isascii() for w in words) and words[0].lower() in ascii_surnames and len(words) >= 3:
        return "nodiac"
    if not foreign:
        return None
    for c in CUES:
        if before.endswith(c + " ") and (len(before) == len(c) + 1 or not before[-len(c) - 2].isalnum()):
            return "cue-" + c.lower()
    return "hyphen" if any("-" in w for w in words) else "latin"


def after(build: pathlib.Path, judged: pathlib.Path, out: pathlib.Path | None) -> int:
    """The judged sample (comment lines, then its table) with a column ``after``: does a person mention of
    ``build`` now overlap the row's span."""
    spans = person_spans(build)
    lines = [ln for ln in judged.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    table = list(csv.reader(lines, delimiter="\t"))
    changed = 0
    rows = [[*table[0], "after"]]
    for r in table[1:]:
        s, e = map(int, r[4].split("-"))
        now = "person" if any(a < e and s < b for a, b in spans.get(r[3], [])) else "-"
        changed += (now == "person") != (r[1] == "made")
        rows.append([*r, now])
    print(f"{changed} of {len(table) - 1} rows change")
    if out:
        with out.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("build", type=pathlib.Path)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--skip", type=pathlib.Path, help="a file of article ids to drop, one a line")
    ap.add_argument("--seed", type=int, default=661)
    ap.add_argument("--missed", type=int, default=80)
    ap.add_argument("--made", type=int, default=40)
    ap.add_argument("--write", type=pathlib.Path)
    ap.add_argument("--after", type=pathlib.Path, help="a judged sample: tell each row made (person) or not (-)")
    a = ap.parse_args()
    if a.after:
        return after(a.build, a.after, a.write)
    skip, spans = skipped(a.exclude, a.skip), person_spans(a.build)
    ascii_surnames = frozenset(fold(w) for w in lexicon.words("surnames")) - frozenset(lexicon.words("surnames"))
    rows: dict[bool, list[list[str]]] = {True: [], False: []}
    count: Counter[tuple[str, bool]] = Counter()
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip:
                continue
            text = normalise_text(f"{rec['title']}\n\n{rec['text']}")
            title_end = text.find("\n")
            for m in RUN.finditer(text):
                words = m.group().split(" ")
                k = klass(text, m.start(), words, title_end, ascii_surnames) if len(words) <= 4 else None
                if k is None:
                    continue
                made = any(s < m.end() and m.start() < e for s, e in spans.get(rec["id"], []))
                count[k, made] += 1
                span = f"{m.start()}-{m.end()}"
                rows[made].append([k, rec["id"], span, m.group(), sentence(text, m.start(), m.end())])
    for k in sorted({k for k, _ in count}):
        print(f"{k}\tmade {count[k, True]}\tnot made {count[k, False]}")
    rng = random.Random(a.seed)
    drawn = [["not made", *r] for r in rng.sample(rows[False], a.missed)] + \
            [["made", *r] for r in rng.sample(rows[True], a.made)]
    if a.write:
        with a.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "side", "class", "article", "span", "text", "verdict", "note", "sentence"])
            for n, r in enumerate(drawn, 1):
                w.writerow([n, *r[:5], "", "", r[5]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
