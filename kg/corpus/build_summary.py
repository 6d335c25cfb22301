"""What a corpus build did and how it is written out: the :class:`CorpusSummary` (articles, triples, entities and
facts per class, the skipped records), the count of one written default-graph line (:func:`tally`), an article's
named graph as text (:func:`named_text`) and the dataset's VoID/DCAT description written last
(:func:`description_text`). Read by :mod:`kg.corpus.build`, :mod:`kg.corpus.parts` and :mod:`kg.corpus.dask`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import RDF

from kg.corpus.records import Skip
from kg.corpus.summary import FACT_CLASSES
from kg.rdf.describe import description
from kg.rdf.graphio import nt_term as nt
from kg.rdf.namespace import VNR

SHOW_SKIPPED = 5


@dataclass
class CorpusSummary:
    """What a corpus build did."""

    articles: int = 0
    chars: int = 0
    skipped: list[Skip] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)
    facts: Counter[str] = field(default_factory=Counter)
    triples: int = 0
    text_triples: int = 0  # of which in the articles' named graphs
    split_persons: int = 0  # persons who share their name with an earlier, different person
    post_forms: int = 0  # post nodes of an article that joined another form of the same official's post
    seconds: float = 0.0
    # for the dataset's VoID/DCAT description: the articles' report IRIs ("<…>"), instances per ontology class
    # (Report included), distinct typed subjects, and the description's own triples once written
    reports: list[str] = field(default_factory=list)
    per_class: Counter[str] = field(default_factory=Counter)
    entities: int = 0
    described: int = 0
    last_typed: str = field(default="", repr=False)

    def lines(self) -> list[str]:
        """The closing summary, a few lines of text."""
        rate = self.articles / self.seconds if self.seconds else 0.0
        out = [f"articles: {self.articles}   skipped: {len(self.skipped)}   triples: {self.triples}   "
               f"seconds: {self.seconds:.1f}   ({rate:.1f} articles/s, {self.triples / max(self.seconds, 1e-9):.0f}"
               " triples/s)"]
        out.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(self.classes.items())))
        out.append(f"facts: {sum(self.facts.values())} (" +
                   ", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) + ")")
        out.append(f"default graph: {self.triples - self.text_triples - self.described} triples; article graphs: "
                   f"{self.text_triples}; description: {self.described}; same-name officials kept apart: "
                   f"{self.split_persons}; post forms joined: {self.post_forms}")
        if self.skipped:
            first = "; ".join(f"{s.ref}: {s.reason}" for s in self.skipped[:SHOW_SKIPPED])
            out.append(f"skipped {len(self.skipped)}: {first}" + (" …" if len(self.skipped) > SHOW_SKIPPED else ""))
        return out


def named_text(fmt: str, graph: str, named: list[str]) -> str:
    """An article's named graph as it is written: N-Quads lines, or one TriG block."""
    if fmt == "nquads":
        tail = f" {graph} .\n"
        return tail.join(named) + tail if named else ""
    return f"{graph} {{\n" + "".join(f"  {ln} .\n" for ln in named) + "}\n"


_RDF_TYPE = f" <{RDF.type}> <{VNR._NS}"


def tally(summary: CorpusSummary, line: str) -> None:
    """Count one written default-graph line in the summary (triples; entities and facts per class). Lines come
    sorted, so the lines of one subject are consecutive: a new typed subject is a new entity."""
    summary.triples += 1
    if _RDF_TYPE in line:
        cls = line.rsplit("#", 1)[1].rstrip(">")
        (summary.facts if cls in FACT_CLASSES else summary.classes)[cls] += 1
        summary.per_class[cls] += 1
        subject = line[: line.index(" ")]
        if subject != summary.last_typed:
            summary.entities += 1
            summary.last_typed = subject


def description_text(fmt: str, summary: CorpusSummary) -> str:
    """The corpus dataset's VoID/DCAT description (:mod:`kg.rdf.describe`) as its own named graph, written after
    everything it counts; ``summary`` counts its triples (``described``)."""
    reports = sorted(URIRef(r[1:-1]) for r in summary.reports)
    per_class = {URIRef(str(VNR._NS) + cls): n for cls, n in summary.per_class.items()}
    node, graph = description(reports, summary.triples, per_class, summary.entities)
    lines = sorted(f"{nt(s)} {nt(p)} {nt(o)}" for s, p, o in graph)
    summary.described = len(lines)
    summary.triples += len(lines)
    return named_text(fmt, nt(node), lines)
