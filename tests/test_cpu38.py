"""Round cpu38: the cheaper paths of the build give what the general ones give (made-up text throughout)."""

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.corpus.build import _Lines
from kg.extract.event_tokens import Toks, classes
from kg.extract.normalise import canonical_tones, key, normalise_text
from kg.rdf.namespace import NIF
from kg.rdf.vocab import label_literal


def test_sink_formats_a_string_as_four_added_triples() -> None:
    node, ctx = URIRef("https://example.org/r#char=3,20"), URIRef("https://example.org/r")
    text = 'ông "Tạ Văn Bình"\\ nói\n'
    fast, slow = _Lines(), _Lines()
    fast.add_string(node, ctx, 3, 20, text)
    for p, o in ((NIF.referenceContext, ctx), (NIF.beginIndex, Literal(3, datatype=XSD.nonNegativeInteger)),
                 (NIF.endIndex, Literal(20, datatype=XSD.nonNegativeInteger)), (NIF.anchorOf, Literal(text))):
        slow.add((node, p, o))
    assert fast.lines == slow.lines
    assert any(ln.endswith('"ông \\"Tạ Văn Bình\\"\\\\ nói\\n"') for ln in fast.lines)


def test_label_literal_is_the_language_tagged_literal() -> None:
    lit = label_literal("Xã Đông Hòa", "vi")
    assert lit == Literal("Xã Đông Hòa", lang="vi") and lit is label_literal("Xã Đông Hòa", "vi")


def test_normalise_text_repairs_kept_behind_cheap_tests() -> None:
    assert normalise_text("Ông Lưu Văn KhaTrưởng phòng nói") == "Ông Lưu Văn Kha Trưởng phòng nói"
    assert normalise_text("dòng một\u2028dòng hai\rba") == "dòng một\ndòng hai\nba"
    assert normalise_text("bà Hà Thị Mơ -- Giám đốc  \nxã") == "bà Hà Thị Mơ - Giám đốc\nxã"
    assert normalise_text("ông Lò Văn Páo\u00a0\u3000nói") == "ông Lò Văn Páo nói"


def test_old_style_tones_at_the_start_and_after_q() -> None:
    assert canonical_tones("oà Hoá quý Quỳ uỷ") == "òa Hóa quý Quỳ ủy"
    assert key("Thanh  Hoá – Nghệ\tAn") == "thanh hóa - nghệ an"


def test_event_word_match_tries_only_lengths_of_the_class() -> None:
    one_word = next(c for c, forms in sorted(classes().items()) if forms and all(" " not in f for f in forms))
    form = sorted(classes()[one_word])[0]
    words = [form, "lớn", "của", "xã"]
    toks = Toks(" ".join(words), words, [], frozenset())
    assert toks.match(0, one_word) == 1 and toks.match(1, "no-such-class") == 0
