"""RDF → networkx projection (kg.view.project) on a small graph built to the data contract.

``sample_dataset`` is shared with the other viewer tests (imported as ``test_view_project``).
"""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS

from kg.rdf.namespace import DATA, NIF, SCHEMA, VNR, new_dataset
from kg.view.ontology import project_ontology
from kg.view.project import project
from kg.view.select import find_nodes, fold, restrict
from kg.view.vocabulary import load_vocabulary

OFFICIALS = ("Lê Anh Xuân", "Trịnh Huy Triều")


def sample_dataset(title: str = "TP Thanh Hóa tổng kết công tác QP-AN", first_official: str = OFFICIALS[0]) -> Dataset:
    """A report graph shaped like `kg build` output: entities, a holding, an award, a task, sentences."""
    ds = new_dataset()
    report = DATA["report/sample"]
    s1 = f"Đồng chí {first_official}, Bí thư Thành ủy TP Thanh Hóa phát biểu tại hội nghị."
    s2 = f"Đồng chí {OFFICIALS[1]}, Chủ tịch UBND TP Thanh Hóa trao giấy khen cho 5 tập thể, 10 cá nhân."
    text = f"{title}\n\n{s1}\n\n{s2}"
    ctx = ds.graph(report)
    ctx.add((report, RDF.type, VNR.Report))
    ctx.add((report, RDF.type, NIF.Context))
    ctx.add((report, NIF.isString, Literal(text)))
    ctx.add((report, DCTERMS.title, Literal(title, lang="vi")))
    sentences = []
    for sentence in (s1, s2):
        begin = text.index(sentence)
        iri = URIRef(f"{report}#char={begin},{begin + len(sentence)}")
        ctx.add((iri, RDF.type, NIF.Sentence))
        ctx.add((iri, NIF.beginIndex, Literal(begin, datatype=rns.XSD.nonNegativeInteger)))
        ctx.add((iri, NIF.endIndex, Literal(begin + len(sentence), datatype=rns.XSD.nonNegativeInteger)))
        ctx.add((iri, NIF.anchorOf, Literal(sentence)))
        ctx.add((iri, NIF.referenceContext, report))
        sentences.append(iri)
    mention = URIRef(f"{report}#char={text.index(first_official)},{text.index(first_official) + len(first_official)}")
    ctx.add((mention, RDF.type, NIF.Phrase))
    ctx.add((mention, NIF.anchorOf, Literal(first_official)))

    g = ds.default_graph
    xuan, trieu = DATA["official/le-anh-xuan"], DATA["official/trinh-huy-trieu"]
    ctx.add((mention, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), xuan))
    ctx.add((mention, NIF.sentence, sentences[0]))
    thanh_uy, ubnd = DATA["body/thanh-uy-tp-thanh-hoa"], DATA["body/ubnd-tp-thanh-hoa"]
    bi_thu, chu_tich = DATA["post/bi-thu-thanh-uy"], DATA["post/chu-tich-ubnd"]
    meeting, award, kind = DATA["event/hoi-nghi-2020"], DATA["award/1"], DATA["concept/giay-khen"]
    holding = DATA["holding/1"]
    at = text.index("giấy khen")
    kind_mention = URIRef(f"{report}#char={at},{at + len('giấy khen')}")
    ctx.add((kind_mention, RDF.type, NIF.Phrase))
    ctx.add((kind_mention, NIF.anchorOf, Literal("giấy khen")))
    ctx.add((kind_mention, NIF.sentence, sentences[1]))
    ctx.add((kind_mention, URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"), kind))
    triples = [
        (xuan, RDF.type, VNR.Official),
        (xuan, RDFS.label, Literal(first_official, lang="vi")),
        (trieu, RDF.type, VNR.Official),
        (trieu, RDFS.label, Literal(OFFICIALS[1], lang="vi")),
        (thanh_uy, RDF.type, VNR.PartyCommittee),
        (thanh_uy, RDF.type, VNR.Body),
        (thanh_uy, RDFS.label, Literal("Thành ủy TP Thanh Hóa", lang="vi")),
        (thanh_uy, RDFS.label, Literal("Thanh Hoa City Party Committee", lang="en")),
        (ubnd, RDF.type, VNR.PeoplesCommittee),
        (ubnd, RDFS.label, Literal("UBND TP Thanh Hóa", lang="vi")),
        (bi_thu, RDF.type, VNR.Post),
        (bi_thu, RDFS.label, Literal("Bí thư Thành ủy TP Thanh Hóa", lang="vi")),
        (bi_thu, ORG.postIn, thanh_uy),
        (bi_thu, ORG.heldBy, xuan),
        (xuan, ORG.holds, bi_thu),
        (chu_tich, RDF.type, VNR.Post),
        (chu_tich, RDFS.label, Literal("Chủ tịch UBND TP Thanh Hóa", lang="vi")),
        (chu_tich, ORG.postIn, ubnd),
        (holding, RDF.type, VNR.PostHolding),
        (holding, ORG.member, trieu),
        (holding, ORG.organization, ubnd),
        (holding, VNR.post, chu_tich),
        (holding, VNR.attestedOn, Literal("2020-12-11", datatype=rns.XSD.date)),
        (holding, PROV.wasDerivedFrom, sentences[1]),
        (meeting, RDF.type, VNR.Meeting),
        (meeting, RDFS.label, Literal("Hội nghị tổng kết công tác QPAN năm 2020", lang="vi")),
        (meeting, SCHEMA.startDate, Literal("2020-12-11", datatype=rns.XSD.date)),
        (meeting, VNR.reviewsYear, Literal("2020", datatype=rns.XSD.gYear)),
        (meeting, SCHEMA.organizer, thanh_uy),
        (kind, RDF.type, SKOS.Concept),
        (kind, SKOS.prefLabel, Literal("Giấy khen", lang="vi")),
        (kind, SKOS.prefLabel, Literal("Certificate of merit", lang="en")),
        (kind, SKOS.inScheme, DATA["scheme/award-kinds"]),
        (DATA["scheme/award-kinds"], RDF.type, SKOS.ConceptScheme),
        (award, RDF.type, VNR.AwardConferral),
        (award, VNR.conferredBy, trieu),
        (award, VNR.awardKind, kind),
        (award, VNR.atEvent, meeting),
        (award, VNR.collectiveCount, Literal(5)),
        (award, VNR.individualCount, Literal(10)),
        (award, PROV.wasDerivedFrom, sentences[1]),
        (xuan, PROV.wasDerivedFrom, sentences[0]),
        (trieu, PROV.wasDerivedFrom, sentences[1]),
    ]
    for t in triples:
        g.add(t)
        g.add((t[0], VNR.inReport, report))
    return ds


def test_entities_become_nodes_with_class_labels_and_sources() -> None:
    g = project(sample_dataset())
    classes = {g.nodes[n]["label_vi"]: g.nodes[n]["cls"] for n in g.nodes}
    assert classes == {
        "Lê Anh Xuân": "Official",
        "Trịnh Huy Triều": "Official",
        "Thành ủy TP Thanh Hóa": "PartyCommittee",
        "UBND TP Thanh Hóa": "PeoplesCommittee",
        "Bí thư Thành ủy TP Thanh Hóa": "Post",
        "Chủ tịch UBND TP Thanh Hóa": "Post",
        "Hội nghị tổng kết công tác QPAN năm 2020": "Meeting",
        "Giấy khen": "Concept",
        "Trao khen thưởng: Giấy khen": "AwardConferral",
    }
    xuan = g.nodes[str(DATA["official/le-anh-xuan"])]
    assert [s["text"] for s in xuan["sources"]] == [
        "Đồng chí Lê Anh Xuân, Bí thư Thành ủy TP Thanh Hóa phát biểu tại hội nghị."
    ]
    begin = xuan["sources"][0]["begin"]
    assert isinstance(begin, int) and begin > 0
    assert g.nodes[str(DATA["body/thanh-uy-tp-thanh-hoa"])]["label_en"] == "Thanh Hoa City Party Committee"


def test_concepts_without_derivation_are_sourced_by_their_mentions() -> None:
    g = project(sample_dataset())
    kind = g.nodes[str(DATA["concept/giay-khen"])]
    assert [s["text"] for s in kind["sources"]] == [
        "Đồng chí Trịnh Huy Triều, Chủ tịch UBND TP Thanh Hóa trao giấy khen cho 5 tập thể, 10 cá nhân."
    ]
    xuan = g.nodes[str(DATA["official/le-anh-xuan"])]
    assert len(xuan["sources"]) == 1  # prov:wasDerivedFrom wins; mentions only fill a gap


def test_literals_are_attributes_not_nodes() -> None:
    g = project(sample_dataset())
    award = g.nodes[str(DATA["award/1"])]
    values = {(a["label_en"], a["value"]) for a in award["attributes"]}
    assert {("collective count", "5"), ("individual count", "10")} <= values
    meeting = g.nodes[str(DATA["event/hoi-nghi-2020"])]
    assert [a["value"] for a in meeting["attributes"]][:2] == ["2020-12-11", "2020"]
    assert all(not n.startswith("2020") for n in g.nodes)


def test_relations_are_labelled_edges_without_inverse_duplicates() -> None:
    g = project(sample_dataset())
    xuan, bi_thu = str(DATA["official/le-anh-xuan"]), str(DATA["post/bi-thu-thanh-uy"])
    assert set(g[xuan][bi_thu]) == {"org:holds"}
    assert not g.has_edge(bi_thu, xuan)
    edge = g.edges[xuan, bi_thu, "org:holds"]
    assert (edge["label_vi"], edge["label_en"]) == ("giữ chức vụ", "holds")
    award = str(DATA["award/1"])
    assert g.edges[award, str(DATA["concept/giay-khen"]), "vnr:awardKind"]["label_vi"] == "hình thức khen thưởng"
    assert g.number_of_edges() == 8


def test_post_holding_is_an_edge_by_default_and_a_node_on_request() -> None:
    trieu, post = str(DATA["official/trinh-huy-trieu"]), str(DATA["post/chu-tich-ubnd"])
    g = project(sample_dataset())
    assert str(DATA["holding/1"]) not in g
    edge = g.edges[trieu, post, "org:holds"]
    assert [a["value"] for a in edge["attributes"]] == ["2020-12-11"]
    assert "Chủ tịch UBND" in edge["sources"][0]["text"]
    full = project(sample_dataset(), holdings=True)
    assert full.nodes[str(DATA["holding/1"])]["cls"] == "PostHolding"
    assert full.has_edge(str(DATA["holding/1"]), trieu, "org:member")


def test_provenance_stays_out_unless_asked() -> None:
    ds = sample_dataset()
    default = project(ds)
    assert {c for _, c in default.nodes(data="cls")}.isdisjoint({"Sentence", "Phrase", "Report"})
    full = project(ds, provenance=True)
    kinds = {c for _, c in full.nodes(data="cls")}
    assert {"Sentence", "Phrase", "Report"} <= kinds
    assert full.number_of_nodes() == default.number_of_nodes() + 5  # report, 2 sentences, 2 mentions
    report = str(DATA["report/sample"])
    assert full.nodes[report]["label_vi"] == "TP Thanh Hóa tổng kết công tác QP-AN"


def test_every_label_is_readable_never_an_iri() -> None:
    g = project(sample_dataset(), provenance=True, holdings=True)
    for n, data in g.nodes(data=True):
        for code in ("vi", "en"):
            assert data[f"label_{code}"] and "://" not in data[f"label_{code}"], n


def test_vocabulary_reads_the_ontology_and_falls_back_to_local_names() -> None:
    vocab = load_vocabulary()
    assert vocab.label(str(VNR.conferredBy), "vi") == "người trao"
    assert vocab.label(str(VNR.conferredBy), "en") == "conferred by"
    assert vocab.label("http://example.org/ns#hasSomeThing", "vi") == "has some thing"


def test_every_term_the_viewer_names_is_labelled_in_both_languages_by_the_ontology() -> None:
    # The viewer keeps no label table of its own: vnr.ttl labels the standard terms it draws, too.
    from kg.view import vocabulary as v

    vocab = load_vocabulary()
    terms = {*v.CLASS_ORDER, *v.ATTRIBUTE_ORDER, *v.INVERSES.values(), *v.NAMING_PROPS}  # what nodes and edges show
    unlabelled = sorted(str(t) for t in terms if set(vocab.labels.get(str(t), {})) < {"vi", "en"})
    assert len(terms) > 25 and unlabelled == []
    assert vocab.label(str(SKOS.broader), "vi") == "thuộc nhóm"


def test_projection_is_deterministic() -> None:
    a, b = project(sample_dataset()), project(sample_dataset())
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_find_and_restrict_ego_network_and_classes() -> None:
    g = project(sample_dataset())
    assert fold("Lê Anh Xuân") == "le anh xuan"
    assert find_nodes(g, "le anh xuan") == [str(DATA["official/le-anh-xuan"])]
    assert find_nodes(g, "TP Thanh Hóa") == sorted(
        str(DATA[x])
        for x in (
            "body/thanh-uy-tp-thanh-hoa",
            "body/ubnd-tp-thanh-hoa",
            "post/bi-thu-thanh-uy",
            "post/chu-tich-ubnd",
        )
    )
    ego = restrict(g, focus=[str(DATA["official/le-anh-xuan"])], depth=1)
    assert sorted(ego.nodes) == sorted([str(DATA["official/le-anh-xuan"]), str(DATA["post/bi-thu-thanh-uy"])])
    assert restrict(g, focus=[str(DATA["official/le-anh-xuan"])], depth=2).number_of_nodes() == 3
    bodies = restrict(g, classes=["Body"])
    assert sorted(c for _, c in bodies.nodes(data="cls")) == ["PartyCommittee", "PeoplesCommittee"]


def test_ontology_view_has_classes_properties_and_alignments() -> None:
    g = project_ontology()
    official = str(VNR.Official)
    assert g.nodes[official]["cls"] == "OntologyClass"
    targets = {v for _, v, k in g.out_edges(official, keys=True) if k == "rdfs:subClassOf"}
    assert {"http://schema.org/Person", "http://xmlns.com/foaf/0.1/Person"} <= targets
    assert g.nodes["http://schema.org/Person"]["cls"] == "ExternalClass"
    assert g.nodes[str(VNR.collectiveCount)]["cls"] == "DatatypeProperty"
    assert g.has_edge(str(VNR.conferredBy), "http://www.w3.org/ns/prov#wasAssociatedWith", "rdfs:subPropertyOf")
