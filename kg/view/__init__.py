"""Looking at the graph: RDF → networkx (:mod:`kg.view.project`), statistics (:mod:`kg.view.stats`) and a
self-contained, offline HTML viewer (:mod:`kg.view.render`, pyvis + vis-network inlined)."""

from __future__ import annotations
