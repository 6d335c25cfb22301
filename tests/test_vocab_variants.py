"""Two lexicon rows of one concept (a spelling variant) give it one preferred label per language, the rest
alternative."""

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from kg.rdf.vocab import add_concepts, concept_iri, describe


def test_a_spelling_variant_of_an_award_kind_is_an_alternative_label():
    g = add_concepts(Graph(), [("award", "Cúp"), ("award", "Cup")])
    scheme, local, _, _ = describe("award", "Cup")
    node = concept_iri(scheme, local)
    for lang in ("vi", "en"):
        assert len([o for o in g.objects(node, SKOS.prefLabel) if o.language == lang]) == 1
    labels = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p) if o.language == "vi"}
    assert labels == {"Cúp", "Cup"}
    assert not set(g.objects(node, SKOS.prefLabel)) & set(g.objects(node, SKOS.altLabel))
    assert Literal("Cup", lang="vi") in set(g.objects(node, SKOS.altLabel)) | set(g.objects(node, SKOS.prefLabel))
