"""What the event-shape samplers share (events41b, events41c, events41d, events42d, events42f, events42h): their
arguments, the ids to skip (``--exclude`` JSON Lines / gold JSON read for ids only, ``--skip`` plain id lists), the
sentences of the articles left (with or without the title), the event names a build gives each article, and a sample
of shape occurrences counted per shape and marker and written as a TSV to judge (verdict: report / passing / plan /
not-event).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from corpus_events import excluded_ids

SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
Occurrence = tuple[str, str, str, str, str]  # article, shape, words, marker, sentence
Keep = Callable[[str, str, "re.Match[str]"], bool]  # (shape, sentence, match): whether the occurrence counts


def every(shape: str, sentence: str, m: re.Match[str]) -> bool:
    """Every occurrence counts."""
    return True


def clause_marker(before: str) -> str:
    """What the clause before the shape holds: a plan (sẽ, dự kiến), a report (đã), else none."""
    w = " " + before.lower() + " "
    if " sẽ " in w or " dự kiến " in w:
        return "plan"
    return "report" if " đã " in w else "none"


def shape_args(seed: int) -> argparse.ArgumentParser:
    """The samplers' arguments: the corpus, --seed, --sample, --write, --exclude, --skip and --graph."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--sample", "--n", dest="sample", type=int, default=60)
    ap.add_argument("--write", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[])
    ap.add_argument("--skip", type=Path, nargs="*", default=[])
    ap.add_argument("--graph", type=Path)
    return ap


def skipped(args: argparse.Namespace) -> set[str]:
    """The ids of --exclude (JSON Lines or gold JSON) and --skip (plain lists), without a "baomoi-" prefix."""
    ids = excluded_ids(args.exclude)
    for p in args.skip:
        ids |= {s.strip().removeprefix("baomoi-") for s in p.read_text(encoding="utf-8").split() if s.strip()}
    return ids


def sentences(corpus: Path, skip: set[str]) -> Iterator[tuple[str, str]]:
    """(article, sentence) of every article not in ``skip``, in corpus order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art not in skip:
                for s in SENT.finditer(d.get("text", "")):
                    yield art, s.group()


def titled_sentences(corpus: Path, skip: set[str]) -> Iterator[tuple[str, str, str]]:
    """(article, title, sentence) of every article not in ``skip``, the title read as the first sentence, in corpus
    order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            art = str(d["id"]).removeprefix("baomoi-")
            if art not in skip:
                title = d.get("title", "")
                for s in SENT.findall(title + "\n" + d.get("text", "")):
                    yield art, title, s


def event_names(graph: Path | None) -> dict[str, list[str]]:
    """The event names (labels and altLabels) a whole-corpus build gives each article; none without a build."""
    if graph is None:
        return {}
    from score_events import by_article
    return {a: sorted(n for names in v for n in names) for a, v in by_article(graph).items()}


def occurrences(corpus: Path, skip: set[str], shapes: dict[str, re.Pattern[str]],
                marker: Callable[[str], str] = clause_marker, keep: Keep = every) -> list[Occurrence]:
    """Every occurrence of a shape that ``keep`` accepts, with the marker of the clause before it."""
    out = []
    for art, sent in sentences(corpus, skip):
        for shape, rx in shapes.items():
            for m in rx.finditer(sent):
                if keep(shape, sent, m):
                    out.append((art, shape, m.group().strip(",; "), marker(sent[: m.start()]), sent.strip()))
    return out


def shape_sample(shapes: dict[str, re.Pattern[str]], seed: int, marker: Callable[[str], str] = clause_marker,
                 keep: Keep = every) -> int:
    """The sampler: count every shape's occurrences by marker, draw a seeded sample, write it as a TSV to judge
    with the event names of --graph that hold the shape's last word."""
    args = shape_args(seed).parse_args()
    occ = occurrences(args.corpus, skipped(args), shapes, marker, keep)
    counts = Counter((shape, mk) for _, shape, _, mk, _ in occ)
    for shape in shapes:
        print(shape, {mk: counts[(shape, mk)] for mk in ("report", "plan", "none")})
    picked = sorted(random.Random(args.seed).sample(range(len(occ)), min(args.sample, len(occ))))
    names = event_names(args.graph)
    with args.write.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["n", "article", "shape", "words", "marker", "verdict", "event", "sentence"])
        for n, i in enumerate(picked, 1):
            art, shape, words, mk, sent = occ[i]
            key = words.lower().split()[-1]
            w.writerow([n, art, shape, words, mk, "", "; ".join(x for x in names.get(art, []) if key in x), sent])
    print(f"{len(occ)} occurrences; {len(picked)} written to {args.write}")
    return 0
