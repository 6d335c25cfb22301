"""Names without a title or honorific, round names42: a two-word name after a post whose body closes with its own
short form; a numbered village or commune is no person; a lower-case word glued to a family name splits; the name
after a photo's caption words ("Trong ảnh:") is the person shown, not a credit. Made-up examples (invented persons,
bodies and places)."""

from kg.extract.tokens import tokenize
from kg.pipeline import process


def _result(text: str):  # type: ignore[no-untyped-def]
    return process("t", "Tin tổng hợp\n\n" + text)


def _persons(text: str) -> list[str]:
    return sorted(e.label for e in _result(text).links.entities.values() if e.kind == "person")


def _holdings(text: str) -> list[str]:
    return sorted(str(v.value) for f in _result(text).facts if f.cls.endswith("PostHolding")
                  for p, v in f.props if p == "rdfs:label")


def test_a_two_word_name_after_a_body_closed_by_its_own_short_form_is_its_holder():
    text = "Giám đốc Xí nghiệp vận tải nhanh KVT Phạm Thơ cho biết số khách đã tăng."
    assert _persons(text) == ["Phạm Thơ"]
    assert _holdings(text) == ["Phạm Thơ — Giám đốc Xí nghiệp vận tải nhanh KVT"]
    assert _persons("Chủ tịch Hiệp hội VAXO Lê Khê cho biết hội nghị đã xong.") == ["Lê Khê"]


def test_a_firms_or_schools_type_in_capitals_keeps_the_name_after_it():
    assert _persons("Giám đốc Công ty TMDVX Hoàng Ngàn cho biết xe đã chạy.") == []
    assert _persons("Hiệu trưởng Trường THCS Đông Vạn cho biết học sinh đã nghỉ.") == []


def test_a_numbered_village_or_commune_is_no_person():
    text = "Mưa lớn làm hỏng nhà của các hộ ở các xã Pả Xeo 1, Thào Lử Xeo 2, Mã Pheo 3 và Nậm Xoong."
    assert _persons(text) == []
    assert _persons("Đoàn đã thăm Nguyễn Văn Khuê 35 tuổi và Lê Văn Chửng, 40 tuổi.") \
        == ["Lê Văn Chửng", "Nguyễn Văn Khuê"]


def test_a_lower_case_word_glued_to_a_family_name_splits():
    assert [t.text for t in tokenize("hành kháchTrần Minh")] == ["hành", "khách", "Trần", "Minh"]
    assert [t.text for t in tokenize("chiếc iPhone của VietNamNet")] == ["chiếc", "iPhone", "của", "VietNamNet"]
    assert _persons("Trên chuyến xe, hành kháchTrần Minh Khôi (Alpha) cho biết xe chạy đúng giờ.") \
        == ["Trần Minh Khôi"]



def test_a_name_after_the_caption_words_of_a_photo_is_the_person_shown():
    text = "Trong ảnh: Đinh Văn Khánh, Giám đốc Sở Xây dựng tỉnh Bắc Lâm, trao quà cho các hộ dân."
    assert _persons(text) == ["Đinh Văn Khánh"]
    assert _holdings(text) == ["Đinh Văn Khánh — Giám đốc Sở Xây dựng tỉnh Bắc Lâm"]
    assert _persons("Lễ trao quà diễn ra sáng nay. Ảnh: Đinh Văn Khánh") == []  # a photo credit stays none
