"""Looking at the graph: RDF → networkx (:mod:`kg.view.project`; labels :mod:`kg.view.vocabulary`, the
ontology :mod:`kg.view.ontology`), what to draw (:mod:`kg.view.select`), statistics (:mod:`kg.view.stats`) and
a self-contained, offline HTML viewer (:mod:`kg.view.render`)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from rdflib import Dataset


def dataset(paths: list[str | Path] | None) -> Dataset:
    """The RDF files ``paths`` as one dataset, or the bundled report's graph (built in memory) when none."""
    if paths:
        from kg.rdf.graphio import load

        return load(list(paths))
    from kg.pipeline import default_dataset

    return default_dataset()


def title_of(g: nx.MultiDiGraph, focus: str | None = None) -> str:
    """The page title: the report title(s), and the focus entity when there is one."""
    titles = [r["title"] for r in g.graph.get("reports", [])]
    title = titles[0] if len(titles) == 1 else (f"{len(titles)} reports" if titles else "vnreport-kg")
    return f"{title} — {focus}" if focus else title
