"""Generality: real corpus articles (not the reference report) against their gold persons and posts.

Matching follows shared/eval/score.py: names folded (case, diacritics); a gold post is found when one of
the person's posts (post label + body label) holds its first two words and ≥ 60 % of its words.
"""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.pipeline import process

DATA = Path(__file__).parent / "data"
ARTICLES = [json.loads(line) for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
GOLD = {g["id"]: g for g in json.loads((DATA / "articles.gold.json").read_text(encoding="utf-8"))}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return re.sub(r"\s+", " ", "".join(c for c in s if unicodedata.category(c) != "Mn")).strip().casefold()


def words(s: str) -> list[str]:
    return re.findall(r"\w+", fold(s))


def _extract(rec: dict) -> dict[str, list[set[str]]]:
    res = process(rec["id"], rec["title"] + "\n\n" + rec["text"])
    out: dict[str, list[set[str]]] = {}
    for e in res.links.entities.values():
        if e.kind == "person":
            out.setdefault(fold(e.label), [])
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            person = res.links.entities[props["org:member"].id]
            post = res.links.entities[props["vnr:post"].id]
            text = post.label
            if "org:organization" in props:
                text += " " + res.links.entities[props["org:organization"].id].label
            out.setdefault(fold(person.label), []).append(set(words(text)))
    return out


@pytest.fixture(scope="module")
def totals():
    tp = fp = fn = post_hit = post_all = 0
    for rec in ARTICLES:
        gold = GOLD[rec["id"].removeprefix("baomoi-")]
        got = _extract(rec)
        names = {fold(p["name"]) for p in gold["persons"]}
        tp += len(names & set(got))
        fn += len(names - set(got))
        fp += len({n for n in got if not any(n in g or g in n for g in names)})
        for p in gold["persons"]:
            for post in p["posts"]:
                want, head = set(words(post)), set(words(post)[:2])
                post_all += 1
                post_hit += any(head <= h and len(want & h) / len(want) >= 0.6 for h in got.get(fold(p["name"]), []))
    return {"recall": tp / (tp + fn), "precision": tp / max(tp + fp, 1), "post_recall": post_hit / post_all}


def test_articles_persons_recall_and_precision(totals):
    assert totals["recall"] >= 0.85, totals
    assert totals["precision"] >= 0.9, totals


def test_articles_person_post_recall(totals):
    assert totals["post_recall"] >= 0.5, totals
