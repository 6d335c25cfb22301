"""Names the extractor cut short or made up, round 24: a full name whose last syllable is also a function word
("Tại", "Có") stays whole where the same document writes it elsewhere closed by punctuation. Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_full_name_vouched_elsewhere_keeps_its_function_word_syllable():
    text = ("Ông Phạm Quang Tại - Trưởng phòng Kế hoạch của Sở Y tế đã ký văn bản. "
            "Được biết, ông Phạm Quang Tại hiện là Chi ủy viên.")
    assert persons(text) == ["Phạm Quang Tại", "Phạm Quang Tại"]
    text = "Theo ông Đinh Hữu Có, Giám đốc Công ty Sao Mai, dự án chậm. Ông Đinh Hữu Có cho biết thêm như vậy."
    assert persons(text) == ["Đinh Hữu Có", "Đinh Hữu Có"]


def test_a_name_before_a_clause_opening_function_word_stays_cut():
    text = "Bí thư Tỉnh ủy Phạm Quang Tại hội nghị, ông nói rằng kế hoạch đã xong."
    assert persons(text) == ["Phạm Quang"]
    text = "Ông Phạm Quang dự họp. Bí thư Tỉnh ủy Phạm Quang Tại hội nghị đã phát biểu."
    assert persons(text) == ["Phạm Quang", "Phạm Quang"]


def test_a_name_written_twice_before_the_clause_is_no_vouching():
    text = ("Bí thư Tỉnh ủy Phạm Quang Tại hội nghị đã phát biểu. "
            "Ông Phạm Quang Tại buổi lễ cũng có mặt.")
    assert persons(text) == ["Phạm Quang", "Phạm Quang"]


def test_a_delegation_or_corps_after_doan_is_no_person():
    assert persons("Thủ tướng và Đoàn Đại biểu cấp cao Việt Nam đã rời thủ đô.") == []
    assert persons("Thủ tướng và Đoàn Cấp cao Việt Nam đã rời thủ đô.") == []
    assert persons("Luật sư Lâm Văn Khoa, Đoàn Luật sư tỉnh Bến Mai, cho hay như vậy.") == ["Lâm Văn Khoa"]
    assert persons("Đại tá Tạ Minh Lâm, Phó chính ủy Đoàn Kinh tế quốc phòng 123, cho biết.") == ["Tạ Minh Lâm"]


def test_a_two_word_name_with_doan_stays_a_person():
    assert persons("Ông Đoàn Khải phát biểu tại hội nghị.") == ["Đoàn Khải"]
    assert persons("Bà Đoàn Thị Minh Đại biểu dự họp.") == ["Đoàn Thị Minh"]


def test_a_place_with_its_last_syllable_doubled_names_no_person():
    text = "Ông Vũ Minh Khoa, Phó Chủ tịch UBND huyện Tân Lâm Lâm cho biết như vậy."
    assert persons(text) == ["Vũ Minh Khoa"]


def test_a_name_of_one_word_twice_after_a_lower_case_word_stays():
    assert persons("Người dùng mạng Lý Lý cho rằng như vậy.") == ["Lý Lý"]
