"""The closing summary of a build: entities per class, facts, triples, seconds."""

from __future__ import annotations

from collections import Counter

from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.rdf.namespace import VNR

FACT_CLASSES = ("PostHolding", "Speech", "Task", "AwardConferral", "Result")


def class_counts(graph: Graph | Dataset) -> Counter[str]:
    """Instances per ontology class (local names), over all named graphs."""
    ns = str(VNR._NS)
    counts: Counter[str] = Counter()
    for o in {(s, o) for s, _, o, *_ in _triples(graph, RDF.type)}:
        if str(o[1]).startswith(ns):
            counts[str(o[1])[len(ns):]] += 1
    return counts


def _triples(graph: Graph | Dataset, pred):  # noqa: ANN001, ANN202
    if isinstance(graph, Dataset):
        return graph.quads((None, pred, None, None))
    return graph.triples((None, pred, None))


def summary_lines(graph: Graph | Dataset, seconds: float, *, documents: int = 1) -> list[str]:
    triples = sum(1 for _ in graph.quads((None, None, None, None))) if isinstance(graph, Dataset) else len(graph)
    return count_lines(class_counts(graph), triples, seconds, documents=documents)


def count_lines(counts: Counter[str], triples: int, seconds: float, *, documents: int = 1) -> list[str]:
    """The summary from instance counts per class and the number of triples."""
    entities = {k: v for k, v in counts.items() if k not in FACT_CLASSES and k != "Report"}
    facts = {k: v for k, v in counts.items() if k in FACT_CLASSES}
    lines = [f"documents: {documents}   triples: {triples}   seconds: {seconds:.2f}"]
    lines.append("entities: " + ", ".join(f"{k} {v}" for k, v in sorted(entities.items())))
    lines.append(f"facts: {sum(facts.values())} (" + ", ".join(f"{k} {v}" for k, v in sorted(facts.items())) + ")")
    return lines
