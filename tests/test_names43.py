"""Names the extractor missed, round names43 (persons written without a title): a Khmer family name ("Sơn", "Danh":
``rare_surnames.tsv``), also before a second, listed family name ("Sơn Trương X Y"); a two-word name that is a
whole item of a list of persons (a pen name, a name without its family name). Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_khmer_family_name_opens_a_full_name():
    assert persons("Chiều qua, cháu Sơn Thúy Mơ và Sơn Trương Anh Khuê cùng ra hồ chơi.") == [
        "Sơn Thúy Mơ", "Sơn Trương Anh Khuê"]
    assert persons("Trước đó, Danh Thị Mơ đi dự đám cưới tại ấp Hòa Khê.") == ["Danh Thị Mơ"]


def test_a_khmer_family_name_is_no_person_in_a_place_or_unanchored():
    assert persons("Đoàn đã đến Sơn Trúc Hòa Khê để kiểm tra.") == []
    assert persons("Trước đó, Sơn Đình Khuê đi dự đám cưới tại ấp Hòa Khê.") == []
    assert persons("Lễ hội Tản Khê Sơn Thánh diễn ra tại đền Hạ.") == []


def test_a_place_whose_last_syllable_is_a_rarer_family_name_stays_before_a_full_name():
    assert persons("Phó Chủ tịch UBND tỉnh Hòa Sơn Phạm Ngọc Mơ cho biết.") == ["Phạm Ngọc Mơ"]
    assert persons("Hiệu trưởng trường Mây Vàng Phạm Thị Mơ nói.") == ["Phạm Thị Mơ"]


def test_a_two_word_item_of_a_list_of_persons_is_a_person():
    assert persons("Nhóm bạn văn gồm: Lý Thanh Mơ, Đàm Khuê, Lưu Đức Lan, Vân Mơ… cùng nhiều người.") == [
        "Lý Thanh Mơ", "Đàm Khuê", "Lưu Đức Lan", "Vân Mơ"]
    assert persons("Tranh trong sách là của các họa sĩ như Khải Mơ, Lục Văn Khuê, Đỗ Thúc Lan.") == [
        "Khải Mơ", "Lục Văn Khuê", "Đỗ Thúc Lan"]


def test_a_two_word_item_next_to_one_person_only_is_no_person():
    assert persons("Bà Lý Thị Mơ, Vân Khuê cùng ông Đỗ Văn Lan dự lễ.") == ["Lý Thị Mơ", "Đỗ Văn Lan"]


def test_a_two_word_item_of_a_list_of_streets_or_places_is_no_person():
    assert persons("Các tuyến đường Lê Văn Mơ, Trần Văn Khuê, Hòa Khê bị ngập.") == []
    assert "Minh Mơ" not in persons("Dựng tượng tại các tuyến đường của quận, gồm: Lý Văn Mơ, Đỗ Xuân Khuê, Minh Mơ.")
    assert persons("Ông Nguyễn Văn Mơ, Trần Văn Khuê, Hà Nội cùng dự.") == ["Nguyễn Văn Mơ", "Trần Văn Khuê"]
    assert persons("Ông Nguyễn Văn Mơ, Trần Văn Khuê, Tân Lĩnh Group tham dự.") == ["Nguyễn Văn Mơ", "Trần Văn Khuê"]
