"""A precomputed starting layout, so the browser's physics only has to refine it (and settles fast).

Each connected component gets a radial tree layout: a breadth-first tree from its best-connected node, every
subtree in an angular wedge proportional to its size, one ring per depth. Components are packed in rows
below the largest one; isolated nodes end up in a tidy grid and are kept out of the physics. Pure Python,
O(n), deterministic (ties are broken by node id).
"""

from __future__ import annotations

import math
from collections import deque

import networkx as nx

RING = 150.0  # distance between depth rings
SLOT = 34.0  # arc length per node on a crowded ring
GAP = 80.0  # space between packed components


def _adjacency(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    adj: dict[str, set[str]] = {n: set() for n in g.nodes}
    for u, v in g.edges():
        if u != v:
            adj[u].add(v)
            adj[v].add(u)
    return {n: sorted(ns) for n, ns in adj.items()}


def _radial(component: list[str], adj: dict[str, list[str]]) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions of one component around (0, 0), and the radius of its outer ring."""
    root = min(component, key=lambda n: (-len(adj[n]), n))
    parent: dict[str, str | None] = {root: None}
    depth = {root: 0}
    order = [root]
    queue = deque([root])
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if v not in parent:
                parent[v] = u
                depth[v] = depth[u] + 1
                order.append(v)
                queue.append(v)
    children: dict[str, list[str]] = {n: [] for n in order}
    for n in order[1:]:
        children[parent[n]].append(n)  # type: ignore[index]
    size = dict.fromkeys(order, 1)
    for n in reversed(order[1:]):
        size[parent[n]] += size[n]  # type: ignore[index]
    per_depth: dict[int, int] = {}
    for n in order:
        per_depth[depth[n]] = per_depth.get(depth[n], 0) + 1
    radius = {0: 0.0}
    for d in range(1, max(per_depth) + 1):
        radius[d] = max(radius[d - 1] + RING, per_depth[d] * SLOT / (2 * math.pi))
    wedge = {root: (0.0, 2 * math.pi)}
    pos: dict[str, tuple[float, float]] = {}
    for n in order:
        a, b = wedge[n]
        angle = (a + b) / 2
        r = radius[depth[n]]
        pos[n] = (r * math.cos(angle), r * math.sin(angle))
        start = a
        total = size[n] - 1
        for c in children[n]:
            share = (b - a) * size[c] / total
            wedge[c] = (start, start + share)
            start += share
    return pos, max(radius.values())


def initial_positions(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Starting (x, y) of every node: radial trees per component, packed in rows under the largest."""
    adj = _adjacency(g)
    components = sorted((sorted(c) for c in nx.weakly_connected_components(g)), key=lambda c: (-len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    if not components:
        return positions
    first, r0 = _radial(components[0], adj)
    positions.update(first)
    width = max(2 * r0, 1600.0)
    x, y, row = -width / 2, r0 + 2 * GAP, 0.0
    for comp in components[1:]:
        pos, r = _radial(comp, adj) if len(comp) > 1 else ({comp[0]: (0.0, 0.0)}, 0.0)
        extent = 2 * r + GAP
        if x + extent > width / 2 and x > -width / 2:
            x, y, row = -width / 2, y + row, 0.0
        cx, cy = x + r + GAP / 2, y + r + GAP / 2
        for n, (px, py) in pos.items():
            positions[n] = (cx + px, cy + py)
        x += extent
        row = max(row, extent)
    return {n: (round(px, 1), round(py, 1)) for n, (px, py) in positions.items()}
