from kg.extract.document import Document
from kg.extract.normalise import normalise_text
from kg.extract.segment import segment


def _doc(text: str) -> Document:
    return segment(Document("t", normalise_text(text)))


def test_segment_title_paragraphs_and_sentence_offsets():
    doc = _doc("Tiêu đề báo cáo\n\nCâu một có TP. Hà Nội. Câu hai 1.000 người! Câu ba?\nĐoạn hai.")
    assert doc.title == "Tiêu đề báo cáo"
    assert [s.text for s in doc.sentences] == [
        "Tiêu đề báo cáo", "Câu một có TP. Hà Nội.", "Câu hai 1.000 người!", "Câu ba?", "Đoạn hai."]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 1, 2]


def test_segment_does_not_split_before_lower_case():
    doc = _doc("T\n\nÔng A. nói tiếp. Hết.")
    assert [s.text for s in doc.sentences][1:] == ["Ông A. nói tiếp.", "Hết."]
