"""The ontology: labels and definitions, alignment to standard vocabularies, the closed namespace, queries."""

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS
from rdflib.plugins.sparql import prepareQuery

from kg.rdf.namespace import VNR

ROOT = Path(__file__).resolve().parents[1]
ONT = Graph().parse(ROOT / "ontology" / "vnr.ttl")
NS = str(VNR._NS)
STANDARD = ("http://www.w3.org/ns/org#", "http://schema.org/", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/",
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", "http://www.w3.org/2004/02/skos/core#")
CLASSES = sorted(s for s in ONT.subjects(RDF.type, OWL.Class) if str(s).startswith(NS))
PROPS = sorted(s for t in (OWL.ObjectProperty, OWL.DatatypeProperty) for s in ONT.subjects(RDF.type, t)
               if str(s).startswith(NS))


def test_ontology_terms_equal_the_closed_namespace():
    declared = {str(t)[len(NS):] for t in CLASSES + PROPS}
    assert declared == set(VNR.__annotations__)
    with pytest.raises(AttributeError):
        _ = VNR.Offical  # a typo raises instead of minting an IRI


@pytest.mark.parametrize("term", CLASSES + PROPS, ids=lambda t: str(t)[len(NS):])
def test_ontology_every_term_has_vi_en_labels_and_a_definition(term):
    langs = {lit.language for lit in ONT.objects(term, RDFS.label)}
    assert {"vi", "en"} <= langs
    assert ONT.value(term, RDFS.comment) is not None or ONT.value(term, SKOS.definition) is not None


def _standard_ancestor(term: URIRef, link: URIRef) -> bool:
    seen, todo = set(), [term]
    while todo:
        t = todo.pop()
        for sup in ONT.objects(t, link):
            if str(sup).startswith(STANDARD):
                return True
            if sup not in seen:
                seen.add(sup)
                todo.append(sup)
    return False


@pytest.mark.parametrize("cls", CLASSES, ids=lambda t: str(t)[len(NS):])
def test_ontology_every_class_aligns_to_a_standard_vocabulary(cls):
    assert _standard_ancestor(cls, RDFS.subClassOf)


def test_ontology_most_properties_align_to_a_standard_vocabulary():
    aligned = [p for p in PROPS if _standard_ancestor(p, RDFS.subPropertyOf)]
    assert len(aligned) / len(PROPS) >= 0.8, sorted(set(PROPS) - set(aligned))


def test_ontology_key_alignments():
    sub = lambda c: set(ONT.objects(VNR[c], RDFS.subClassOf))  # noqa: E731
    assert {URIRef("http://schema.org/Person"), URIRef("http://xmlns.com/foaf/0.1/Person")} <= sub("Official")
    assert URIRef("http://www.w3.org/ns/org#Organization") in sub("Body")
    assert URIRef("http://www.w3.org/ns/org#Post") in sub("Post")
    assert URIRef("http://schema.org/Event") in sub("Event")


@pytest.mark.parametrize("path", sorted((ROOT / "ontology" / "queries").glob("cq*.rq")), ids=lambda p: p.name)
def test_ontology_competency_question_files_parse_and_state_their_question(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# CQ{int(path.name[2:4])}: ")
    prepareQuery(text)


def test_ontology_vocabularies_file_is_generated_from_the_lexicon():
    from rdflib.compare import isomorphic

    from kg.rdf.vocab import vocabulary_graph

    on_disk = Graph().parse(ROOT / "ontology" / "vocabularies.ttl")
    assert isomorphic(on_disk, vocabulary_graph()), "run scripts/gen_vocabularies.py"
    schemes = set(on_disk.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) == 8
    for concept in on_disk.subjects(RDF.type, SKOS.Concept):
        assert {lit.language for lit in on_disk.objects(concept, SKOS.prefLabel)} >= {"vi"}
