"""Names the extractor missed, round names44 (ordinary people named without a title): a three-word name whose
family name no list holds but whose middle syllable is a listed one, after a lower-case form of address or a person
noun ("anh Tẩn Cao X"); a Central Highlands name, its prefix and a given name, before a bracketed age ("A X (40
tuổi)"). Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_three_word_name_after_a_form_of_address_is_whole():
    assert persons("Sau đó, anh Tẩn Cao Mơ (17 tuổi) đã bị nước cuốn trôi.") == ["Tẩn Cao Mơ"]
    assert persons("Chiều qua, chị Chảo Hà Mơ cùng mẹ ra chợ.") == ["Chảo Hà Mơ"]
    assert persons("Chiều qua, chị Chảo Hà Lan cùng mẹ ra chợ.") == []  # a country in the run


def test_a_three_word_name_after_a_person_noun_is_whole():
    assert persons("Thi thể nạn nhân Tẩn Cao Mơ được tìm thấy tại bản Khê.") == ["Tẩn Cao Mơ"]


def test_a_place_after_a_form_of_address_stays_no_whole_name():
    assert "Hòa Thái Bình" not in persons("Chiều qua, anh Hòa Thái Bình đi chợ.")
    assert persons("Đoàn về xã Tẩn Cao Mơ để kiểm tra.") == []


def test_a_central_highlands_prefix_and_given_name_before_an_age_are_a_name():
    assert persons("Nạn nhân là A Mơ (40 tuổi) và con là A Lan (6 tuổi) ở làng Kon Khê.") == ["A Mơ", "A Lan"]
    assert persons("Xe do A Mơ (SN 1990) điều khiển.") == ["A Mơ"]


def test_a_prefix_and_given_name_without_an_age_or_before_other_brackets_are_no_name():
    assert persons("Đội A Mơ thắng.") == []
    assert persons("Nhà A Mơ (tầng 3) bị sập.") == []


def test_a_person_noun_and_an_age_vouch_for_a_name_without_a_listed_family_name():
    assert persons("Trước đó, bệnh nhân Lô Minh Mơ (SN 1958, trú huyện Khê) đã tử vong.") == ["Lô Minh Mơ"]


def test_a_one_word_country_inside_an_aged_name_is_a_given_syllable():
    assert persons("Công an đang tạm giữ Châu Đức Mơ (23 tuổi, ngụ quận 8) để điều tra.") == ["Châu Đức Mơ"]
    assert persons("Sập nhà làm cháu Lô Minh Lào (5 tuổi) bị thương.") == ["Lô Minh Lào"]
    assert persons("Công an tạm giữ Lào Minh Mơ (23 tuổi) để điều tra.") == []  # a country opens it


def test_a_home_before_an_aged_full_name_is_no_place_name():
    assert persons("Súng được giấu tại nhà Lê Thành Mơ (SN 1992, trú cùng địa bàn).") == ["Lê Thành Mơ"]
    assert persons("Súng được giấu tại nhà Lê Thành Mơ.") == []


def test_an_aged_full_name_may_end_with_a_middle_name_word():
    assert persons("Ngoài ra còn Lê Anh Văn (26 tuổi, trú tại thị trấn).") == ["Lê Anh Văn"]
    assert persons("Ngoài ra còn chị Lý Thị (26 tuổi).") == []
