"""Names without a title, round 19 (scripts/data/names_sample_263.tsv): a sentence-opening function word that is
also a family name ("Từ") before a place's name that opens with a place word. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_function_word_before_a_place_word_and_a_name_is_no_person():
    # "Từ Làng Mơ, …": "from the village of Mơ", not a person "Từ Làng Mơ"
    assert persons("Từ Làng Mơ, Quế Lâm, bà con mang hàng ra chợ huyện.") == []
    assert persons("Từ Thôn Bình Lạc đi lên mất hai giờ.") == []
    # a province's name after the function word, as before
    assert persons("Từ Hải Phòng đi Quế Lâm mất hai giờ.") == []


def test_a_family_name_tu_before_given_names_is_still_a_person():
    assert persons("Từ Văn Khải cho biết xã đã đủ giáo viên.") == ["Từ Văn Khải"]
    # a family name that is also a place word ("Hồ") after "Từ" is no place word
    assert persons("Ông Từ Hồ Khải cho biết xã đã đủ giáo viên.") == ["Từ Hồ Khải"]


def test_a_pen_name_after_nha_van_or_nha_tho_is_a_person():
    # a writer's pen name may have no family name ("nhà văn Nguyên Ngọc")
    assert persons("Tọa đàm có nhà văn Nguyên Khải và nhà thơ Hữu Thỉnh tham dự.") == ["Nguyên Khải", "Hữu Thỉnh"]
    assert persons("Bài viết của nhà văn Lương Văn Khải in năm 1990.") == ["Lương Văn Khải"]


def test_no_pen_name_from_a_writers_body_or_a_place():
    assert persons("Giải thưởng Hội Nhà văn Quế Lâm năm nay có 20 tác phẩm.") == []
    assert persons("Các nhà thơ Nam Bộ và nhà văn Việt Nam dự trại sáng tác.") == []
    assert persons("Nhà thơ Hà Nội tham gia đêm thơ.") == []


def test_no_pen_name_in_a_photo_credit():
    assert persons("Bà con ra đón đoàn. Ảnh: Nhà văn Hữu Thỉnh.") == []
    # quoted after "Theo" without a colon: a person
    assert persons("Theo nhà thơ Hữu Thỉnh, đêm thơ sẽ dời sang tháng sau.") == ["Hữu Thỉnh"]
