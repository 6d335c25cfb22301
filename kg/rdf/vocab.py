"""Controlled vocabularies as SKOS concept schemes, built from the lexicon files.

Schemes: fields of work, security areas, sectors, model statuses (``fields.tsv``), post titles (``posts.tsv``),
directive verbs (``directives.tsv``), award kinds (``awards.tsv``) and body kinds (``bodies.tsv``); every concept
has a ``@vi`` and (from the lexicon) an ``@en`` preferred label. ``ontology/vocabularies.ttl`` is generated from
:func:`vocabulary_graph` by ``scripts/gen_vocabularies.py``; a build adds the concepts it uses to its graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, SKOS

from kg.extract import lexicon
from kg.extract.normalise import key, slug
from kg.rdf.namespace import DATA, new_graph

SCHEMES: dict[str, tuple[str, str]] = {
    "field": ("Lĩnh vực công tác", "Fields of work"),
    "security-area": ("Lĩnh vực an ninh", "Security areas"),
    "sector": ("Khối, địa bàn", "Sectors and areas"),
    "status": ("Trạng thái", "Statuses"),
    "post-title": ("Chức danh", "Post titles"),
    "award-kind": ("Hình thức khen thưởng", "Award kinds"),
    "directive": ("Động từ chỉ đạo", "Directive verbs"),
    "body-kind": ("Loại cơ quan, tổ chức", "Body kinds"),
}
_KIND_SCHEME = {"title": "post-title", "directive": "directive", "award": "award-kind", "body-kind": "body-kind"}
_KIND_TABLE = {"title": "posts", "directive": "directives", "award": "awards", "body-kind": "bodies"}


@lru_cache(maxsize=64)  # pure, as is concept_iri: a build asks for the same few again and again
def scheme_iri(scheme: str) -> URIRef:
    return DATA[f"scheme/{scheme}"]


@lru_cache(maxsize=1 << 14)
def concept_iri(scheme: str, local: str) -> URIRef:
    return DATA[f"concept/{scheme}/{local}"]


@lru_cache(maxsize=1 << 14)  # pure; every article describes the concepts it uses
def describe(kind: str, k: str) -> tuple[str, str, str, str]:
    """(scheme, local name, vi label, en label) of a concept reference ``(kind, key)``.

    ``kind`` is ``concept`` (``scheme/slug`` of fields.tsv) or one of title, directive, award, body-kind.
    """
    if kind == "concept":
        scheme, _, local = k.partition("/")
        c = next(c for c in lexicon.concepts() if c.scheme == scheme and c.slug == local)
        return scheme, local, c.vi, c.en
    entry = lexicon.by_key(_KIND_TABLE[kind]).get(key(k))
    if entry is None and kind == "title" and key(k).startswith("phó "):
        base = lexicon.by_key("posts").get(key(k)[4:])
        vi, en = ("Phó " + base.vi, "Deputy " + base.en) if base else (k, "")
    elif entry is None:
        vi, en = k, ""
    elif kind == "body-kind":
        vi, en = entry.vi, entry.extra[0] if entry.extra else ""
    else:
        vi, en = entry.vi, entry.en
    return _KIND_SCHEME[kind], slug(k), vi, en


@lru_cache(maxsize=65536)
def label_literal(text: str, lang: str) -> Literal:
    """``Literal(text, lang=lang)``, made once per text and language (a build asks for the same labels again)."""
    return Literal(text, lang=lang)


# looked up once (a namespace attribute builds a new IRI object on each access)
_TYPE, _CONCEPT, _ROLE, _SCHEME = RDF.type, SKOS.Concept, ORG.Role, SKOS.ConceptScheme
_PREF, _ALT, _IN_SCHEME = SKOS.prefLabel, SKOS.altLabel, SKOS.inScheme


def add_concepts(g: Graph, refs: Iterable[tuple[str, str]]) -> Graph:
    """Add the concepts ``refs`` (kind, key) and their schemes to ``g``."""
    schemes: set[str] = set()
    prefs: dict[tuple[URIRef, str], str] = {}  # the preferred label of each concept and language (g may be a sink)
    for kind, k in sorted(set(refs)):
        scheme, local, vi, en = describe(kind, k)
        node = concept_iri(scheme, local)
        g.add((node, _TYPE, _CONCEPT))
        for label, lang in ((vi, "vi"), (en, "en")):  # a spelling variant of one concept ("Cup", "Cúp"): altLabel
            if label:
                pref = prefs.setdefault((node, lang), label)
                g.add((node, _PREF if label == pref else _ALT, label_literal(label, lang)))
        g.add((node, _IN_SCHEME, scheme_iri(scheme)))
        if kind == "title":
            g.add((node, _TYPE, _ROLE))
        schemes.add(scheme)
    for scheme in sorted(schemes):
        node = scheme_iri(scheme)
        vi_label, en_label = SCHEMES[scheme]
        g.add((node, _TYPE, _SCHEME))
        g.add((node, _PREF, label_literal(vi_label, "vi")))
        g.add((node, _PREF, label_literal(en_label, "en")))
    return g


def all_refs() -> list[tuple[str, str]]:
    """Every concept the lexicon defines."""
    refs = [("concept", f"{c.scheme}/{c.slug}") for c in lexicon.concepts()]
    refs += [("title", e.vi) for e in lexicon.entries("posts")]
    refs += [("directive", e.vi) for e in lexicon.entries("directives")]
    refs += [("award", e.vi) for e in lexicon.entries("awards")]
    refs += [("body-kind", e.vi) for e in lexicon.entries("bodies")]
    return refs


def vocabulary_graph() -> Graph:
    """All concept schemes of the lexicon as one graph."""
    return add_concepts(new_graph(), all_refs())
