"""What the corpus samplers share (corpus_unattached.py, corpus_near_title.py, corpus_postless.py,
corpus_suspicious.py, careers39, roles39, typo39): their --corpus/--exclude arguments, the ids to skip, the articles
run through the pipeline, the posts each person is given, a sentence with its marks inserted, and a seeded sample
printed under its count line; and what the samplers of a build's award conferrals share (awards37, awards38b,
givers39, givers39b): the arguments of givers39/givers39b and the drawn rows written as a TSV to judge.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import pathlib
import random
from collections.abc import Iterable, Iterator
from typing import Any, cast

from kg.extract.facts import Lit, Ref
from kg.pipeline import Result, process


def sampler_args(description: str) -> argparse.ArgumentParser:
    """A parser with the samplers' first two arguments: --corpus and --exclude."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", type=pathlib.Path, required=True)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="*", default=[], help="JSON-lines files whose ids to skip")
    return ap


def build_args(description: str, seed: int) -> argparse.ArgumentParser:
    """A parser for a sample of a whole-corpus build (givers39, givers39b): the build, --after, --seed, -n,
    --exclude (required), --gold and --write."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("base", type=pathlib.Path)
    ap.add_argument("--after", type=pathlib.Path)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("-n", type=int, default=80)
    ap.add_argument("--exclude", type=pathlib.Path, nargs="+", required=True)
    ap.add_argument("--gold", type=pathlib.Path, nargs="*", default=[])
    ap.add_argument("--write", type=pathlib.Path)
    return ap


def ids(path: pathlib.Path) -> set[str]:
    """The article ids of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return {json.loads(ln)["id"] for ln in f if ln.strip()}


def skip_ids(paths: list[pathlib.Path]) -> set[str]:
    """The ids of every JSON-lines file of ``paths`` (--exclude)."""
    return set().union(*(ids(p) for p in paths)) if paths else set()


def processed(corpus: pathlib.Path, start: int, limit: int, skip: set[str]) -> Iterator[tuple[str, Result]]:
    """Articles start .. start + limit - 1 of a JSON-lines corpus (gzip), those in ``skip`` left out: each one's id
    and what the pipeline makes of it (title, blank line, text)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for n, ln in enumerate(f):
            if n < start:
                continue
            if n >= start + limit:
                break
            rec = json.loads(ln)
            if rec["id"] not in skip:
                yield rec["id"], process(rec["id"], f"{rec['title']}\n\n{rec['text']}")


def held_posts(res: Result, key: str = "id") -> dict[str, list[str]]:
    """The post phrases of the article's PostHolding facts by person: its ``key`` (``id`` or ``label``)."""
    out: dict[str, list[str]] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            person = res.links.entities[cast(Ref, props["org:member"]).id]
            out.setdefault(getattr(person, key), []).append(cast(Lit, props["rdfs:label"]).value.split(" — ", 1)[1])
    return out


def marked(text: str, start: int, end: int, marks: Iterable[tuple[int, str]]) -> str:
    """``text[start:end]`` with each mark inserted at its position (positions in ``text``)."""
    s = text[start:end]
    for pos, mark in sorted(marks, reverse=True):
        s = s[: pos - start] + mark + s[pos - start :]
    return s


def print_sample(head: str, lines: list[str], n: int, seed: int) -> None:
    """Print ``head``, then a seeded sample of at most ``n`` of ``lines``."""
    print(head)
    for line in random.Random(seed).sample(lines, min(n, len(lines))):
        print(line)


def write_rows(path: pathlib.Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """A TSV of ``columns``: a line a row (n, kind, id, span), blank columns to judge, its sentence and graph last."""
    blank = [""] * (len(columns) - 6)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(columns)
        for n, r in enumerate(rows, 1):
            w.writerow([n, r["kind"], r["id"], f"{r['start']}-{r['end']}", *blank, r["sentence"], r["graph"]])
