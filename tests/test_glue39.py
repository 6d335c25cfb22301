"""Round glue39: a sub-heading or caption run on into the next sentence with no punctuation is cut before a
capitalised sentence opener that opens a clause (kg/extract/segment_glue.py). Made-up names and places."""

from __future__ import annotations

from kg.extract.document import Document
from kg.extract.segment import segment
from kg.pipeline import process


def _sentences(body: str) -> list[str]:
    return [s.text for s in segment(Document("t", f"Tiêu đề\n\n{body}")).sentences][1:]


def _posts(body: str) -> list[str]:
    res = process("t", f"Tiêu đề\n\n{body}")
    return sorted(str(dict(f.props)["rdfs:label"].value) for f in res.facts if f.cls == "PostHolding")


def test_post_label_ends_before_a_glued_lead() -> None:
    body = "Tại buổi tiếp, ông Đào Văn Khải, Trưởng đoàn ĐBQH tỉnh Bắc Hòa Về vấn đề đất đai, ông Khải nói rõ ý kiến."
    assert _posts(body) == ["Đào Văn Khải — Trưởng đoàn ĐBQH tỉnh Bắc Hòa"]


def test_lead_after_a_lower_case_word_starts_a_sentence() -> None:
    assert _sentences("Sẽ sửa chữa, nâng cấp chợ Cũng tại buổi làm việc, bà Hà Thị Lan cho biết chợ cũ.") == [
        "Sẽ sửa chữa, nâng cấp chợ",
        "Cũng tại buổi làm việc, bà Hà Thị Lan cho biết chợ cũ.",
    ]


def test_time_word_before_a_date_after_a_place_starts_a_sentence() -> None:
    assert _sentences("Đoàn thăm trường ở Tân Khê Chiều 12/5, ông Đinh Văn Tôn đến thăm trường.") == [
        "Đoàn thăm trường ở Tân Khê",
        "Chiều 12/5, ông Đinh Văn Tôn đến thăm trường.",
    ]


def test_an_all_capitalised_caption_stays_with_the_next_sentence() -> None:
    body = "ĐBQH Hà Văn Khê Theo ông Khê, việc xử lý là chuyện khó."
    assert _sentences(body) == [body]
    assert _posts(body) == ["Hà Văn Khê — ĐBQH"]


def test_connective_after_a_lower_case_word_starts_a_sentence() -> None:
    assert _sentences("Nước ngập lối vào nhà Tuy nhiên khu ngập nước lại là nơi vui chơi.") == [
        "Nước ngập lối vào nhà",
        "Tuy nhiên khu ngập nước lại là nơi vui chơi.",
    ]


def test_name_runs_and_names_stay_whole() -> None:
    for body in (
        "Trường Sau đại học, Viện Nam Khê mở lớp.",
        "Hội nghị Về nguồn, tổ chức năm nay ở Tân Khê.",
        "Ông Lò Văn Kha, Ủy viên Ủy ban Về các vấn đề xã hội, nói rõ.",
        "Trao đổi với ông Sáng cho biết, việc này đúng.",
        "Ông ở thị xã Từ Sơn, tỉnh Bắc Hòa từ lâu.",
        "Hồ sơ theo quy định tại khoản 5 Điều này, được nộp ở xã.",
        "Cây trên tuyến đường Phạm Văn Đồng thời gian qua bị chặt.",
        "Lễ kỷ niệm 70 năm Ngày Thương binh liệt sĩ diễn ra ở Tân Khê.",
    ):
        assert _sentences(body) == [body], body


def test_clause_after_an_abbreviation_dot_starts_a_sentence() -> None:
    assert _sentences("Ông Lò Văn Kha làm việc với UBND TP. Về vấn đề đất đai, ông Kha nói rõ.") == [
        "Ông Lò Văn Kha làm việc với UBND TP.",
        "Về vấn đề đất đai, ông Kha nói rõ.",
    ]
    body = "Ông Kha về TP. Hồ Chí Minh làm việc."
    assert _sentences(body) == [body]


def test_a_two_word_lead_is_read_as_one() -> None:
    body = "Đoàn Ủy ban Công tác Đặc biệt Thủ đô Nam Khê đặt vòng hoa, dâng hương."
    assert _sentences(body) == [body]
    assert _sentences("Ảnh: Lò Văn Kha Đặc biệt, ông Kha đề nghị rõ.") == [
        "Ảnh: Lò Văn Kha",
        "Đặc biệt, ông Kha đề nghị rõ.",
    ]
