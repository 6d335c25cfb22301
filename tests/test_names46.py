"""Persons of round names46 (the genre's neighbours): a name that ends a memorial's or a landmark's proper name
after a title ("Lăng Chủ tịch X", "Nhà tưởng niệm Đại tướng X", "Khu lưu niệm cố Thủ tướng X") is no mention of a
person. Made-up names and places only."""

from helpers import mentions, run


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def labels(text: str) -> list[str]:
    return sorted({e.label for e in run("Tiêu đề\n\n" + text).links.entities.values() if e.kind == "person"})


def test_a_name_that_ends_a_memorials_name_is_no_person():
    assert persons("Đoàn đến viếng Lăng Chủ tịch Nguyễn Văn Mơ.") == []
    assert persons("Khu vực gồm: Lăng Chủ tịch Nguyễn Văn Mơ; Bảo tàng Nguyễn Văn Mơ; Quảng trường Mơ Khê.") == []
    assert persons("Đoàn đến Nhà tưởng niệm Đại tướng Nguyễn Văn Mơ tại xã Mơ Khê.") == []
    assert persons("Đoàn thăm Khu lưu niệm cố Thủ tướng Chính phủ Nguyễn Văn Mơ ở huyện Mơ Khê.") == []
    assert persons("Đoàn dâng hương tại nhà tưởng niệm đồng chí Nguyễn Văn Mơ, thôn Mơ Khê.") == []


def test_the_person_a_memorial_is_named_after_stays_where_named_apart():
    assert labels("Đoàn dâng hương Chủ tịch Nguyễn Văn Mơ tại Khu lưu niệm Chủ tịch Nguyễn Văn Mơ.") == [
        "Nguyễn Văn Mơ"]
    assert persons("Bác Hồ đã về thăm xã Mơ Khê.") == ["Bác Hồ"]
    assert persons("Đoàn thăm khu nhà lưu niệm Bác Hồ tại tỉnh Mơ Khê.") == ["Bác Hồ"]  # an epithet stays
    assert persons("Đoàn vào Lăng viếng Chủ tịch Nguyễn Văn Mơ.") == ["Nguyễn Văn Mơ"]


def test_a_lower_case_place_word_then_a_title_and_a_name_is_a_person():
    assert persons("Tại quảng trường, ông Nguyễn Văn Mơ phát biểu.") == ["Nguyễn Văn Mơ"]
    assert persons("Tại quảng trường Chủ tịch Nguyễn Văn Mơ phát biểu.") == ["Nguyễn Văn Mơ"]
    assert persons("Tại bảo tàng ông Nguyễn Văn Mơ cho biết.") == ["Nguyễn Văn Mơ"]


def bodies(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "body")


def test_a_memorials_person_name_is_no_bodys_words_either():
    assert bodies("Đoàn dâng hương tại Nhà lưu niệm Tổng Bí thư Trường Mơ ở làng Mơ Khê.") == []
    assert bodies("Đoàn thăm khu lưu niệm cố Thủ tướng Chính phủ Võ Văn Mơ (huyện Mơ Khê).") == ["Chính phủ"]


def test_a_lower_case_tomb_names_its_emperor():
    assert persons("Dự án bãi đỗ xe tham quan lăng vua Mơ Khê đã được duyệt.") == ["Mơ Khê"]
