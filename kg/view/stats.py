"""Statistics of a projected graph, computed with networkx: counts per class, the most central nodes
(degree and betweenness) and connected components, formatted as plain-text tables."""

from __future__ import annotations

import random
from dataclasses import dataclass

import networkx as nx

from kg.progress import Progress
from kg.view.project import label_of, shorten
from kg.view.vocabulary import OTHER_CLASS

# Exact betweenness is O(n·m); above this many nodes it is estimated from a fixed, seeded sample of sources:
# 500, fewer on a big graph so that the sources' walks visit about WALK_BUDGET nodes and edges in all
# (a whole corpus: ~35 000 nodes, ~30 sources, seconds instead of minutes).
EXACT_BETWEENNESS_LIMIT = 2000
BETWEENNESS_SAMPLE = 500
MIN_SAMPLE = 20
WALK_BUDGET = 2_000_000


def sample_size(nodes: int, edges: int) -> int | None:
    """How many sources estimate betweenness (``None``: exact, every node a source)."""
    if nodes <= EXACT_BETWEENNESS_LIMIT:
        return None
    return min(BETWEENNESS_SAMPLE, max(MIN_SAMPLE, WALK_BUDGET // max(nodes + edges, 1)), nodes)


def betweenness(simple: nx.Graph, k: int | None, quiet: bool = False) -> dict[str, float]:
    """Betweenness of an undirected graph, exact or from ``k`` sources sampled with seed 0 — the same
    figures as ``nx.betweenness_centrality(simple, k=k, seed=0)``, with a progress line per source."""
    if k is None:
        return nx.betweenness_centrality(simple)
    try:  # networkx's own steps, so that the loop over sources can show progress
        from networkx.algorithms.centrality.betweenness import (
            _accumulate_basic,
            _rescale,
            _single_source_shortest_path_basic,
        )
    except ImportError:  # pragma: no cover - a networkx that moved them: same figures, no progress
        return nx.betweenness_centrality(simple, k=k, seed=0)
    sources = random.Random(0).sample(list(simple.nodes()), k)
    scores = dict.fromkeys(simple, 0.0)
    for s in Progress("betweenness sources", total=k, quiet=quiet).iterate(sources):
        stack, preds, sigma, _ = _single_source_shortest_path_basic(simple, s)
        scores, _ = _accumulate_basic(scores, stack, preds, sigma, s)
    return _rescale(scores, len(simple), normalized=True, directed=False, endpoints=False, sampled_nodes=sources)


@dataclass(frozen=True)
class Central:
    """One node in a centrality ranking."""

    node: str
    label: str
    cls: str
    score: float


@dataclass(frozen=True)
class GraphStats:
    """What ``kg stats`` prints."""

    nodes: int
    edges: int
    classes: list[tuple[str, str, int]]  # (class, label, count), most frequent first
    by_degree: list[Central]
    by_betweenness: list[Central]
    components: int
    component_sizes: list[int]  # largest first
    betweenness_exact: bool
    betweenness_sources: int = 0  # when estimated


def compute(g: nx.MultiDiGraph, *, lang: str = "vi", top: int = 10, quiet: bool = False) -> GraphStats:
    """Counts per class, the ``top`` nodes by degree and by betweenness, and weakly connected components."""
    class_labels = g.graph.get("class_labels", {})
    counts: dict[str, int] = {}
    for _, cls in g.nodes(data="cls"):
        counts[cls or OTHER_CLASS] = counts.get(cls or OTHER_CLASS, 0) + 1
    classes = sorted(
        ((c, class_labels.get(c, {}).get(lang, c), k) for c, k in counts.items()), key=lambda t: (-t[2], t[0])
    )
    simple = nx.Graph(g.to_undirected(as_view=True))  # centrality of who is linked to whom, once per pair
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    k = sample_size(simple.number_of_nodes(), simple.number_of_edges())
    between = betweenness(simple, k, quiet=quiet)

    def rank(scores: dict[str, float]) -> list[Central]:
        best = sorted(scores.items(), key=lambda kv: (-kv[1], label_of(g, kv[0], lang), kv[0]))[:top]
        return [Central(n, label_of(g, n, lang), g.nodes[n].get("cls", OTHER_CLASS), s) for n, s in best]

    sizes = sorted((len(c) for c in nx.weakly_connected_components(g)), reverse=True)
    return GraphStats(
        nodes=g.number_of_nodes(),
        edges=g.number_of_edges(),
        classes=classes,
        by_degree=rank({n: float(d) for n, d in g.degree()}),
        by_betweenness=rank(between),
        components=len(sizes),
        component_sizes=sizes,
        betweenness_exact=k is None,
        betweenness_sources=k or 0,
    )


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        padded = (c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "  ".join(padded).rstrip()

    return [line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows]


def format_stats(stats: GraphStats, *, lang: str = "vi") -> str:
    """The statistics as text tables (column headers in English, labels in ``lang``)."""
    out = [f"nodes: {stats.nodes}   edges: {stats.edges}", "", "Classes"]
    out += _table(["class", "label", "nodes"], [[c, lbl, str(k)] for c, lbl, k in stats.classes], {2})
    out += ["", "Most central by degree"]
    out += _table(
        ["#", "label", "class", "degree"],
        [[str(i), shorten(c.label, 60), c.cls, str(int(c.score))] for i, c in enumerate(stats.by_degree, 1)],
        {0, 3},
    )
    note = "" if stats.betweenness_exact else f" (estimated from {stats.betweenness_sources} sources, seed 0)"
    out += ["", "Most central by betweenness" + note]
    out += _table(
        ["#", "label", "class", "betweenness"],
        [[str(i), shorten(c.label, 60), c.cls, f"{c.score:.4f}"] for i, c in enumerate(stats.by_betweenness, 1)],
        {0, 3},
    )
    shown = ", ".join(str(s) for s in stats.component_sizes[:10])
    more = ", …" if len(stats.component_sizes) > 10 else ""
    out += ["", f"Connected components (weak): {stats.components}; sizes: {shown}{more}"]
    return "\n".join(out) + "\n"
