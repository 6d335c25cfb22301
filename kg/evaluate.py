"""Precision and recall of a built graph against a gold file, per fact type, asked through the CQ queries.

Every fact type is read back from the graph with the competency question that covers it
(``ontology/queries/cqNN-*.rq``), so the figures also check that the questions answer correctly.
Strings are compared on folded keys (case, tone-mark style, spacing); tasks and results match when the
gold fragment occurs in the extracted text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from rdflib import Dataset
from rdflib.namespace import DCTERMS
from rdflib.query import ResultRow

from kg.errors import KgError
from kg.extract.normalise import key
from kg.rdf.namespace import VNR
from kg.sparql import cq as questions


@dataclass
class Score:
    fact_type: str
    tp: int
    extracted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0


def cq(ds: Dataset, number: int) -> list[dict[str, str]]:
    """Rows of competency question ``number`` as dicts of strings (unbound → "")."""
    res = ds.query(questions.find(number).text)
    names = [str(v) for v in res.vars or []]
    rows = [cast(ResultRow, row) for row in res]
    return [{n: ("" if row[i] is None else str(row[i])) for i, n in enumerate(names)} for row in rows]


def _split(s: str) -> frozenset[str]:
    return frozenset(key(x) for x in s.split(" | ") if x.strip())


def _score(name: str, got: set, want: set) -> Score:
    return Score(name, len(got & want), len(got), len(want))


def _contained(name: str, texts: list[tuple[Any, ...]], gold: list[tuple[Any, ...]]) -> Score:
    """Match gold fragments (first field) inside extracted texts; other fields must be equal."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        for i, t in enumerate(texts):
            if i not in used and key(g[0]) in key(t[0]) and t[1:] == g[1:]:
                used.add(i)
                tp += 1
                break
    return Score(name, tp, len(texts), len(gold))


def evaluate(ds: Dataset, gold: dict) -> list[Score]:
    """Scores per fact type of ``ds`` against the gold dict (format of data/reports/*.gold.json)."""
    scores = []
    got: set[tuple[Any, ...]] = {(key(r["name"]), key(r["postLabel"])) for r in cq(ds, 1)}
    want: set[tuple[Any, ...]] = {(key(o["name"]), key(p)) for o in gold["officials"] for p in o["posts"]}
    scores.append(_score("officials", {g[0] for g in got}, {w[0] for w in want}))
    scores.append(_score("official-posts", got, want))

    m = gold["meeting"]
    rows = cq(ds, 2)
    got = set()
    for r in rows:
        got |= {("date", r["date"]), ("organiser", key(r["organiser"])), ("location", key(r["place"])),
                ("reviews", r["reviewsYear"]), ("plans", r["plansYear"]),
                ("inferred", str(r["dateInferred"] == "true"))}
        got |= {("field", f) for f in _split(r["fields"])}
    want = {("date", m["date"]), ("organiser", key(m["organiser"])), ("location", key(m["location"])),
            ("reviews", str(m["reviews_year"])), ("plans", str(m["plans_year"])),
            ("inferred", str(m["date_inferred"]))} | {("field", key(f)) for f in m["fields"]}
    scores.append(_score("meeting", {g for g in got if g[1] not in ("", "none")}, want))

    scores.append(_score("speakers", {key(r["name"]) for r in cq(ds, 3)}, {key(s) for s in gold["speakers"]}))

    got = {(key(r["giver"]), key(r["award"]), r["collectives"], r["individuals"], r["year"], _split(r["fields"]))
           for r in cq(ds, 4)}
    want = {(key(a["giver"]), key(a["kind"]), str(a["collectives"]), str(a["individuals"]), str(a["year"]),
             frozenset(key(f) for f in a["fields"])) for a in gold["awards"]}
    scores.append(_score("awards", got, want))

    got = {(key(r["name"]), r["operating"], r["replicated"]) for r in cq(ds, 7)}
    want = {(key(x["name"]), str(x.get("operating", "")), str(x.get("replicated", ""))) for x in gold["models"]}
    scores.append(_score("models", got, want))

    got = {(key(r["name"]), _split(r["runsIn"])) for r in cq(ds, 8)}
    want = {(key(x["name"]), frozenset(key(s) for s in x["runs_in"])) for x in gold["movements"]}
    scores.append(_score("movements", got, want))

    tasks = [(r["text"], key(r["issuer"]), _split(r["addressees"])) for r in cq(ds, 6)]
    gold_tasks = [(t["starts"], key(t["issuer"] or ""), frozenset(key(a) for a in t["addressees"]))
                  for t in gold["tasks"]]
    scores.append(_contained("tasks-planned", tasks, gold_tasks))

    scores.append(_score("upcoming-events", {key(r["name"]) for r in cq(ds, 10)},
                         {key(e) for e in gold["upcoming_events"]}))
    scores.append(_contained("results-reviewed", [(r["text"],) for r in cq(ds, 9)],
                             [(t,) for t in gold["results_2020"]]))
    city = [r for r in cq(ds, 12) if r["belongsTo"]]
    scores.append(_score("city-bodies", {key(r["name"]) for r in city}, {key(b) for b in gold["city_bodies"]}))
    return scores


def load_gold(path: str | Path) -> dict:
    """The gold facts of ``path``; its ``report`` key (when present) names the report they were read from."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise KgError("E242", f"cannot read the gold file {path}: {type(err).__name__}",
                      "pass --gold with a JSON file in the format of tests/data/*.gold.json") from None


def report_ids(ds: Dataset) -> set[str]:
    """The identifiers (dct:identifier) of the reports a graph holds."""
    rows = ds.query("SELECT DISTINCT ?id WHERE { ?r a vnr:Report ; dct:identifier ?id }",
                    initNs={"vnr": VNR, "dct": DCTERMS})
    return {str(cast(Any, row)[0]) for row in rows}


def table(scores: list[Score]) -> str:
    """A plain-text table of the scores with a micro-averaged total line."""
    lines = [f"{'fact type':<16} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}"]
    for s in scores:
        lines.append(f"{s.fact_type:<16} {s.gold:>5} {s.extracted:>6} {s.tp:>8} {s.precision:>10.2f} {s.recall:>7.2f}")
    tp = sum(s.tp for s in scores)
    ex = sum(s.extracted for s in scores)
    gd = sum(s.gold for s in scores)
    lines.append(f"{'all':<16} {gd:>5} {ex:>6} {tp:>8} {tp / max(ex, 1):>10.2f} {tp / max(gd, 1):>7.2f}")
    return "\n".join(lines)
