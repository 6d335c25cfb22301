"""Round dev13: a title followed by an anaphoric body ("Hiệu trưởng nhà trường", "Giám đốc của công ty", "Thủ
trưởng đơn vị", "Chủ tịch địa phương"), counted over the corpus and sampled (seeded) with what the pipeline gives
the person next to it and the bodies of that kind the article names.

    PYTHONPATH=. python -P scripts/anaphoric_body_sample.py --corpus ../shared/corpus/baomoi-gov-2017.jsonl.gz \
        --exclude tests/data/frozen2.jsonl … tests/data/frozen8.jsonl tests/data/devown*.jsonl --seed 479 -n 20
"""
from __future__ import annotations

import gzip
import json
import random
import re

from kg.extract import lexicon
from kg.pipeline import process
from scripts._sample_io import sampler_args, skip_ids

_ANAPHORS = r"(?:của\s+)?(?:nhà trường|trường|đơn vị|địa phương|công ty|doanh nghiệp|bệnh viện)"
_KIND = {"trường": r"[Tt]rường\s+(?:[A-ZĐ0-9][\w.&-]*|mầm non|tiểu học|trung học|mẫu giáo|đại học|cao đẳng)",
         "công ty": r"[Cc]ông ty\s+[\w&.]+", "doanh nghiệp": r"[Dd]oanh nghiệp\s+[\w&.]+",
         "bệnh viện": r"[Bb]ệnh viện\s+[A-ZĐ0-9]"}


def _pattern() -> re.Pattern[str]:
    titles = sorted({r[0] for r in lexicon.rows("posts")}, key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?<!\w)(?i:{alt})\s+({_ANAPHORS})(?![\w])(?!\s+[A-ZĐ])")


def main() -> None:
    ap = sampler_args(__doc__ or "")
    ap.add_argument("--seed", type=int, default=479)
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("--gold", nargs="*", default=[], help="gold JSON files whose article ids to skip")
    a = ap.parse_args()
    skip = skip_ids(a.exclude)
    for g in a.gold:
        with open(g, encoding="utf-8") as f:
            skip |= {("baomoi-" + str(x["id"]).removeprefix("baomoi-")) for x in json.load(f)}
    rx, hits = _pattern(), []
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for ln in f:
            rec = json.loads(ln)
            if rec["id"] in skip:
                continue
            text = f"{rec['title']}\n\n{rec['text']}"
            found = list(rx.finditer(text))
            if found:
                hits += _attached(rec["id"], text, found)
    print(f"# {len(hits)} mentions attached to a person, in {len({h[0] for h in hits})} articles")
    for aid, text, m, pair, named in random.Random(a.seed).sample(hits, min(a.n, len(hits))):
        print(f"\n## {aid} [{m.group(0)}] PAIR {pair} | named bodies of the kind: {named}")
        print("   ", text[max(0, m.start() - 160): m.end() + 60].replace("\n", " "))


def _attached(aid: str, text: str, found: list[re.Match[str]]) -> list[tuple[str, str, re.Match[str], str, list[str]]]:
    """The mentions of ``found`` whose title the pipeline gives a person (a holding whose post, as written, is the
    title alone or the title with its anaphoric body), with that holding and the bodies of the anaphor's kind the
    article names."""
    res = process(aid, text)
    labels = [dict(f.props)["rdfs:label"].value for f in res.facts if f.cls == "PostHolding"]
    bodies = [e.label for e in res.links.entities.values() if e.kind == "body"]
    out = []
    for m in found:
        title = m.group(0)[: m.start(1) - m.start()].strip()
        head = re.sub(r"^(?:của|nhà)\s+", "", m.group(1))
        for lab in labels:
            if lab.split(" — ", 1)[1].casefold() in (title.casefold(), m.group(0).casefold()):
                named = sorted({b for b in bodies if b.casefold().startswith(head + " ")})
                out.append((aid, text, m, lab, named))
    return out


if __name__ == "__main__":
    main()
