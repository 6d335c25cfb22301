"""Round posts46: a post node is labelled without a trailing parenthetical (a short form or the city of a district,
which the annotation drops); the phrase as written stays one of the node's names (skos:altLabel)."""
from helpers import run
from rdflib.namespace import RDFS, SKOS

from kg.extract.post_shown import shown
from kg.rdf.emit import emit, entity_iri


def _post_names(text: str) -> list[tuple[set[str], set[str]]]:
    res = run(text)
    ds = emit(res.doc, res.links, res.facts)
    out = []
    for e in res.links.entities.values():
        if e.kind == "post":
            node = entity_iri(e.id)
            labels = {str(o) for o in ds.objects(node, RDFS.label) if getattr(o, "language", None) == "vi"}
            out.append((labels, {str(o) for o in ds.objects(node, SKOS.altLabel)}))
    return out


def test_a_post_node_is_labelled_without_the_city_in_parentheses_after_its_district():
    names = _post_names("T\n\nÔng Nguyễn Văn An, Phó Chủ tịch UBND Q.5 (TP.HCM), phát biểu tại buổi họp.")
    assert names == [({"Phó Chủ tịch UBND Q.5"}, {"Phó Chủ tịch UBND Q.5 (TP.HCM)"})]


def test_a_post_node_is_labelled_without_the_short_form_of_its_body():
    names = _post_names("T\n\nÔng Nguyễn Văn An, Giám đốc Sở Nông nghiệp và Phát triển nông thôn (NN-PTNT), cho biết.")
    assert [n[0] for n in names] == [{"Giám đốc Sở Nông nghiệp và Phát triển nông thôn"}]


def test_a_form_without_the_parenthetical_is_the_label_and_no_alt_label_too():
    names = _post_names("T\n\nÔng Nguyễn Văn An, Tổng Giám đốc Công ty Cổ phần Alpha (ABC), cho biết. Tổng Giám đốc "
                        "Công ty Cổ phần Alpha Nguyễn Văn An nói thêm.")
    assert names == [({"Tổng Giám đốc Công ty Cổ phần Alpha"}, {"Tổng Giám đốc Công ty Cổ phần Alpha (ABC)"})], names


def test_a_parenthetical_inside_a_post_or_after_a_lone_word_stays():
    assert shown("Giám đốc Sở X (ABC) tỉnh Bắc Sơn") == "Giám đốc Sở X (ABC) tỉnh Bắc Sơn"
    assert shown("Chủ (ABC)") == "Chủ (ABC)"
