"""Counts of round names51's wrong-person classes on a whole-corpus build, held-out ids dropped before anything is
printed: person mentions holding a country's name (``countries.tsv``: a name of two or more words, or one word
that is no Vietnamese syllable), and person mentions right after a given word (``--after``: "dường", "thần", …).
Prints each class's count and its mentions (article, mention, IRI's last part, the text around it).

    python scripts/names51_classes.py BUILD.nq --skip /work/wt/held_ids.txt --after dường thần
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_names import _articles, _segmented  # noqa: E402
from names_nodes_sample import person_mentions  # noqa: E402

from kg.extract import lexicon, names  # noqa: E402
from kg.extract.normalise import key  # noqa: E402

CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--skip", type=Path, nargs="*", default=[], help="files of article ids to drop, one a line")
    ap.add_argument("--after", nargs="*", default=[], help="words right before a mention to count")
    a = ap.parse_args()
    skip = {x.strip().removeprefix("baomoi-") for p in a.skip for x in p.read_text(encoding="utf-8").split()}
    men = person_mentions(a.build)
    countries = lexicon.words("countries")
    after = {key(w) for w in a.after}
    rows: dict[str, list[str]] = {"country": [], **{w: [] for w in sorted(after)}}
    for r in _articles(a.corpus, skip):
        if r.doc_id.removeprefix("baomoi-") in skip or not (ms := men.get(r.doc_id)):
            continue
        text = _segmented(r).text
        for s, e, iri in ms:
            words, before = text[s:e].split(), text[max(0, s - 30) : s].split()
            around = " ".join(text[max(0, s - 60) : e + 30].split())
            row = f"{r.doc_id}\t{text[s:e]}\t{iri.rsplit('/', 1)[-1]}\t{around}"
            if any(key(" ".join(words[x : x + n])) in countries and (n > 1 or names.is_foreign(words[x]))
                   for n in (1, 2, 3) for x in range(len(words) - n + 1)):
                rows["country"].append(row)
            if before and key(before[-1]) in after:
                rows[key(before[-1])].append(row)
    for cls, got in rows.items():
        print(f"== {cls}: {len(got)}")
        print("\n".join(got))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
