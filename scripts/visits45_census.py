"""Census of round visits45: sentences of the corpus that list two or more verbs of a visit's meetings ("hội đàm",
"hội kiến", "chào xã giao", "tiếp kiến", "gặp gỡ", "làm việc với"), the articles of --exclude and of --skip left
out; a seeded sample printed with the event nodes the pipeline gives the article (to judge what the graph misses)."""
from __future__ import annotations

import gzip
import json
import pathlib
import random
import re

from _sample_io import sampler_args, skip_ids

from kg.pipeline import process

VERBS = re.compile(r"(?<!\w)(hội đàm|hội kiến|chào xã giao|thăm xã giao|tiếp kiến|gặp gỡ|làm việc với)(?!\w)",
                   re.IGNORECASE)


def main() -> None:
    ap = sampler_args(__doc__ or "")
    ap.add_argument("--skip", type=pathlib.Path, required=True, help="a file of ids to leave out, one a line")
    ap.add_argument("--seed", type=int, default=846)
    ap.add_argument("-n", type=int, default=30)
    a = ap.parse_args()
    skip = skip_ids(a.exclude) | {ln.strip() for ln in a.skip.read_text(encoding="utf-8").splitlines() if ln.strip()}
    rows: list[tuple[str, str, str, str]] = []
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip:
                continue
            for s in re.split(r"(?<=[.!?])\s+", rec["text"]):
                if len(VERBS.findall(s)) >= 2:
                    rows.append((rec["id"], s, rec["title"], rec["text"]))
    print(f"sentences with two or more verbs: {len(rows)} in {len({r[0] for r in rows})} articles")
    for rid, s, title, text in random.Random(a.seed).sample(rows, min(a.n, len(rows))):
        res = process(rid, f"{title}\n\n{text}")
        events = sorted(e.label for e in res.links.entities.values() if e.kind == "event")
        print(f"\n== {rid} | {s}\n   events: {events}")


if __name__ == "__main__":
    main()
