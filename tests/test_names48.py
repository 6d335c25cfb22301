"""Persons of round names48 (blind spots of the extractor): a committee's name that lists its fields with commas,
then "của" and the body above it, between a post title and a full name ("Chủ nhiệm Ủy ban Tài chính, Ngân sách của
Quốc hội Nguyễn Văn A") keeps the title before the name (``field_list_heads.tsv``). A comma before an apposition
still parts a title from a name, and a body's name after "của" is no person. A Khmer family name that is also a
listed thing's first word ("Danh", ``khmer_surnames.tsv``) and one syllable after an honorific are a person's name;
without the honorific the words stay a thing's. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_committee_listing_its_fields_with_commas_then_the_body_above_keeps_the_title():
    text = "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Lê Văn Mơ trình bày báo cáo thẩm tra."
    assert persons(text) == ["Lê Văn Mơ"]
    text = "Phó Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội Trịnh Khê An đánh giá: việc này tốt."
    assert persons(text) == ["Trịnh Khê An"]
    text = "Trưởng Ban Chỉ đạo phòng, chống tội phạm của Chính phủ Vũ Huy Mơ yêu cầu các bộ vào cuộc."
    assert persons(text) == ["Vũ Huy Mơ"]


def test_a_comma_before_an_apposition_and_a_body_after_cua_stay_as_they_were():
    assert persons("Công văn của Ủy ban Văn hóa, Giáo dục của Quốc hội Khê An đề nghị dừng dự án.") == []
    text = "Ông Lê Văn Mơ, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội, cho biết như vậy."
    assert persons(text) == ["Lê Văn Mơ"]


def test_a_khmer_family_name_and_one_syllable_after_an_honorific_is_a_person():
    assert persons("Ông Danh Mơ, Chủ tịch UBND xã Khê An, cho biết như vậy.") == ["Danh Mơ"]
    assert persons("Anh Danh Khê, người làm thuê cho một chủ vườn, kể lại.") == ["Danh Khê"]
    assert persons("Bà Danh Mơ (46 tuổi, ngụ ấp Khê An) cho biết.") == ["Danh Mơ"]


def test_a_khmer_family_name_without_an_honorific_stays_as_it_was():
    assert persons("Danh hiệu Anh hùng được trao cho xã Khê An.") == []
    assert persons("Công ty Danh Khê Mơ báo lãi lớn.") == []
