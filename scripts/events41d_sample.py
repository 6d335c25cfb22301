"""Round events41d: how often the shapes events41b/41c left open name an activity the article reports — a rite after
a visit and a comma ("đã đến thăm, dâng hương …"), a rite after "vào" ("đã vào đặt vòng hoa …"), a listed call
("đã đến thăm, chúc mừng …", whose subject may have a title and no name), a session dated or "toàn thể" with no named
meeting after it ("phiên chất vấn ngày 5/7", "họp phiên toàn thể"), and a press conference with a date. Every
occurrence in a sentence of an article no held-out split names (``--exclude`` JSON Lines / gold JSON, read for ids
only; ``--skip`` plain id lists) is counted per shape; a seeded sample is written as a TSV to judge (verdict: report /
passing / plan / not-event), with the event names of ``--graph`` that hold the shape's words.

    python scripts/events41d_sample.py CORPUS.jsonl.gz --seed 601 --sample 40 --write FILE --exclude … --skip ids.txt
        [--graph corpus.nq]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_events import excluded_ids  # noqa: E402

RITE = r"(?:chào xã giao|dâng hương|dâng hoa|đặt vòng hoa)"
SHAPES = {
    "comma-rite": re.compile(r"(?<!\w)đã (?:đến |tới |về |vào )?thăm(?: và|,) " + RITE + r"(?!\w)", re.IGNORECASE),
    "vao-rite": re.compile(r"(?<!\w)đã vào " + RITE + r"(?!\w)", re.IGNORECASE),
    "titled-call": re.compile(r"(?<!\w)đã (?:đến|tới|về) thăm(?: và|,) (?:chúc mừng|chúc tết|trao tặng|trao)(?!\w)",
                              re.IGNORECASE),
    "session-dated": re.compile(r"(?<!\w)phiên (?:khai mạc|bế mạc|chất vấn|trả lời chất vấn|thảo luận|toàn thể"
                                r"|họp toàn thể|trù bị|họp trù bị) (?:ngày|sáng|chiều|tối|hôm) ", re.IGNORECASE),
    "session-whole": re.compile(r"(?<!\w)(?:họp|tổ chức|tiến hành) phiên (?:họp )?toàn thể(?!\w)", re.IGNORECASE),
    "press-dated": re.compile(r"(?<!\w)(?:tổ chức |đã tổ chức |buổi )?họp báo (?:ngày|sáng|chiều|tối|hôm|vào) ",
                              re.IGNORECASE),
}
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def marker(before: str) -> str:
    """What the clause before the shape holds: a plan (sẽ, dự kiến), a report (đã), else none."""
    w = " " + before.lower() + " "
    if " sẽ " in w or " dự kiến " in w:
        return "plan"
    return "report" if " đã " in w else "none"


def occurrences(corpus: Path, skip: set[str]) -> list[tuple[str, str, str, str, str]]:
    """(article, shape, words, marker, sentence) of every occurrence, in corpus order."""
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art in skip:
                continue
            for s in _SENT.finditer(d.get("text", "")):
                for shape, rx in SHAPES.items():
                    for m in rx.finditer(s.group()):
                        out.append((art, shape, m.group().strip(",; "), marker(s.group()[: m.start()]),
                                    s.group().strip()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=601)
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--graph", type=Path)
    args = ap.parse_args()
    ids = excluded_ids(args.exclude)
    for p in args.skip:
        ids |= {s.strip().removeprefix("baomoi-") for s in p.read_text(encoding="utf-8").split() if s.strip()}
    occ = occurrences(args.corpus, ids)
    counts = Counter((shape, mk) for _, shape, _, mk, _ in occ)
    for shape in SHAPES:
        print(shape, {mk: counts[(shape, mk)] for mk in ("report", "plan", "none")})
    picked = sorted(random.Random(args.seed).sample(range(len(occ)), min(args.sample, len(occ))))
    names: dict[str, list[str]] = {}
    if args.graph:
        from score_events import by_article
        names = {a: sorted(n for ns in v for n in ns) for a, v in by_article(args.graph).items()}
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "article", "shape", "words", "marker", "verdict", "event", "sentence"])
        for n, i in enumerate(picked, 1):
            art, shape, words, mk, sent = occ[i]
            key = words.lower().split()[-1]
            ev = [x for x in names.get(art, []) if key in x]
            w.writerow([n, art, shape, words, mk, "", "; ".join(ev), sent])
    print(f"{len(occ)} occurrences; {len(picked)} written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
