"""Large graph files for the view, read with pyoxigraph instead of rdflib (``kg stats`` / ``kg viz --data``).

:func:`load` parses the files into an in-memory Oxigraph store (with a progress line), leaving out the text
layer's offsets and anchors that no view needs (sentence texts are cut from the article's ``nif:isString``).
:class:`OxGraph` offers the read-only part of rdflib's ``Graph`` API that :func:`kg.view.project.project`
uses, over the union of the store's graphs (each triple once), so the projection is the same code whatever
reads the file. :func:`ego` copies into a small rdflib graph only what the ego network of a focus entity
needs, so ``kg viz --focus`` on a corpus never projects the whole corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, PROV, RDF, SKOS
from rdflib.term import Node

from kg.progress import Progress
from kg.rdf.namespace import ITSRDF, NIF, VNR
from kg.sparql.oxterms import TermCache, _ox, parse_files, to_ox
from kg.view.project import is_provenance
from kg.view.select import fold
from kg.view.vocabulary import LABEL_PROPS, LANGS, PROVENANCE_PROPS, SCHEMA_TYPES

# Text-layer quads the default view never reads: offsets (also in the IRIs' #char=), anchors (cut from the
# article's nif:isString instead), the links between sentences, and each fact's vnr:inReport (a provenance
# edge, not drawn). Kept when the provenance layer is drawn.
TEXT_LAYER = frozenset(
    [str(NIF[name]) for name in ("beginIndex", "endIndex", "anchorOf", "referenceContext", "superString",
                                 "nextSentence")] + [str(VNR.inReport)]
)
# What the projection reads about an IRI one step past the ego (drawn, then cut by the selection) or about a
# sentence or article a node's sources point at.
BOUNDARY = frozenset({RDF.type, *LABEL_PROPS, SKOS.inScheme, NIF.isString, VNR.text})
# From a post holding (drawn as an edge), the ego walk follows only the official and the post or body.
HOLDING_ENDS = (ORG.member, VNR.post, ORG.organization)


LINE_FORMATS = {".nq": "N_QUADS", ".nt": "N_TRIPLES"}
BLOCK = 16 << 20  # bytes of N-Quads lines handed to Oxigraph at a time


def load(paths: Iterable[str | Path], *, text_layer: bool = False, quiet: bool = False) -> Any:
    """An in-memory pyoxigraph store of the files (all graphs); ``text_layer`` keeps the offsets too.

    N-Quads and N-Triples files are filtered line by line and handed to Oxigraph as bytes (no Python object
    per quad); other formats are parsed quad by quad."""
    progress = Progress("quads read", quiet=quiet)
    store = _ox().Store()
    skip = frozenset() if text_layer else TEXT_LAYER
    files = [Path(p) for p in paths]
    lines = [p for p in files if p.suffix.lower() in LINE_FORMATS and p.is_file()]
    others = [p for p in files if p not in lines]
    if others:
        store.bulk_extend(parse_files(others, progress, skip=skip))
    total = sum(p.stat().st_size for p in lines)
    done = 0
    for path in lines:
        done = _load_lines(store, path, skip, progress, done, total)
    progress.close()
    return store


def _load_lines(store: Any, path: Path, skip: frozenset[str], progress: Progress, done: int, total: int) -> int:
    """Bulk-load an N-Quads/N-Triples file, leaving out the lines whose predicate is in ``skip`` (a line whose
    terms are not separated by single spaces is kept: the filter only saves work). Returns the bytes read."""
    from kg.errors import KgError

    ox = _ox()
    fmt = getattr(ox.RdfFormat, LINE_FORMATS[path.suffix.lower()])
    tokens = {f"<{iri}>".encode() for iri in skip}
    with path.open("rb") as fh:
        while True:
            block = fh.readlines(BLOCK)
            if not block:
                return done
            done += sum(len(line) for line in block)
            kept = [line for line in block if len(terms := line.split(b" ", 2)) < 3 or terms[1] not in tokens]
            try:
                store.bulk_load(input=b"".join(kept), format=fmt)
            except (SyntaxError, ValueError, OSError) as err:
                reason = str(err).strip().splitlines()[0][:200] if str(err).strip() else type(err).__name__
                raise KgError("E013", f"cannot load {path}: {reason}") from None
            progress.update(len(block), fraction=done / max(total, 1))


class OxGraph:
    """rdflib-style read access to a pyoxigraph store: every graph's triples, each once, as rdflib terms."""

    def __init__(self, store: Any) -> None:
        self.store = store
        # The projection asks many questions about one subject in a row (types, five label properties,
        # texts): one store lookup per subject, its triples kept for the next few thousand subjects.
        self._about = lru_cache(maxsize=65536)(self._fetch)
        self.term = TermCache()  # pyoxigraph → rdflib terms, each IRI made once

    def _fetch(self, subject: Node) -> dict[Node | None, Any]:
        """The subject's triples: under ``None`` all (predicate, object) pairs, sorted; under each predicate
        its objects."""
        term = self.term
        found = {(q.predicate, q.object) for q in self.store.quads_for_pattern(to_ox(subject), None, None, None)}
        pairs = sorted((term(p), term(o)) for p, o in found)
        out: dict[Node | None, Any] = {None: tuple(pairs)}
        for p, o in pairs:
            out.setdefault(p, []).append(o)
        return out

    def _query(self, pattern: tuple[Node | None, Node | None, Node | None]) -> Iterator[tuple[Node, Node, Node]]:
        s, p, o = (to_ox(t) if t is not None else None for t in pattern)
        seen: set[tuple[Any, Any, Any]] = set()
        term = self.term
        for q in self.store.quads_for_pattern(s, p, o, None):
            t = (q.subject, q.predicate, q.object)
            if t not in seen:
                seen.add(t)
                yield term(q.subject), term(q.predicate), term(q.object)

    def triples(self, pattern: tuple[Node | None, Node | None, Node | None]) -> Iterator[tuple[Node, Node, Node]]:
        s, p, o = pattern
        if s is None or isinstance(s, Literal):
            yield from self._query(pattern)
            return
        about = self._about(s)
        if p is None:
            for pp, oo in about[None]:
                if o is None or oo == o:
                    yield s, pp, oo
            return
        for oo in about.get(p, ()):
            if o is None or oo == o:
                yield s, p, oo

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        return next(self.triples(triple), None) is not None

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        return ((s, o) for s, _, o in self.triples((None, predicate, None)))

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        return ((p, o) for _, p, o in self.triples((subject, None, None)))

    def subjects(self, predicate: Node | None = None, object: Node | None = None) -> Iterator[Node]:  # noqa: A002
        return (s for s, _, _ in self.triples((None, predicate, object)))

    def objects(self, subject: Node | None = None, predicate: Node | None = None) -> Iterator[Node]:
        return (o for _, _, o in self.triples((subject, predicate, None)))

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of ``subject predicate`` (the smallest, so that the answer does not depend on order)."""
        found: list[Any] = sorted(cast(Any, self.objects(subject, predicate)))
        return found[0] if found else None


def find(store: Any, label: str) -> list[URIRef]:
    """IRIs labelled ``label`` (folded, vi or en); failing that, those whose label contains it."""
    wanted = fold(label)
    exact: set[URIRef] = set()
    partial: set[URIRef] = set()
    for prop in LABEL_PROPS:
        for q in store.quads_for_pattern(None, to_ox(prop), None, None):
            lang = getattr(q.object, "language", None)
            if not isinstance(q.subject, _ox().NamedNode) or lang not in (None, *LANGS):
                continue
            text = fold(q.object.value)
            if text == wanted:
                exact.add(URIRef(q.subject.value))
            elif wanted in text:
                partial.add(URIRef(q.subject.value))
    return sorted(exact or partial)


def _types(g: OxGraph, iri: Node) -> set[Node]:
    return set(g.objects(iri, RDF.type))


def _walkable(g: OxGraph, iri: Node, provenance: bool) -> bool:
    """Whether the ego walk may stand on ``iri``: an entity the projection draws (or a holding)."""
    if not isinstance(iri, URIRef):
        return False
    found = _types(g, iri)
    if not found:
        return any(isinstance(o, Literal) for p in LABEL_PROPS for o in g.objects(iri, p))  # a labelled "Thing"
    if found & SCHEMA_TYPES or (SKOS.Concept in found and not provenance and _is_attribute_concept(g, iri)):
        return False
    return provenance or not is_provenance(cast(set[URIRef], found))


def _is_attribute_concept(g: OxGraph, iri: Node) -> bool:
    from kg.view.vocabulary import ATTRIBUTE_SCHEME

    return (iri, SKOS.inScheme, ATTRIBUTE_SCHEME) in g


def _neighbours(g: OxGraph, node: Node, provenance: bool) -> Iterator[Node]:
    """IRIs one projected edge away: objects and subjects of non-type, non-provenance triples; a post
    holding stands for its official and post (it is drawn as an edge between them)."""
    for p, o in g.predicate_objects(node):
        if p != RDF.type and isinstance(o, URIRef) and (provenance or p not in PROVENANCE_PROPS):
            yield o
    # incoming: asked of the store directly, predicates filtered before any term is converted (a place or a
    # concept is the object of thousands of mentions, which the default view never draws)
    skipped = {to_ox(RDF.type)} | (set() if provenance else {to_ox(p) for p in (*PROVENANCE_PROPS, ITSRDF.taIdentRef)})
    subjects = {q.subject for q in g.store.quads_for_pattern(None, None, to_ox(node), None)
                if q.predicate not in skipped}
    for s in sorted(cast(Any, [g.term(x) for x in subjects])):
        if VNR.PostHolding in _types(g, s):
            yield from (o for end in HOLDING_ENDS for o in g.objects(s, end) if o != node)
        yield s


def _first_mentions(g: OxGraph, phrases: list[Node]) -> list[Node]:
    """The phrases of the first sentences :func:`kg.view.project.project` shows for an entity without sources."""
    from kg.view.project import _offset_key
    from kg.view.vocabulary import MENTION_SOURCES

    sentences: dict[URIRef, list[Node]] = {}
    for phrase in phrases:
        for sentence in g.objects(phrase, NIF.sentence):
            if isinstance(sentence, URIRef):
                sentences.setdefault(sentence, []).append(phrase)
    first = sorted(sentences, key=_offset_key)[:MENTION_SOURCES]
    return [phrase for sentence in first for phrase in sentences[sentence]]


def ego(store: Any, centres: list[URIRef], depth: int, *, provenance: bool = False) -> Graph:
    """A small rdflib graph holding the ego network of ``centres`` (``depth`` projected hops), with what the
    projection reads about each node: its triples, its objects' types and labels, the sentences of its
    sources and mentions. Projecting it and selecting the same ego gives the whole file's answer."""
    g = OxGraph(store)
    seen: set[Node] = set(centres)
    frontier: list[Node] = list(centres)
    for _ in range(depth):
        nxt: list[Node] = []
        for n in frontier:
            for m in _neighbours(g, n, provenance):
                if m not in seen and _walkable(g, m, provenance):
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    out = Graph(bind_namespaces="none")
    subjects: set[Node] = set(seen)
    for n in seen:  # holdings between kept nodes, and the phrases that mention a node
        phrases = []
        for s, p, _ in g.triples((None, None, n)):
            if p in HOLDING_ENDS:
                subjects.add(s)
            elif p == ITSRDF.taIdentRef:
                phrases.append(s)
        if phrases and g.value(n, PROV.wasDerivedFrom) is None:  # mentions stand in for missing sources
            subjects.update(_first_mentions(g, phrases))
    objects: set[Node] = set()
    for s in sorted(cast(Any, subjects)):
        for t in g.triples((s, None, None)):
            out.add(t)
            if isinstance(t[2], URIRef) and t[1] != RDF.type:
                objects.add(t[2])
    contexts = {URIRef(str(o).split("#", 1)[0]) for o in objects if "#char=" in str(o)}
    # what nodes point at: its kind, names, an article's text
    for o in sorted(cast(Any, (objects | contexts) - subjects)):
        for t in g.triples((o, None, None)):
            if t[1] in BOUNDARY:
                out.add(t)
    return out
