"""Stage 6 — RDF: the only stage that touches rdflib.

Default graph: entities, facts and the concepts they use, each with ``prov:wasDerivedFrom`` → sentence and
``vnr:inReport`` → report. Named graph ``<report IRI>``: the NIF text layer (context, sentences, mentions).
IRIs are deterministic: entities from folded keys (:func:`kg.extract.normalise.stable_id`), text strings by RFC 5147
``#char=begin,end`` offsets, facts by report and offsets.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.document import Document
from kg.extract.event_forms import written_forms
from kg.extract.event_unglossed import unglossed
from kg.extract.facts import Fact, Lit, Ref
from kg.extract.link import Entity, Links
from kg.extract.normalise import slug, stable_id
from kg.extract.post_shown import shown as post_shown
from kg.rdf.namespace import DATA, ITSRDF, NIF, SCHEMA, VNR, new_dataset, term
from kg.rdf.vocab import add_concepts, concept_iri, label_literal


def report_iri(doc_id: str) -> URIRef:
    return DATA[f"report/{doc_id}"]


def char_iri(report: URIRef, start: int, end: int) -> URIRef:
    """RFC 5147 / NIF 2.0 string IRI of ``[start, end)`` in the report's text."""
    # made as URIRef(…) makes it, less rdflib's scan for characters an IRI may not hold: the report's IRI (made by
    # URIRef) holds none and "#char=…" adds none (the text layer makes one for every sentence and mention)
    return _NEW_STR(URIRef, f"{report}#char={start},{end}")


_NEW_STR = str.__new__


@lru_cache(maxsize=1 << 14)  # pure; an article asks for its entities' IRIs again and again (and the corpus, too)
def entity_iri(entity_id: str) -> URIRef:
    """IRI of an entity id ``kind:key`` (persons, bodies, places, posts, events, models, movements, concepts)."""
    kind, _, k = entity_id.partition(":")
    if kind == "concept":
        scheme, _, local = k.partition("/")
        return concept_iri(scheme, local)
    if kind == "title":
        return concept_iri("post-title", slug(k))
    if kind == "directive":
        return concept_iri("directive", slug(k))
    if kind == "award":
        return concept_iri("award-kind", slug(k))
    return DATA[f"{kind}/{stable_id(k)}"]


# the text layer's terms, looked up once (a namespace attribute builds a new IRI object on each access)
_SENTENCE, _PHRASE, _SUPER_STRING, _NEXT_SENTENCE, _IN_SENTENCE = (
    NIF.Sentence, NIF.Phrase, NIF.superString, NIF.nextSentence, NIF.sentence)
_REFERENCE_CONTEXT, _BEGIN, _END, _ANCHOR_OF = NIF.referenceContext, NIF.beginIndex, NIF.endIndex, NIF.anchorOf
_TA_IDENT_REF = ITSRDF.taIdentRef
_TYPE, _LABEL, _ALT_LABEL, _NAME, _DERIVED, _IN_REPORT = (
    RDF.type, RDFS.label, SKOS.altLabel, SCHEMA.name, PROV.wasDerivedFrom, VNR.inReport)
_HELD_BY, _HOLDS = "org:heldBy", ORG.holds


@lru_cache(maxsize=65536)
def _index(n: int) -> Literal:
    """A character offset as a literal (``xsd:nonNegativeInteger``), made once per offset."""
    return Literal(n, datatype=XSD.nonNegativeInteger)


@lru_cache(maxsize=1 << 14)  # pure (a Lit is frozen); an rdflib literal costs 7–20 µs to make
def _literal(v: Lit) -> Literal:
    if v.lang:
        return Literal(v.value, lang=v.lang)
    if v.datatype:
        return Literal(v.value, datatype=term(v.datatype))
    return Literal(v.value)


class _Emitter:
    def __init__(self, doc: Document, links: Links, ds: Dataset) -> None:
        self.doc = doc
        self.links = links
        self.report = report_iri(doc.doc_id)
        self.g: Graph = ds.default_context
        self.text_graph: Graph = ds.graph(self.report)
        self.concepts_used: set[tuple[str, str]] = set()
        self._sentences: dict[int, URIRef] = {}
        self._strings = getattr(self.text_graph, "add_string", None)

    def sentence(self, index: int) -> URIRef:
        iri = self._sentences.get(index)
        if iri is None:
            s = self.doc.sentences[index]
            iri = self._sentences[index] = char_iri(self.report, s.start, s.end)
        return iri

    def ref(self, value: Ref) -> URIRef:
        kind = value.id.split(":", 1)[0]
        if kind == "fact":
            return self.fact_iri(value.id)
        if kind in ("title", "directive", "award", "concept"):
            self.concepts_used.add((kind, value.id.split(":", 1)[1]))
        return entity_iri(value.id)

    def fact_iri(self, fid: str) -> URIRef:
        _, cls, rest = fid.split(":", 2)
        local = rest if cls not in ("Speech", "PostHolding") else stable_id(rest)
        return DATA[f"{cls.lower()}/{self.doc.doc_id}/{local}"]

    # ------------------------------------------------------------ text layer
    def text_layer(self) -> None:
        g, r, doc = self.text_graph, self.report, self.doc
        g.add((r, RDF.type, VNR.Report))
        g.add((r, RDF.type, NIF.Context))
        g.add((r, NIF.isString, Literal(doc.text)))
        g.add((r, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((r, NIF.endIndex, Literal(len(doc.text), datatype=XSD.nonNegativeInteger)))
        g.add((r, DCTERMS.title, Literal(doc.title, lang="vi")))
        g.add((r, RDFS.label, Literal(doc.title, lang="vi")))
        g.add((r, DCTERMS.identifier, Literal(doc.doc_id)))
        g.add((r, DCTERMS.language, Literal("vi")))
        if doc.source:
            g.add((r, DCTERMS.source, Literal(doc.source)))
        if doc.date:
            g.add((r, SCHEMA.datePublished, Literal(doc.date, datatype=XSD.date)))
        paragraphs = [char_iri(r, para.start, para.end) for para in doc.paragraphs]  # each IRI made once
        for para, p in zip(doc.paragraphs, paragraphs, strict=True):
            g.add((p, _TYPE, NIF.Paragraph))
            self._string(g, p, para.start, para.end)
        for s in doc.sentences:
            node = self.sentence(s.index)
            g.add((node, _TYPE, _SENTENCE))
            self._string(g, node, s.start, s.end)
            g.add((node, _SUPER_STRING, paragraphs[s.paragraph]))
            if s.index + 1 < len(doc.sentences):
                g.add((node, _NEXT_SENTENCE, self.sentence(s.index + 1)))
        for m, eid in sorted(self.links.of.items(), key=lambda x: (x[0].start, x[0].end, x[1])):
            node = char_iri(r, m.start, m.end)
            g.add((node, _TYPE, _PHRASE))
            self._string(g, node, m.start, m.end)
            g.add((node, _IN_SENTENCE, self.sentence(m.sentence)))
            g.add((node, _TA_IDENT_REF, entity_iri(eid)))

    def _string(self, g: Graph, node: URIRef, start: int, end: int) -> None:
        if self._strings is not None:  # a sink that formats a string's four triples itself (kg.corpus.build)
            self._strings(node, self.report, start, end, self.doc.text[start:end])
            return
        g.add((node, _REFERENCE_CONTEXT, self.report))
        g.add((node, _BEGIN, _index(start)))
        g.add((node, _END, _index(end)))
        g.add((node, _ANCHOR_OF, Literal(self.doc.text[start:end])))

    # ------------------------------------------------------------ entities
    def entity(self, e: Entity) -> None:
        g = self.g
        node = entity_iri(e.id)
        if e.kind == "concept":
            self.concepts_used.add(("concept", e.key))
            return
        g.add((node, _TYPE, term(f"vnr:{e.cls}")))  # raises for a class the ontology does not declare
        label = e.label[:1].upper() + e.label[1:] if e.kind in ("event", "body") else e.label
        shown = post_shown(label) if e.kind == "post" else label
        g.add((node, _LABEL, label_literal(shown, "vi")))
        if shown != label:
            g.add((node, _ALT_LABEL, label_literal(label, "vi")))  # the post as written, its parenthetical kept
        if e.en:
            g.add((node, _LABEL, label_literal(e.en, "en")))
        if e.kind == "person":
            g.add((node, _NAME, label_literal(e.label, "vi")))
        if e.kind in ("person", "body", "place"):
            for form in sorted({m.text for m in e.mentions} - {e.label}):
                if len(form) > 2:
                    g.add((node, _ALT_LABEL, label_literal(form, "vi")))
        bare = unglossed(label) if e.kind == "event" else None
        if bare:
            g.add((node, _ALT_LABEL, label_literal(bare, "vi")))  # the name without its closing bracket
        for form in written_forms(e.mentions, label, bare) if e.kind == "event" else ():
            g.add((node, _ALT_LABEL, label_literal(form, "vi")))  # every complete name the article writes
        for form in sorted(set(filter(None, e.attrs.get("forms", "").split("\n"))) - {e.label, shown}):
            g.add((node, _ALT_LABEL, label_literal(form, "vi")))  # a post's form with a holder's term
        if e.part_of and e.part_of in self.links.entities:
            g.add((node, ORG.subOrganizationOf, entity_iri(e.part_of)))
        if e.kind == "body" and e.mentions:
            head = e.mentions[0].attr("head")
            if head:
                g.add((node, DCTERMS.type, concept_iri("body-kind", slug(head))))
                self.concepts_used.add(("body-kind", head))
        if e.kind == "post" and e.attrs.get("title"):
            g.add((node, VNR.postTitle, concept_iri("post-title", slug(e.attrs["title"]))))
            self.concepts_used.add(("title", e.attrs["title"]))
        for s in sorted({m.sentence for m in e.mentions}):
            g.add((node, _DERIVED, self.sentence(s)))
        g.add((node, _IN_REPORT, self.report))

    # ------------------------------------------------------------ facts
    def fact(self, f: Fact) -> None:
        g = self.g
        node = self.fact_iri(f.subject) if f.cls else entity_iri(f.subject)
        if f.cls:
            g.add((node, _TYPE, term(f"vnr:{f.cls}")))
            g.add((node, _IN_REPORT, self.report))
        for s in sorted(set(f.sentences)):
            g.add((node, _DERIVED, self.sentence(s)))
        for prop, value in f.props:
            obj = self.ref(value) if isinstance(value, Ref) else _literal(value)
            g.add((node, term(prop), obj))
            if prop == _HELD_BY:
                g.add((obj, _HOLDS, node))

    # ------------------------------------------------------------ concepts
    def concepts(self) -> None:
        add_concepts(self.g, self.concepts_used)


def emit(doc: Document, links: Links, facts: list[Fact], ds: Dataset | None = None) -> Dataset:
    """Write one document's entities, facts and text layer into ``ds`` (a new dataset when None)."""
    ds = ds if ds is not None else new_dataset()
    em = _Emitter(doc, links, ds)
    em.text_layer()
    for e in sorted(links.entities.values(), key=lambda e: e.id):
        em.entity(e)
    for f in facts:
        em.fact(f)
    em.concepts()
    return ds
