"""Issue 8, item 2 (award conferrals on articles nobody annotated), a gold-free diagnostic over the corpus.

The slice: articles of the corpus whose text names an award (:data:`AWARD_WORDS`), less every article of an
annotated split (the ids of ``tests/data/frozen2.jsonl`` to ``frozen5.jsonl``, ``frozen.jsonl``, ``devown.jsonl``,
``devown2.jsonl`` and of the public train/dev gold; only their ids are read; frozen3 and devown2 were added after
the draws of seeds 4 and 17, which held 6 devown2 articles; frozen4 and frozen5 after seed 53); ``--exclude``
names more JSON Lines files whose articles to leave out (the later splits, e.g. ``frozen6.jsonl``). ``--articles``
of them are drawn with ``--seed`` (from the sorted ids, so the same corpus always gives the same draw), each is
run through the extraction
(:func:`kg.pipeline.process`, as ``kg build`` runs it on "title, blank line, text"), and ``--sentences`` of their
sentences that hold an award word are drawn with the same seed. Per sentence it prints the conferrals the graph has
for that sentence: the award's name, its giver (with the posts the giver holds in the article) and the official who
handed it over, the recipients.

``--write FILE`` writes the sample as a TSV to judge by hand (columns ``name``, ``giver``, ``recipients``: ``ok``,
``wrong``, ``missing`` or ``-`` where the sentence states none; ``category`` of the error, ``why``); ``--judged FILE``
reads a judged copy back and prints its counts per column and per category.

    .venv/bin/python scripts/corpus_awards.py [--articles 0 --sentences 70 --seed 4] [--write FILE] [--judged FILE]
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.document import Document  # noqa: E402
from kg.extract.facts import Fact, Ref  # noqa: E402
from kg.pipeline import STAGES, Result, process  # noqa: E402

CORPUS = Path("/work/shared/corpus/baomoi-gov-2017.jsonl.gz")
SPLITS = [ROOT / "tests/data" / n for n in ("frozen2.jsonl", "frozen3.jsonl", "frozen4.jsonl", "frozen5.jsonl",
                                                 "frozen.jsonl", "devown.jsonl", "devown2.jsonl")]
GOLDS = [Path("/work/shared/eval/train_gold.json"), Path("/work/shared/eval/dev_gold.json")]
# "huy hiệu" but not "phát huy hiệu quả" ("make effective"), which holds the same two words
AWARD_WORDS = re.compile(r"Huân chương|Bằng khen|(?<!phát )Huy hiệu(?! quả)|Kỷ niệm chương|danh hiệu|Cờ thi đua"
                         r"|Giấy khen", re.IGNORECASE)
LEXICON = ROOT / "kg/lexicon/awards.tsv"
VERDICTS = ("ok", "wrong", "missing", "-")
COLUMNS = ("name", "giver", "recipients")


def excluded(splits: list[Path], golds: list[Path]) -> set[str]:
    """The ids (without the ``baomoi-`` prefix) of every annotated article: only the ``id`` field is read."""
    out: set[str] = set()
    for p in splits:
        if p.is_file():
            with p.open(encoding="utf-8") as fh:
                out.update(str(json.loads(line)["id"]).removeprefix("baomoi-") for line in fh if line.strip())
    for p in golds:
        if p.is_file():
            out.update(str(r["id"]).removeprefix("baomoi-") for r in json.loads(p.read_text(encoding="utf-8")))
    return out


def award_slice(corpus: Path, skip: set[str], words: re.Pattern[str] = AWARD_WORDS) -> list[dict]:
    """The corpus articles that name an award and belong to no annotated split, sorted by id."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    keep = [r for r in rows if str(r["id"]).removeprefix("baomoi-") not in skip and words.search(r["text"])]
    return sorted(keep, key=lambda r: str(r["id"]))


def _label(res: Result, eid: str) -> str:
    e = res.links.entities.get(eid)
    return e.label if e is not None else eid


def _posts(res: Result, eid: str) -> list[str]:
    """The posts an entity holds in the article (the labels of its post nodes)."""
    return sorted({_label(res, v.id) for f in res.facts if f.cls == "PostHolding"
                   and ("org:member", Ref(eid)) in f.props for p, v in f.props if p == "vnr:post"
                   and isinstance(v, Ref)})


def describe(res: Result, f: Fact) -> str:
    """One conferral as a line: name | giver [posts] (handed over by …) → recipients."""
    name = next((v.value for p, v in f.props if p == "rdfs:label" and getattr(v, "lang", "") == "vi"), "?")
    refs = {p: [v.id for q, v in f.props if q == p and isinstance(v, Ref)]
            for p in ("vnr:conferredBy", "vnr:presentedBy", "vnr:recipient")}
    givers = [_label(res, g) + (f" [{'; '.join(_posts(res, g))}]" if _posts(res, g) else "")
              for g in refs["vnr:conferredBy"]]
    hander = "".join(f" (handed by {_label(res, h)})" for h in refs["vnr:presentedBy"])
    recipients = ", ".join(_label(res, r) for r in refs["vnr:recipient"]) or "—"
    return f"{name} | giver: {', '.join(givers) or '—'}{hander} → {recipients}"


def sample(articles: list[dict], n_articles: int, n_sentences: int, seed: int) -> list[dict]:
    """The drawn sentences with an award word, each with its article id, text and the conferrals told in it."""
    rng = random.Random(seed)
    n = len(articles) if n_articles <= 0 else min(n_articles, len(articles))
    drawn = sorted(rng.sample(range(len(articles)), n))
    pool: list[dict] = []
    for i in drawn:
        rec = articles[i]
        res = process(str(rec["id"]), rec["title"] + "\n\n" + rec["text"] + "\n")
        confs = [f for f in res.facts if f.cls == "AwardConferral"]
        for sent in res.doc.sentences:
            if AWARD_WORDS.search(sent.text):
                lines = [describe(res, f) for f in confs if sent.index in f.sentences]
                pool.append({"id": rec["id"], "sentence": " ".join(sent.text.split()), "graph": lines})
    picked = sorted(rng.sample(range(len(pool)), min(n_sentences, len(pool))))
    return [pool[i] for i in picked]


def text_words(lexicon: Path = LEXICON) -> re.Pattern[str]:
    """``--from-text``: every award kind of the lexicon (its first column) as a word, in any case but the kinds
    marked ``cap`` that are one word ("Cúp"); "phát huy hiệu quả" is no "Huy hiệu"."""
    alts: list[str] = []
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        word = re.escape(cols[0]).replace("\\ ", r"\s+")
        cap = len(cols) > 2 and cols[2] == "cap" and len(cols[0].split()) == 1 and cols[0] != "Danh hiệu"
        if cols[0] not in ("Huy hiệu", "Giải"):  # "Giải" alone opens any sentence of "Giải pháp", "Giải quyết"
            alts.append(word if cap else f"(?i:{word})")
    alts.append(r"(?i:(?<!phát )huy\s+hiệu(?!\s+quả))")
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?!\w)")


def _segmented(rec: dict) -> Document:
    """The article's sentences as ``process`` makes them (its normalise and segment stages only)."""
    doc = Document(doc_id=str(rec["id"]), text=rec["title"] + "\n\n" + rec["text"] + "\n")
    for _name, stage in STAGES[:2]:
        doc = stage(doc)
    return doc


def sample_text(articles: list[dict], n_sentences: int, seed: int, words: re.Pattern[str]) -> list[dict]:
    """``--from-text``: sentences drawn among every sentence of the slice with an award word (whatever the
    extractor made of it), each with its neighbours and the conferrals the graph has from it."""
    pool = [(i, s.index) for i, rec in enumerate(articles) for s in _segmented(rec).sentences if words.search(s.text)]
    picked = sorted(random.Random(seed).sample(range(len(pool)), min(n_sentences, len(pool))))
    out: list[dict] = []
    done: dict[int, Result] = {}
    for i, k in (pool[j] for j in picked):
        rec = articles[i]
        if i not in done:
            done[i] = process(str(rec["id"]), rec["title"] + "\n\n" + rec["text"] + "\n")
        res = done[i]
        sents = res.doc.sentences
        lines = [describe(res, f) for f in res.facts if f.cls == "AwardConferral" and k in f.sentences]
        out.append({"id": rec["id"], "sentence": " ".join(sents[k].text.split()), "graph": lines,
                    "before": " ".join(sents[k - 1].text.split()) if k > 0 else "",
                    "after": " ".join(sents[k + 1].text.split()) if k + 1 < len(sents) else ""})
    return out


def judged(path: Path) -> tuple[dict[str, Counter[str]], Counter[str], int]:
    """Counts per column (``ok``/``wrong``/``missing``/``-``), per error category, and rows of a judged TSV."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))
    per = {c: Counter[str]() for c in COLUMNS}
    cats: Counter[str] = Counter()
    for r in rows:
        for c in COLUMNS:
            if r[c] not in VERDICTS:
                raise ValueError(f"{path}: row {r['n']} column {c} is {r[c]!r}, not one of {'|'.join(VERDICTS)}")
            per[c][r[c]] += 1
        for cat in filter(None, (x.strip() for x in r["category"].split(";"))):
            cats[cat] += 1
    return per, cats, len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--articles", type=int, default=0, help="articles to draw (0: all of the slice)")
    ap.add_argument("--sentences", type=int, default=70)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--write", type=Path, help="write the sample as a TSV to judge")
    ap.add_argument("--judged", type=Path, help="a judged sample TSV: print its counts")
    ap.add_argument("--from-text", action="store_true",
                    help="draw among the sentences with an award word of the lexicon, whatever was extracted")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="more JSON Lines files whose articles to leave out (only their ids are read)")
    args = ap.parse_args(argv)
    if args.judged:
        try:
            per, cats, n = judged(args.judged)
        except (OSError, ValueError, KeyError) as exc:
            print(f"corpus_awards: {exc}", file=sys.stderr)
            return 2
        print(f"judged sample {args.judged}: {n} sentences")
        for c in COLUMNS:
            print(f"  {c}: " + ", ".join(f"{v} {per[c][v]}" for v in VERDICTS))
        for cat, k in cats.most_common():
            print(f"  category {cat}: {k}")
        return 0
    if not args.corpus.is_file():
        print(f"corpus_awards: no such file: {args.corpus}", file=sys.stderr)
        return 2
    missing = [p for p in args.exclude if not p.is_file()]
    if missing:
        print(f"corpus_awards: no such file: {missing[0]}", file=sys.stderr)
        return 2
    words = text_words() if args.from_text else AWARD_WORDS
    articles = award_slice(args.corpus, excluded([*SPLITS, *args.exclude], GOLDS), words)
    print(f"slice: {len(articles)} articles name an award (annotated splits excluded)")
    if args.from_text:
        rows = sample_text(articles, args.sentences, args.seed, words)
    else:
        rows = sample(articles, args.articles, args.sentences, args.seed)
    for n, r in enumerate(rows, 1):
        if r.get("before"):
            print(f"\n    before: {r['before']}")
        print(f"[{n}] {r['id']}: {r['sentence']}")
        if r.get("after"):
            print(f"    after: {r['after']}")
        for line in r["graph"] or ["(no conferral)"]:
            print(f"      {line}")
    if args.write:
        with args.write.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            extra = ["before", "after"] if args.from_text else []
            w.writerow(["n", "id", *COLUMNS, "category", "why", "sentence", "graph", *extra])
            for n, r in enumerate(rows, 1):
                w.writerow([n, r["id"], "", "", "", "", "", r["sentence"], " || ".join(r["graph"]),
                            *[r[c] for c in extra]])
        print(f"\nsample of {len(rows)} (seed {args.seed}) written to {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
