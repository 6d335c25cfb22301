"""Persons of round names50 (the last blind-spot draws): a capitalised "Ông" or "Bà" right after an all-capitals
word (a photo credit's name in capitals, an abbreviation) is still the honorific of the four-syllable name after it,
so a name with two family names ("Nguyễn Hồ B C") is kept whole rather than cut to its last three syllables and
dropped. A place's "Bà" after a capitalised word stays a place's. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_an_honorific_after_a_credit_in_capitals_anchors_a_four_syllable_name():
    text = ("Ông Lê Văn Khê, Giám đốc Công ty Khê An. Ảnh: HOÀNG MƠ Ông Nguyễn Hồ Khánh Vinh, Phó trưởng phòng "
            "Công chứng số 2. Ảnh: HOÀNG MƠ")
    assert persons(text) == ["Lê Văn Khê", "Nguyễn Hồ Khánh Vinh"]
    assert persons("Ảnh: TRẦN MƠ Bà Lê Trần Thị Khê cho biết dự án đã xong.") == ["Lê Trần Thị Khê"]
    assert persons("Cà phê sáng với DN Bà Phan Đỗ Thị Mơ cho biết mô hình rất hiệu quả.") == ["Phan Đỗ Thị Mơ"]


def test_a_place_word_after_a_capitalised_word_and_other_runs_stay_as_they_were():
    assert persons("Quận Hai Bà Trưng Văn Khê An mới mở thêm tuyến phố.") == []
    assert persons("Ông Nguyễn Hồ Khánh Vinh cho biết dự án đã xong.") == ["Nguyễn Hồ Khánh Vinh"]
    assert persons("Ảnh: HOÀNG MƠ Ông Lê Văn Khê cho biết dự án đã xong.") == ["Lê Văn Khê"]
