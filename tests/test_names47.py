"""Persons of round names47 (blind spots of the extractor): a full name after the lower-case word for a case ("vụ
Nguyễn Văn A", or "Vụ" opening the sentence) is a person's, not a department's name (``case_words.tsv``); a
capitalised form of address inside a sentence (a caption run into the next sentence) opens a person's full name even
a few words after a street noun. Streets, communes and departments stay no persons. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_full_name_after_the_word_for_a_case_is_a_person():
    assert persons("Đó là bài học từ vụ Trịnh Xuân Mơ và nhiều vụ án khác.") == ["Trịnh Xuân Mơ"]
    assert persons("Như vụ Lê Văn Khê, Vũ Huy Mơ, nhiều người đã bị xử lý.") == ["Lê Văn Khê", "Vũ Huy Mơ"]
    assert persons("Tòa đã xử phúc thẩm vụ Nguyễn Thị Mơ (ngụ xã Khê An) về tội lạm dụng.") == ["Nguyễn Thị Mơ"]


def test_a_case_word_opening_the_sentence_then_a_full_name_is_a_person():
    assert persons("Vụ Phạm Công Mơ đã đưa ra xét xử.") == ["Phạm Công Mơ"]


def test_a_case_of_a_place_and_a_department_stay_no_persons():
    assert persons("Thành phố công bố kết luận thanh tra vụ Đồng Khê vào tháng 7.") == []
    assert persons("Vụ Hợp tác quốc tế đã họp với các sở.") == []
    assert persons("Ông Lê Văn Mơ, Vụ trưởng Vụ Hợp tác quốc tế, cho biết.") == ["Lê Văn Mơ"]


def test_a_run_in_capitalised_address_after_a_street_noun_opens_a_person():
    text = ("Đường lên đỉnh dài 6 km qua hàng nghìn bậc đá len lỏi dọc đường rừng Ông Lê Tiến Mơ, Ban Quản lý "
            "rừng Khê An, cho biết: Lễ hội kéo dài ba tháng.")
    assert persons(text) == ["Lê Tiến Mơ"]
    text = "Xe chở sắt trên đường Đê La Khê Chị Lê Thị Mơ (quận Khê An) cho biết: Tôi đi làm qua đây."
    assert persons(text) == ["Lê Thị Mơ"]


def test_streets_named_with_an_honorific_stay_streets():
    assert persons("Nhà hàng trên đường Ông Ích Khê bị phạt.") == []
    assert persons("Các tuyến đường gồm: Ông Ích Khê, Nguyễn Văn Mơ được mở rộng.") == []
