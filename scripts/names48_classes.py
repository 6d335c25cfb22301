"""Census of missed-person shapes on a whole-corpus build (round names48), held-out ids dropped before anything is
printed: every capitalised run of two to four words that opens with a family name (``surnames.tsv``) or holds a
word that is no Vietnamese syllable, and that overlaps no person mention of the build, is put in one class by the
text just before it (an honorific; a kin word; a lower-case word; a sentence's or a quote's opening; a street,
school or other place head; punctuation). Prints the count of each class and of the word before it, then a seeded
sample of each class to judge by hand.

    python scripts/names48_classes.py CORPUS BUILD.nq --skip SKIP.txt --exclude tests/data/*.jsonl ... --seed 857
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _ids, _segmented  # noqa: E402
from names_nodes_sample import cap_runs, person_mentions  # noqa: E402

from kg.extract import lexicon  # noqa: E402
from kg.extract.normalise import key  # noqa: E402

PLACE_HEADS = {"đường", "phố", "trường", "quảng trường", "cầu", "chợ", "công ty", "cty", "bệnh viện", "khu",
               "lăng", "tượng đài", "giải", "tàu", "chiến dịch", "nhà", "xã", "phường", "huyện", "quận", "thôn",
               "làng", "ấp", "tỉnh", "thành phố", "tp", "thị trấn", "hẻm", "ngõ", "đại lộ", "số", "cảng", "sân"}
WORD = re.compile(r"[\wÀ-ỹ]+$")


def _class(before: str, hon: set[str], kin: set[str]) -> tuple[str, str]:
    """(class, the word or two before the run)."""
    b = before.rstrip(" ")
    if not b or b.endswith((".", "!", "?", "\n")):
        return "sentence-open", ""
    if b.endswith(("\"", "“", "'", "‘", "(")):
        return "quote-or-bracket", b[-1]
    if not WORD.search(b):
        return "after-punct", b[-1]
    words = b.split()
    w1 = key(words[-1])
    w2 = key(" ".join(words[-2:])) if len(words) > 1 else w1
    if w2 in PLACE_HEADS or w1 in PLACE_HEADS:
        return "place-head", w2 if w2 in PLACE_HEADS else w1
    if w1 in hon or w2 in hon:
        return "honorific", w2 if w2 in hon else w1
    if w1 in kin or w2 in kin:
        return "kin", w2 if w2 in kin else w1
    if words[-1][:1].islower():
        return "lower-word", w2
    return "cap-word", w1


def _full_name(run: str, surnames: set[str]) -> bool:
    """Three or four words, the first a family name."""
    ws = run.split()
    return 3 <= len(ws) <= 4 and key(ws[0]) in surnames


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("build", type=Path)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--seed", type=int, default=857)
    ap.add_argument("--show", type=int, default=25)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--dump", type=Path, help="write every row (class, article, text) here")
    ap.add_argument("--full", action="store_true", help="only runs of three or four words opening with a family name")
    a = ap.parse_args()
    skip: set[str] = set()
    for p in a.exclude:
        skip |= _ids(p)
    for p in a.skip:
        skip |= {ln.strip().removeprefix("baomoi-") for ln in p.read_text(encoding="utf-8").split() if ln.strip()}
    hon = lexicon.words("honorifics")
    kin = lexicon.words("kin_words")
    surnames = lexicon.words("surnames")
    men = person_mentions(a.build)
    rows: dict[str, list[tuple[str, str]]] = {}
    words: dict[str, Counter[str]] = {}
    for r in _articles(a.corpus, skip):  # (the skipped and excluded ids already dropped)
        doc = _segmented(r)
        t = doc.text
        ms = men.get(r.doc_id, [])
        for s, e in cap_runs(t, 0, len(t)):
            if any(ms_ < e and s < me for ms_, me, _ in ms):
                continue
            if a.full and not _full_name(t[s:e], surnames):
                continue
            c, w = _class(t[max(0, s - 30) : s], hon, kin)
            line = " ".join(t[max(0, s - 70) : e + 40].split())
            rows.setdefault(c, []).append((r.doc_id, f"{w} | [{t[s:e]}] {line}"))
            words.setdefault(c, Counter())[w] += 1
    if a.dump:
        a.dump.write_text("".join(f"{c}\t{d}\t{ln}\n" for c in sorted(rows) for d, ln in rows[c]), encoding="utf-8")
    rng = random.Random(a.seed)
    for c in sorted(rows, key=lambda k: -len(rows[k])):
        print(f"== {c}: {len(rows[c])} runs in {len({d for d, _ in rows[c]})} articles")
        print("   before:", ", ".join(f"{w}={n}" for w, n in words[c].most_common(a.top)))
        for d, ln in sorted(rng.sample(rows[c], min(a.show, len(rows[c])))):
            print(d, ln)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
