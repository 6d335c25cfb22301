"""Names the extractor missed, round names44 (ordinary people named without a title): a three-word name whose
family name no list holds but whose middle syllable is a listed one, after a lower-case form of address or a person
noun ("anh Mùa Cao X"); a Central Highlands name, its prefix and a given name, before a bracketed age ("A X (40
tuổi)"). Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_three_word_name_after_a_form_of_address_is_whole():
    assert persons("Sau đó, anh Mùa Cao Mơ (15 tuổi) đi câu cá.") == ["Mùa Cao Mơ"]
    assert persons("Chiều qua, chị Chảo Hà Mơ cùng mẹ ra chợ.") == ["Chảo Hà Mơ"]
    assert persons("Chiều qua, chị Chảo Hà Lan cùng mẹ ra chợ.") == []  # a country in the run


def test_a_three_word_name_after_a_person_noun_is_whole():
    assert persons("Hôm qua, nạn nhân Mùa Cao Mơ đã tỉnh lại ở bản Khê.") == ["Mùa Cao Mơ"]


def test_a_place_after_a_form_of_address_stays_no_whole_name():
    assert "Hòa Thái Bình" not in persons("Chiều qua, anh Hòa Thái Bình đi chợ.")
    assert persons("Đoàn về xã Mùa Cao Mơ để kiểm tra.") == []


def test_a_central_highlands_prefix_and_given_name_before_an_age_are_a_name():
    assert persons("Người đi rừng là A Mơ (52 tuổi) và cháu là A Lan (9 tuổi) ở làng Kon Khê.") == ["A Mơ", "A Lan"]
    assert persons("Xe do A Mơ (SN 1990) điều khiển.") == ["A Mơ"]


def test_a_prefix_and_given_name_without_an_age_or_before_other_brackets_are_no_name():
    assert persons("Đội A Mơ thắng.") == []
    assert persons("Nhà A Mơ (tầng 3) bị sập.") == []


def test_a_person_noun_and_an_age_vouch_for_a_name_without_a_listed_family_name():
    assert persons("Sáng nay, bệnh nhân Lô Sơn Mơ (SN 1971, ở huyện Khê) đã xuất viện.") == ["Lô Sơn Mơ"]


def test_a_one_word_country_inside_an_aged_name_is_a_given_syllable():
    assert persons("Hội đã khen Lô Đức Mơ (31 tuổi, ở xóm Khê) vì việc tốt.") == ["Lô Đức Mơ"]
    assert persons("Cây đổ làm cháu Lô Sơn Lào (8 tuổi) bị thương.") == ["Lô Sơn Lào"]
    assert persons("Hội đã khen Lào Sơn Mơ (31 tuổi) vì việc tốt.") == []  # a country opens it


def test_a_home_before_an_aged_full_name_is_no_place_name():
    assert persons("Chiếc xe được gửi tại nhà Lê Khải Mơ (SN 1985, ở cùng xóm).") == ["Lê Khải Mơ"]
    assert persons("Chiếc xe được gửi tại nhà Lê Khải Mơ.") == []


def test_an_aged_full_name_may_end_with_a_middle_name_word():
    assert persons("Đội còn có Đỗ Khải Văn (34 tuổi, ở xóm Khê).") == ["Đỗ Khải Văn"]
    assert persons("Đội còn có chị Lý Thị (34 tuổi).") == []
