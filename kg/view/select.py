"""Choosing what to draw: find nodes by label, keep some classes, cut the ego network of a focus entity.

Errors a user can fix (an unknown class, a label that matches nothing or too much) are :class:`KgError`.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from kg.errors import KgError
from kg.extract.normalise import fold
from kg.view.project import label_of
from kg.view.vocabulary import LANGS, PARENT_CLASS, load_vocabulary


def find_nodes(g: nx.MultiDiGraph, label: str) -> list[str]:
    """Nodes whose vi or en label equals ``label`` (folded); failing that, those that contain it."""
    wanted = fold(label)
    exact = sorted(n for n in g.nodes if wanted in {fold(label_of(g, n, c)) for c in LANGS})
    if exact:
        return exact
    return sorted(n for n in g.nodes if any(wanted in fold(label_of(g, n, c)) for c in LANGS))


def matches_class(cls: str, wanted: Iterable[str]) -> bool:
    """Whether class ``cls`` is one of ``wanted`` or a subclass of one (case-insensitive)."""
    names = {w.lower() for w in wanted}
    return cls.lower() in names or PARENT_CLASS.get(cls, "").lower() in names


def restrict(
    g: nx.MultiDiGraph, *, focus: Iterable[str] = (), depth: int = 1, classes: Iterable[str] = ()
) -> nx.MultiDiGraph:
    """The part of ``g`` to draw: nodes of ``classes`` only, then the ego network of ``focus`` nodes."""
    wanted = list(classes)
    if wanted:
        g = g.subgraph([n for n, c in g.nodes(data="cls") if matches_class(c, wanted)]).copy()
    centres = [n for n in focus if n in g]
    if centres:
        keep: set[str] = set()
        for c in centres:
            keep |= set(nx.ego_graph(g, c, radius=depth, undirected=True).nodes)
        g = g.subgraph(keep).copy()
    return g


def resolve_classes(g: nx.MultiDiGraph, names: Iterable[str]) -> list[str]:
    """Class short names for ``names``, each a short name or a vi/en class label (case, accents ignored)."""
    known: dict[str, str] = {}
    for cls, labels in g.graph.get("class_labels", {}).items():
        known[fold(cls)] = cls
        for text in labels.values():
            known.setdefault(fold(text), cls)
    vocab = load_vocabulary()
    for cls in sorted({*PARENT_CLASS.values(), *PARENT_CLASS}):
        known.setdefault(fold(cls), cls)
        for code in LANGS:
            known.setdefault(fold(vocab.class_label(cls, code)), cls)
    out = []
    for name in names:
        for part in [name] if fold(name) in known else name.split(","):
            if not part.strip():
                continue
            if fold(part) not in known:
                present = ", ".join(sorted({c for _, c in g.nodes(data="cls")}))
                raise KgError("E401", f"unknown class {part.strip()!r}", f"classes in this graph: {present}")
            out.append(known[fold(part)])
    return out


def focus_nodes(g: nx.MultiDiGraph, label: str) -> list[str]:
    """The node(s) ``--focus LABEL`` names: exact label matches, else the one node whose label contains it."""
    found = find_nodes(g, label)
    exact = {n for n in found if fold(label) in {fold(label_of(g, n, c)) for c in LANGS}}
    if not found:
        raise KgError("E402", f"no node is labelled {label!r}", "search the viewer or run `kg stats` for names")
    if not exact and len(found) > 1:
        shown = "; ".join(label_of(g, n) for n in found[:8]) + ("; …" if len(found) > 8 else "")
        raise KgError("E403", f"{label!r} matches {len(found)} nodes: {shown}", "give the full label")
    return found


CAP_PER_CLASS = 25  # around a focus, at most this many nodes of one class; the rest become one "+N more" node


def cap(g: nx.MultiDiGraph, centres: list[str], depth: int, per_class: int) -> nx.MultiDiGraph:
    """At most ``per_class`` nodes of each class besides the centres — the best-linked, then by label — and per
    class one "+N more" node linked to the first centre; what is then cut off from the centres goes too."""
    by_class: dict[str, list[str]] = {}
    for n, cls in g.nodes(data="cls"):
        if n not in centres:
            by_class.setdefault(cls, []).append(n)
    dropped: dict[str, int] = {}
    keep = set(centres)
    for cls, members in sorted(by_class.items()):
        members.sort(key=lambda n: (-g.degree(n), label_of(g, n), n))
        keep.update(members[:per_class])
        if len(members) > per_class:
            dropped[cls] = len(members) - per_class
    if not dropped:
        return g
    out = restrict(g.subgraph(keep).copy(), focus=centres, depth=depth)
    labels = g.graph.get("class_labels", {})
    for cls, n in dropped.items():
        node = f"urn:kg:more:{cls}"
        names = labels.get(cls, {})
        out.add_node(node, iri="", cls=cls, label_vi=f"+{n} {names.get('vi', cls)} khác",
                     label_en=f"+{n} more: {names.get('en', cls)}", attributes=[], sources=[], more=n)
        out.add_edge(centres[0], node, key="kg:more", prop="", label_vi="còn nữa", label_en="more")
    return out


def select(
    g: nx.MultiDiGraph, *, focus: str | None = None, depth: int | None = None, classes: Iterable[str] = (),
    per_class: int = CAP_PER_CLASS,
) -> nx.MultiDiGraph:
    """The part of ``g`` to draw for ``kg viz --focus/--depth/--classes`` (depth 1 unless given); around a
    focus at most ``per_class`` nodes of each class (0: no cap)."""
    if depth is not None and not focus:
        raise KgError("E404", "--depth needs --focus", "e.g. --focus 'Nguyễn Văn A' --depth 2")
    depth = 1 if depth is None else depth
    if depth < 0:
        raise KgError("E404", f"--depth must be 0 or more, not {depth}")
    wanted = resolve_classes(g, classes)
    centres = focus_nodes(g, focus) if focus else []
    chosen = restrict(g, focus=centres, depth=depth, classes=wanted)
    centres = [c for c in centres if c in chosen]
    return cap(chosen, centres, depth, per_class) if centres and per_class > 0 else chosen
