"""Round events42g: how often a bare meeting head set as the place of what is said ("Tại buổi làm việc, ông A …",
"Phát biểu tại cuộc họp, …", "Trong buổi tiếp, …": a setting word, the head, a comma, no date) is the one meeting
the article reports, in articles where a whole-corpus build (``--graph``) names no event. Every occurrence in an
article no held-out split names (``--exclude`` read for ids only, ``--skip`` plain id lists) is counted with the
cues the rule may read: ``lead`` (the bare head stands in the title or the first three sentences), ``title-verb``
(the title holds the meeting's verb: "làm việc", "họp", "tiếp"), ``reported-verb`` (the text reports the verb
elsewhere: "đã/vừa (có buổi) làm việc/họp/tiếp"); a seeded sample is written as a TSV to judge (verdict: report /
passing / plural / plan).

    python scripts/events42g_sample.py CORPUS.jsonl.gz --graph base.nq --seed 673 --sample 60 --write FILE
        --exclude … --skip ids.txt
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _event_shapes import SENT, event_names, shape_args, skipped  # noqa: E402

BARE = re.compile(r"(?<!\w)(?:tại|trong) (buổi|cuộc) (làm việc|họp|tiếp)(?=[,.:;])", re.IGNORECASE)


def _cues(title: str, sents: list[str], i: int, verb: str) -> list[str]:
    cues = []
    if i < 3:
        cues.append("lead")
    if re.search(rf"(?<!\w){verb}(?!\w)", title, re.IGNORECASE):
        cues.append("title-verb")
    rep = re.compile(rf"(?<!\w)(?:đã|vừa) (?:có (?:buổi|cuộc) )?{verb}(?!\w)", re.IGNORECASE)
    if any(rep.search(s) for s in sents):
        cues.append("reported-verb")
    return cues


def main() -> int:
    args = shape_args(673).parse_args()
    skip, names = skipped(args), event_names(args.graph)
    occ = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art in skip or names.get(art):
                continue
            sents = [s.group().strip() for s in SENT.finditer(d.get("text", ""))]
            for i, s in enumerate(sents):
                for m in BARE.finditer(s):
                    cues = " ".join(_cues(d.get("title", ""), sents, i, m.group(2).lower()))
                    occ.append((art, m.group().lower(), cues, d.get("title", ""), s))
    print(len(occ), "occurrences in", len({o[0] for o in occ}), "articles with no event node")
    print(Counter(o[2] for o in occ).most_common())
    picked = sorted(random.Random(args.seed).sample(range(len(occ)), min(args.sample, len(occ))))
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "article", "words", "cues", "verdict", "note", "title", "sentence"])
        for n, i in enumerate(picked, 1):
            art, words, cues, title, sent = occ[i]
            w.writerow([n, art, words, cues, "", "", title, sent])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
