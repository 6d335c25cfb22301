"""Project the RDF graph of a report onto a :class:`networkx.MultiDiGraph` for viewing and statistics.

Nodes are entities (officials, bodies, posts, events, models, movements, tasks, awards, results, concepts),
keyed by IRI, with attributes

* ``cls`` — the most specific class's short name (``Official``, ``PartyCommittee``, ``Concept`` …),
* ``label_vi`` / ``label_en`` — readable labels (never an IRI; a fallback is built when the graph has none),
* ``attributes`` — literal values (dates, counts, texts) as ``{"prop", "label_vi", "label_en", "value"}``,
* ``sources`` — the sentence(s) the entity was derived from, ``{"iri", "text", "begin", "end"}``.

Edges are relations, keyed by the property's CURIE (``org:holds``), with ``prop``, ``label_vi`` and
``label_en``. Literals never become nodes. Provenance (sentences, mentions, the report) and the n-ary
``vnr:PostHolding`` stay out of the default view: a holding becomes an ``org:holds`` edge from the official to
the post. The module is pure: it reads an rdflib graph and returns a new networkx graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS
from rdflib.term import Node

from kg.rdf.namespace import ITSRDF, NIF, VNR, curie
from kg.view.vocabulary import (
    ATTRIBUTE_ORDER,
    ATTRIBUTE_SCHEME,
    CLASS_ALIASES,
    CLASS_ORDER,
    HIDDEN_LITERALS,
    INVERSES,
    LABEL_PROPS,
    LANGS,
    MENTION_SOURCES,
    NAMING_PROPS,
    OTHER_CLASS,
    PROVENANCE_PROPS,
    PROVENANCE_TYPES,
    SCHEMA_TYPES,
    Vocabulary,
    _attribute,
    load_vocabulary,
    local_name,
)


def is_provenance(types: Iterable[URIRef]) -> bool:
    """Whether a node of these types belongs to the text layer (report, sentences, mentions: NIF)."""
    return any(t in PROVENANCE_TYPES or str(t).startswith(str(NIF)) for t in types)


def _class_of(types: Iterable[URIRef]) -> str:
    present = set(types)
    for iri in CLASS_ORDER:
        if iri in present:
            return local_name(str(iri))
    for iri in sorted(present):
        if iri in CLASS_ALIASES:
            return CLASS_ALIASES[iri]
    return OTHER_CLASS


def _pick_label(graph: Graph, node: URIRef, lang: str) -> str:
    for prop in LABEL_PROPS:
        found: dict[str, str] = {}
        for o in graph.objects(node, prop):
            if isinstance(o, Literal):
                code = o.language or ""
                text = " ".join(str(o).split())
                if text and (code not in found or text < found[code]):
                    found[code] = text
        for code in (lang, "", *LANGS):
            if found.get(code):
                return found[code]
        if found:
            return found[sorted(found)[0]]
    return ""


def shorten(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _sources(graph: Graph, node: URIRef, texts: dict[str, str]) -> list[dict[str, object]]:
    """The sentences ``node`` was derived from: text and character offsets, in text order."""
    return _sentences(graph, graph.objects(node, PROV.wasDerivedFrom), texts)


def _mentioned_in(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """Entity → the sentences of its mentions (``nif:Phrase`` ``itsrdf:taIdentRef`` it, ``nif:sentence``)."""
    out: dict[URIRef, set[URIRef]] = {}
    for phrase, entity in graph.subject_objects(ITSRDF.taIdentRef):
        sentence = graph.value(phrase, NIF.sentence)
        if isinstance(entity, URIRef) and isinstance(sentence, URIRef):
            out.setdefault(entity, set()).add(sentence)
    return out


def _sentences(graph: Graph, iris: Iterable[object], texts: dict[str, str]) -> list[dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for src in iris:
        if not isinstance(src, URIRef):
            continue
        anchor = graph.value(src, NIF.anchorOf)
        begin = _int(graph.value(src, NIF.beginIndex))
        end = _int(graph.value(src, NIF.endIndex))
        match = re.search(r"#char=(\d+),(\d+)$", str(src))
        if match and begin is None:
            begin, end = int(match.group(1)), int(match.group(2))
        text = str(anchor) if anchor is not None else ""
        if not text and begin is not None and end is not None:
            context = graph.value(src, NIF.referenceContext) or URIRef(str(src).split("#", 1)[0])
            whole = texts.get(str(context))
            if whole is None:
                value = graph.value(context, NIF.isString)
                whole = texts[str(context)] = str(value) if value is not None else ""
            text = whole[begin:end]
        if not text:
            continue
        out[str(src)] = {"iri": str(src), "text": " ".join(text.split()), "begin": begin, "end": end}
    return sorted(out.values(), key=lambda s: (s["begin"] if s["begin"] is not None else -1, s["iri"]))


def _offset_key(iri: URIRef) -> tuple[int, str]:
    match = re.search(r"#char=(\d+),", str(iri))
    return (int(match.group(1)) if match else -1, str(iri))


_ATTRIBUTE_RANK = {str(p): i for i, p in enumerate(ATTRIBUTE_ORDER)}


def _attr_key(attr: Mapping[str, str]) -> tuple[int, str, str]:
    return (_ATTRIBUTE_RANK.get(attr["prop"], len(_ATTRIBUTE_RANK)), attr["prop"], attr["value"])


def _literal_text(o: Literal) -> str:
    return " ".join(str(o).split())


def _node_set(graph: Graph, types: dict[URIRef, set[URIRef]], provenance: bool, holdings: bool) -> set[URIRef]:
    """The IRIs :func:`project` draws as nodes: typed entities (the text layer only with ``provenance``,
    holdings only with ``holdings``), and untyped IRIs that entities point at but which carry a label."""

    def is_node(iri: URIRef) -> bool:
        found = types.get(iri)
        if not found or found & SCHEMA_TYPES:
            return False
        if SKOS.Concept in found and (iri, SKOS.inScheme, ATTRIBUTE_SCHEME) in graph:
            return False  # a body's kind (Thành ủy, UBND…) is an attribute of the body, not a node beside it
        if not provenance and is_provenance(found):
            return False
        return holdings or VNR.PostHolding not in found

    nodes = sorted(s for s in types if is_node(s))
    node_set = set(nodes)
    # Untyped IRIs that entities point at but which carry a label are drawn too (class "Thing").
    for s in nodes:
        for p, o in graph.predicate_objects(s):
            if (
                isinstance(o, URIRef)
                and o not in types
                and o not in node_set
                and p not in PROVENANCE_PROPS
                and _pick_label(graph, o, "vi")
            ):
                node_set.add(o)
    return node_set


def _node_attributes(
    graph: Graph, s: URIRef, types: dict[URIRef, set[URIRef]], node_set: set[URIRef], vocab: Vocabulary
) -> list[dict[str, str]]:
    """The attributes of node ``s``: its literals and the labels of the non-node IRIs it points at, sorted."""
    attributes: list[dict[str, str]] = []
    for p, o in graph.predicate_objects(s):
        if p in LABEL_PROPS or p in HIDDEN_LITERALS or p == RDF.type:
            continue
        if isinstance(o, Literal):
            attributes.append(_attribute(vocab, p, _literal_text(o)))
        elif isinstance(o, URIRef) and o not in node_set and p not in PROVENANCE_PROPS:
            if is_provenance(types.get(o, set())) or VNR.PostHolding in types.get(o, set()):
                continue
            attributes.append(_attribute(vocab, p, _pick_label(graph, o, "vi") or str(o)))
    unique = {(a["prop"], a["value"]): a for a in attributes}
    return sorted(unique.values(), key=_attr_key)


def project(
    graph: Graph,
    *,
    provenance: bool = False,
    holdings: bool = False,
    vocab: Vocabulary | None = None,
    details: bool = True,
) -> nx.MultiDiGraph:
    """The entity graph of ``graph`` (a Graph, a default-union Dataset or a :class:`kg.view.oxgraph.OxGraph`)
    as a MultiDiGraph.

    ``provenance`` adds the report, its sentences and mentions as nodes; ``holdings`` keeps
    ``vnr:PostHolding`` nodes instead of drawing each as an ``org:holds`` edge; ``details=False`` leaves out
    what only tooltips show (attributes, sources), for statistics of a large graph.
    """
    vocab = vocab or load_vocabulary(graph)
    types = _types(graph)
    node_set = _node_set(graph, types, provenance, holdings)
    hidden_holdings = sorted(s for s, t in types.items() if VNR.PostHolding in t and s not in node_set)
    nodes = sorted(node_set)

    g = nx.MultiDiGraph()
    texts: dict[str, str] = {}
    classes = _add_nodes(g, graph, nodes, node_set, types, vocab, texts, details)
    _add_edges(g, graph, nodes, node_set, vocab, provenance)

    for h in hidden_holdings:
        _collapse_holding(g, graph, vocab, h, node_set, texts)

    _fallback_labels(g, graph, vocab)
    reports = sorted(s for s, t in types.items() if t & {VNR.Report, NIF.Context})
    g.graph["reports"] = [{"iri": str(r), "title": _pick_label(graph, r, "vi") or local_name(str(r))} for r in reports]
    g.graph["class_labels"] = {
        c: {code: vocab.class_label(c, code) for code in LANGS} for c in sorted(classes | {OTHER_CLASS})
    }
    return g


def _types(graph: Graph) -> dict[URIRef, set[URIRef]]:
    """The ``rdf:type`` IRIs of every IRI subject."""
    types: dict[URIRef, set[URIRef]] = {}
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(o, URIRef):
            types.setdefault(s, set()).add(o)
    return types


def _add_nodes(g: nx.MultiDiGraph, graph: Graph, nodes: list[URIRef], node_set: set[URIRef],
               types: dict[URIRef, set[URIRef]], vocab: Vocabulary, texts: dict[str, str], details: bool) -> set[str]:
    """Add ``nodes`` to ``g`` with their class, labels and (with ``details``) attributes and sources; returns the
    classes drawn."""
    mentions = {e: sorted(ss, key=_offset_key) for e, ss in _mentioned_in(graph).items()} if details else {}
    classes: set[str] = set()
    for s in nodes:
        cls = _class_of(types.get(s, ()))
        classes.add(cls)
        g.add_node(
            str(s),
            iri=str(s),
            cls=cls,
            label_vi=_pick_label(graph, s, "vi"),
            label_en=_pick_label(graph, s, "en"),
            attributes=_node_attributes(graph, s, types, node_set, vocab) if details else [],
            # derived-from sentences; for what has none (concepts), the sentences that mention it
            sources=(_sources(graph, s, texts) or _sentences(graph, mentions.get(s, ())[:MENTION_SOURCES], texts))
            if details else [],
        )
    return classes


def _add_edges(g: nx.MultiDiGraph, graph: Graph, nodes: list[URIRef], node_set: set[URIRef], vocab: Vocabulary,
               provenance: bool) -> None:
    """An edge for each IRI a node points at that is a node too (inverse properties drawn the other way; the
    provenance links only with ``provenance``)."""
    for s in nodes:
        for p, o in sorted(graph.predicate_objects(s)):  # sorted: the same edge order in every process
            if p == RDF.type or not isinstance(o, URIRef) or o not in node_set:
                continue
            if p in PROVENANCE_PROPS and not provenance:
                continue
            u, v, prop = (str(o), str(s), INVERSES[p]) if p in INVERSES else (str(s), str(o), p)
            _add_edge(g, vocab, u, v, prop)


def _add_edge(g: nx.MultiDiGraph, vocab: Vocabulary, u: str, v: str, prop: Node, **extra: object) -> None:
    key = curie(str(prop))
    if g.has_edge(u, v, key):
        return
    g.add_edge(
        u,
        v,
        key=key,
        prop=str(prop),
        label_vi=vocab.label(str(prop), "vi"),
        label_en=vocab.label(str(prop), "en"),
        **extra,
    )


def _collapse_holding(
    g: nx.MultiDiGraph, graph: Graph, vocab: Vocabulary, h: URIRef, nodes: set[URIRef], texts: dict[str, str]
) -> None:
    """Draw a hidden ``vnr:PostHolding`` as an ``org:holds`` edge official → post (or → body)."""
    member = graph.value(h, ORG.member)
    target = graph.value(h, VNR.post) or graph.value(h, ORG.organization)
    if member not in nodes or target not in nodes:
        return
    attributes = sorted(
        (
            _attribute(vocab, p, _literal_text(o))
            for p, o in graph.predicate_objects(h)
            if isinstance(o, Literal) and p not in LABEL_PROPS
        ),
        key=_attr_key,
    )
    prop = ORG.holds if graph.value(h, VNR.post) in nodes else ORG.memberOf
    key = curie(str(prop))
    if g.has_edge(str(member), str(target), key):
        data = g.edges[str(member), str(target), key]
        data.setdefault("attributes", [])
        data["attributes"] = sorted(
            {(a["prop"], a["value"]): a for a in data["attributes"] + attributes}.values(), key=_attr_key
        )
        data["sources"] = sorted(
            {s["iri"]: s for s in data.get("sources", []) + _sources(graph, h, texts)}.values(),
            key=lambda s: (s["begin"] if s["begin"] is not None else -1, s["iri"]),
        )
        return
    _add_edge(g, vocab, str(member), str(target), prop, attributes=attributes, sources=_sources(graph, h, texts))


def _fallback_labels(g: nx.MultiDiGraph, graph: Graph, vocab: Vocabulary) -> None:
    """Give every unlabelled node a readable label: its text, the label of its kind, or class + number."""
    counters: dict[str, int] = {}
    for n in sorted(g.nodes):
        data = g.nodes[n]
        if data["label_vi"] or data["label_en"]:
            data["label_vi"] = data["label_vi"] or data["label_en"]
            data["label_en"] = data["label_en"] or data["label_vi"]
            continue
        node = URIRef(n)
        text = graph.value(node, VNR.text) or graph.value(node, NIF.anchorOf)
        for code in LANGS:
            cls_label = vocab.class_label(data["cls"], code)
            if text is not None:
                label = shorten(str(text))
            else:
                named = next(
                    (o for p in NAMING_PROPS for o in sorted(graph.objects(node, p), key=str) if isinstance(o, URIRef)),
                    None,
                )
                kind = _pick_label(graph, named, code) if named is not None else ""
                if kind:
                    label = f"{cls_label}: {kind}"
                else:
                    if code == LANGS[0]:
                        counters[data["cls"]] = counters.get(data["cls"], 0) + 1
                    label = f"{cls_label} {counters[data['cls']]}"
            data[f"label_{code}"] = label


def label_of(g: nx.MultiDiGraph, node: str, lang: str = "vi") -> str:
    """The readable label of ``node`` in ``lang`` (falling back to the other language)."""
    data = g.nodes[node]
    return data.get(f"label_{lang}") or data.get("label_vi") or data.get("label_en") or local_name(node)


__all__ = [
    "is_provenance",
    "label_of",
    "project",
    "shorten",
]
