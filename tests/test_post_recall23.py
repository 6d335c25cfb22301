"""Post constructions from the unattached-title sample of seed 379 (round rect23; issue 8, recall on unseen text):
one neutral made-up example per construction, none from the corpus."""

from helpers import held, posts


def test_two_posts_before_a_name_joined_by_dong_thoi_la():
    got = posts("T\n\nTrưởng ban tổ chức Lễ hội hoa ban đồng thời là Trưởng ban quản lý Khu du lịch hồ Núi Cốc, ông "
                "Đinh Văn Khải cho biết lễ hội sẽ kéo dài.")
    assert got == {"Đinh Văn Khải": ["Trưởng ban quản lý Khu du lịch hồ Núi Cốc", "Trưởng ban tổ chức Lễ hội"]}


def test_an_age_and_a_lower_case_trade_before_the_post_in_parentheses():
    got = posts("T\n\nCông an nhận được đơn tố cáo ông Đinh Văn Khải (45 tuổi, công chứng viên, Trưởng văn phòng Công "
                "chứng Bình Minh) lừa đảo người dân.")
    assert got == {"Đinh Văn Khải": ["Trưởng văn phòng Công chứng Bình Minh"]}


def test_trong_trach_before_a_colon_opens_a_biography_list():
    got = posts("T\n\nÔng Đinh Văn Khải đã từng gắn liền với những trọng trách: Thứ trưởng Bộ Tài chính, Phó Bí thư "
                "Tỉnh ủy, Chủ tịch UBND tỉnh Hòa Bình.")
    assert got == {"Đinh Văn Khải": ["Thứ trưởng Bộ Tài chính", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Hòa Bình"]}


def test_a_dismissal_of_a_post_whose_holder_follows_cua():
    got = posts("T\n\nUBND tỉnh đã có quyết định cách chức Chi cục trưởng Chi cục Thú y Hòa Bình của ông Đinh Văn "
                "Khải.")
    assert got == {"Đinh Văn Khải": ["Chi cục trưởng Chi cục Thú y Hòa Bình"]}


def test_a_post_after_voi_in_apposition_to_the_name_before_ve():
    got = posts("T\n\nPhóng viên có cuộc trao đổi với Chủ tịch UBND tỉnh Hòa Bình, ông Đinh Văn Khải về tình hình "
                "địa phương.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch UBND tỉnh Hòa Bình"]}


def test_a_year_after_a_post_does_not_break_the_chain_before_the_name():
    got = posts("T\n\nVới trách nhiệm Trưởng phòng Tổ chức cán bộ Sở Y tế, Phó Chủ tịch Hội đồng tuyển dụng viên chức "
                "tỉnh Hòa Bình năm 2016, ông Đinh Văn Khải thiếu trách nhiệm.")
    assert got == {"Đinh Văn Khải": ["Phó Chủ tịch Hội đồng tuyển dụng viên chức tỉnh Hòa Bình",
                                     "Trưởng phòng Tổ chức cán bộ Sở Y tế"]}


def test_roi_chuc_leaves_a_post():
    got = posts("T\n\nÔng Đinh Văn Khải rời chức Bí thư Tỉnh ủy Hòa Bình ngày 4/5.")
    assert got == {"Đinh Văn Khải": ["Bí thư Tỉnh ủy Hòa Bình"]}


def test_precision_a_post_after_voi_stays_another_s_before_a_verb():
    got = posts("T\n\nBáo cáo với Chủ tịch UBND tỉnh Hòa Bình, ông Đinh Văn Khải cho biết dự án chậm.")
    assert "Đinh Văn Khải" not in got


def test_a_company_s_short_form_after_its_board_is_part_of_the_post_and_the_career_goes_on():
    got = held("T\n\nGiai đoạn 2006-2011, ông Đinh Văn Khải làm Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị VNX rồi "
               "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên VNX.")
    assert got == {"Đinh Văn Khải": ["Bí thư Đảng ủy", "Chủ tịch Hội đồng quản trị VNX",
                                     "Chủ tịch Hội đồng thành viên VNX"]}
    got = held("T\n\nÔng Đinh Văn Khải, Chủ tịch HĐQT VNX, Tổng giám đốc Công ty Hà An phát biểu.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch HĐQT VNX", "Tổng giám đốc Công ty Hà An"]}


def test_precision_a_known_abbreviation_after_a_board_is_no_company_s_short_form():
    assert held("T\n\nÔng Đinh Văn Khải, Chủ tịch HĐQT UBND tỉnh phát biểu.") == {"Đinh Văn Khải": ["Chủ tịch HĐQT"]}
