"""Round prec41 (issue 8, precision of person–post pairs in the genre's neighbours): a bare title keeps the unit it
heads when a lower-case unit noun names it ("Xóm trưởng xóm X", "Chính trị viên đảo X", "nguyên Bí thư khu X"); a
unit's post keeps the body above it after a comma for more unit heads ("Chi cục", "Ban Quản lý", "Trường" of a
university); a cooperative's name enumerates its trades with a comma ("HTX Thu mua, chế biến X"); the committee's name
without "về"; a place's name ends before a dash and a title with a short form ("TP X - Trưởng BTC"). Neutral
made-up examples."""
from helpers import posts


def test_a_bare_title_keeps_a_lower_case_unit_and_its_name():
    got = posts("T\n\nÔng Lò Văn Tám, Xóm trưởng xóm Tây Lô cho biết: cả xóm gói bánh.")
    assert got == {"Lò Văn Tám": ["Xóm trưởng xóm Tây Lô"]}
    got = posts("T\n\nAnh Lò Văn Tám, Chính trị viên đảo Tây Lô, nói: đảo vui xuân.")
    assert got == {"Lò Văn Tám": ["Chính trị viên đảo Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, nguyên Bí thư khu Công nghệ cao Tây Lô (đã nghỉ hưu) bị kỷ luật.")
    assert got == {"Lò Văn Tám": ["Bí thư khu Công nghệ cao Tây Lô"]}  # (former: a flag of the holding)
    got = posts("T\n\nÔng A Tám, Trưởng thôn làng Đăk Lô, xã Đăk Mơ cho biết: nhà máy chạy.")
    assert got == {"A Tám": ["Trưởng thôn làng Đăk Lô"]}


def test_an_open_unit_name_is_not_taken():
    got = posts("T\n\nÔng Lò Văn Tám, thuyền trưởng tàu Tây Lô tố doanh nghiệp làm ăn gian dối.")
    assert got == {"Lò Văn Tám": ["thuyền trưởng"]}


def test_a_unit_keeps_the_body_above_it_after_a_comma():
    got = posts("T\n\nÔng Lò Văn Tám - Giám đốc Ban quản lý dự án, Sở Giao thông Vận tải Tây Lô cho biết: có 40 cầu.")
    assert got == {"Lò Văn Tám": ["Giám đốc Ban quản lý dự án, Sở Giao thông Vận tải Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Hiệu trưởng trường Đại học Khoa học tự nhiên, Đại học Quốc gia Tây Lô.")
    assert got == {"Lò Văn Tám": ["Hiệu trưởng trường Đại học Khoa học tự nhiên, Đại học Quốc gia Tây Lô"]}
    got = posts("T\n\nBà Hà Thị Chín, Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp Tây Lô cho biết: đê vững.")
    assert got == {"Hà Thị Chín": ["Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp Tây Lô"]}


def test_a_clause_after_the_body_above_is_not_taken():
    got = posts("T\n\nTheo ông Lò Văn Tám, Giám đốc Ban quản lý dự án, UBND quận đã bố trí 3 tỷ đồng.")
    assert got == {"Lò Văn Tám": ["Giám đốc Ban quản lý dự án"]}


def test_a_body_name_enumerates_its_fields_with_a_comma():
    got = posts("T\n\nBà Hà Thị Chín - Giám đốc HTX Thu mua, chế biến nông sản Tây Lô cho biết: giá tăng.")
    assert got == {"Hà Thị Chín": ["Giám đốc HTX Thu mua, chế biến nông sản Tây Lô"]}


def test_the_committee_for_social_affairs_without_ve():
    got = posts("T\n\nBà Hà Thị Chín, Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội nói vậy.")
    assert got == {"Hà Thị Chín": ["Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội"]}


def test_a_place_ends_before_a_dash_and_a_title_with_a_short_form():
    got = posts("T\n\nÔng Lò Văn Tám - Phó Chủ tịch UBND TP Tây Lô - Trưởng BTC lễ hội bốc thăm thứ tự thi.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch UBND TP Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Bí thư Tỉnh ủy Tây Lô - Nam Mơ cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Bí thư Tỉnh ủy Tây Lô - Nam Mơ"]}


def test_a_ministry_with_its_fields_in_lower_case_keeps_them():
    got = posts("T\n\nThứ trưởng Bộ Văn hóa, thể thao và du lịch Lò Văn Tám ký công văn gửi Hiệp hội Tây Lô.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Văn hóa, thể thao và du lịch"]}
