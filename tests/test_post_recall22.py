"""Post constructions from the unattached-title sample of seed 367 after round rect21 (issue 8, recall on unseen
text): one neutral made-up example per construction, none from the corpus."""

from helpers import posts


def test_a_career_list_after_a_colon_goes_on_over_roi():
    got = posts("T\n\nBà Lò Thị Mến lần lượt được bổ nhiệm các chức vụ: Phó hiệu trưởng, Hiệu trưởng Trường THPT "
                "Ngọc Sơn (huyện Tân Lập) rồi Phó giám đốc Sở GD-ĐT tỉnh Hòa Bình.")
    assert got == {"Lò Thị Mến": ["Phó hiệu trưởng", "Hiệu trưởng Trường THPT Ngọc Sơn",
                                  "Phó giám đốc Sở GD-ĐT tỉnh Hòa Bình"]}


def test_posts_after_a_name_go_on_over_roi_after_a_place_in_parentheses():
    got = posts("T\n\nÔng Đinh Văn Khải làm Giám đốc Sở Tài chính (tỉnh Hòa Bình) rồi Chủ tịch UBND tỉnh Hòa Bình.")
    assert got == {"Đinh Văn Khải": ["Giám đốc Sở Tài chính", "Chủ tịch UBND tỉnh Hòa Bình"]}


def test_a_fronted_role_of_a_post_misused_before_its_holder():
    got = posts("T\n\nLợi dụng danh nghĩa là Phó Trưởng Ban Dân vận Tỉnh ủy Hòa Bình, thời gian qua, ông Đinh Văn "
                "Khải vay tiền của nhiều người.")
    assert got == {"Đinh Văn Khải": ["Phó Trưởng Ban Dân vận Tỉnh ủy Hòa Bình"]}


def test_a_fronted_taking_of_office_with_a_time_before_the_comma():
    got = posts("T\n\nKhi nhận chức Phó chủ tịch UBND tỉnh Hòa Bình cách đây hai năm, ông Đinh Văn Khải đã hứa.")
    assert got == {"Đinh Văn Khải": ["Phó chủ tịch UBND tỉnh Hòa Bình"]}


def test_the_secretariat_is_a_body_not_cut_at_its_lower_case_syllable():
    got = posts("T\n\nGiám đốc điều hành Ban Thư ký Diễn đàn Mê Kông, Tiến sỹ Peter Novak nhấn mạnh điều đó.")
    assert got == {"Peter Novak": ["Giám đốc điều hành Ban Thư ký Diễn đàn Mê Kông"]}


def test_a_foreign_body_in_a_country_before_the_holder():
    got = posts("T\n\nTheo Giám đốc Phòng Thương mại Canada tại Việt Nam Peter Novak, hiệp định cần công bằng.")
    assert got == {"Peter Novak": ["Giám đốc Phòng Thương mại Canada tại Việt Nam"]}


def test_chu_before_a_name_is_an_honorific_that_closes_a_fronted_tenure():
    got = posts("T\n\nKhi là chủ tịch UBND huyện Tân Lập, chú Đinh Văn Khải đã sớm tạo dấu ấn.")
    assert got == {"Đinh Văn Khải": ["chủ tịch UBND huyện Tân Lập"]}


def test_two_abbreviations_that_spell_one_head_are_one_body_and_the_chain_goes_on():
    got = posts("T\n\nÔng Đinh Văn Khải, Chủ tịch UBTƯ MTTQ Việt Nam, Bí thư Thành ủy Hải Phòng đến dự.")
    assert got == {"Đinh Văn Khải": ["Chủ tịch UBTƯ MTTQ Việt Nam", "Bí thư Thành ủy Hải Phòng"]}
