"""Names the extractor cut, swallowed or made up, round 25: a Chinese official's name whose family name is no
Vietnamese one (anchored by a title, an honorific or a person noun), a two-syllable name after a person noun of
work ("ngư dân"), and the nouns that read as names: a lake whose name opens with a place word, a level's committee
before its unit's name, a newspaper's three-word name, a title's head after a list's name (a typo), a level word
that opens the next clause. Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_chinese_family_name_after_a_title_or_honorific():
    assert persons("Chủ tịch Tập Văn Lâm phát biểu tại diễn đàn.") == ["Tập Văn Lâm"]
    assert persons("Đoàn do đồng chí Du Hải Minh dẫn đầu đã tới Hà Nội.") == ["Du Hải Minh"]
    assert persons("Luật sư Ngụy Quang Thắng cho biết vụ án đã xong.") == ["Ngụy Quang Thắng"]
    text = "Bí thư Khu ủy Khu tự trị Quảng Tây Bành Hữu Lâm đang có chuyến thăm."
    assert persons(text) == ["Bành Hữu Lâm"]


def test_a_chinese_family_name_needs_an_anchor_and_a_name_shape():
    assert persons("Công ty cổ phần Du Lịch Sao Mai đã bán cổ phần.") == []
    assert persons("Tổng giám đốc Tập Đoàn Khoa Học Sao Mai đã tới.") == []
    assert persons("Vì sao Tập Văn Lâm lại thắng?") == []
    assert persons("Chủ tịch UBND tỉnh Bạc Liêu Dương Văn Tài cho biết.") == ["Dương Văn Tài"]


def test_a_two_syllable_name_after_a_person_noun_of_work():
    assert persons("Tàu cá của ngư dân Võ Khải (ngụ huyện An Lạc) bị hỏng.") == ["Võ Khải"]
    assert persons("Nông dân Lê Sang đã bán hết lúa.") == ["Lê Sang"]
    assert persons("Tàu cá của ngư dân Bình Định bị hỏng.") == []
    assert persons("Tàu cá của ngư dân Hà Tĩnh bị hỏng.") == []


def test_a_lake_whose_name_opens_with_a_place_word():
    assert persons("Hồ Núi Mây là điểm du lịch nổi tiếng của tỉnh.") == []
    assert persons("Hồ Sông Xanh có nhiệm vụ cấp nước cho sản xuất.") == []
    assert persons("Hồ Đình Lâm là kỹ sư giỏi của nhà máy.") == ["Hồ Đình Lâm"]
    assert persons("Ông Hồ Trường Sơn cho biết như vậy.") == ["Hồ Trường Sơn"]


def test_a_levels_committee_before_its_units_name():
    assert persons("Đoàn làm việc với Ban Thường vụ Huyện ủy Trần Văn Lộc, tỉnh An Mai.") == []
    assert persons("Bí thư Huyện ủy Nguyễn Văn Hùng phát biểu.") == ["Nguyễn Văn Hùng"]
    assert persons("Đảng ủy Lê Văn Sỹ đã họp.") == []


def test_one_capitalised_word_glued_to_a_two_syllable_name_after_a_title():
    text = "Ông Hồng Văn Quang, Tổng biên tập báo Đại Đoàn Sáng, dự họp."
    assert persons(text) == ["Hồng Văn Quang"]
    assert persons("Đại sứ Việt Nam tại Belarus Lê Ánh cùng lãnh đạo dự lễ.") == ["Lê Ánh"]
    assert persons("Thủ tướng Lào Thongsing Vilay đã tới.") == ["Thongsing Vilay"]


def test_a_titles_head_glued_to_a_listed_names_last_word():
    text = "Đồng chí Ngô Thị Thanh Mai, Phí Bí thư Thường trực Thành ủy phát biểu."
    assert persons(text) == ["Ngô Thị Thanh Mai"]
    assert persons("Ông Nguyễn Văn Hà, Lê Khoa và Trần Hùng dự họp.") == ["Nguyễn Văn Hà", "Lê Khoa", "Trần Hùng"]


def test_a_level_word_that_opens_the_next_clause():
    assert persons("Khu công viên sinh thái Hoàng Minh Tỉnh đã huy động được 3 tỷ đồng.") == []
    assert persons("Ông Lê Quang Tỉnh đã ký quyết định.") == ["Lê Quang Tỉnh"]


def test_a_function_word_last_syllable_before_a_bracketed_place():
    assert persons("Còn ĐB Hoàng Huy Được (Bến Mai) cho rằng đề án tốt.") == ["Hoàng Huy Được"]
    assert persons("Bí thư Nguyễn Văn Lâm Trong (ảnh) phát biểu.") == ["Nguyễn Văn Lâm"]


def test_a_family_name_typed_twice():
    assert persons("Ông Bùi Bùi Xuân Lộc phát biểu tại hội nghị.") == ["Bùi Xuân Lộc"]
    assert persons("Ông Lê Lê Thị Thanh Hà phát biểu tại hội nghị.") == ["Lê Thị Thanh Hà"]
    assert persons("Xã Hà Hà Nam Sơn có 3 thôn.") == []
