"""Post constructions from the unattached-title sample of seed 229 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import mentions, posts


def test_a_rank_after_a_spaced_dash_ends_the_place_and_the_body():
    text = "T\n\nTài sản của gia đình Giám đốc Công an tỉnh Kim Sơn - Thiếu tướng Lò Văn Tám đã được làm rõ."
    assert "tỉnh Kim Sơn" in mentions(text, "place")
    assert "Công an tỉnh Kim Sơn" in mentions(text, "body")
    assert posts(text) == {"Lò Văn Tám": ["Giám đốc Công an tỉnh Kim Sơn"]}
    assert posts("T\n\nGiám đốc Công an tỉnh Kim Sơn – Đại tá Lò Văn Tám cho biết.") == {
        "Lò Văn Tám": ["Giám đốc Công an tỉnh Kim Sơn"]}


def test_a_province_after_a_dash_still_joins_the_name():
    assert "tỉnh Bà Rịa - Vũng Tàu" in mentions("T\n\nÔng Lò Văn Tám về thăm tỉnh Bà Rịa - Vũng Tàu.", "place")


def test_three_time_words_before_là():
    got = posts("T\n\nÔng Lò Văn Tám hiện vẫn đang là Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert got == {"Lò Văn Tám": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}


def test_an_academic_title_and_a_degree_before_là():
    got = posts("T\n\nÔng Lò Văn Tám có học hàm phó giáo sư, học vị tiến sĩ, là Ủy viên Ban Thường vụ Tỉnh ủy.")
    assert got == {"Lò Văn Tám": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}
    got = posts("T\n\nÔng Lò Văn Tám có học vị thạc sĩ, là Giám đốc Sở Y tế tỉnh Kim Sơn.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế tỉnh Kim Sơn"]}


def test_something_else_the_person_has_keeps_the_post_off():
    assert posts("T\n\nÔng Lò Văn Tám có con trai, là Giám đốc Sở Y tế tỉnh Kim Sơn.") == {}


def test_a_career_list_with_a_place_before_như_and_a_long_first_item():
    got = posts("T\n\nÔng Lò Văn Tám từng kinh qua nhiều vị trí công tác tại tỉnh như cán bộ giảng dạy Trường Cao đẳng "
                "Kim Sơn TP.HCM; Phó Bí thư Tỉnh đoàn; Giám đốc Sở Y tế tỉnh; Phó Chủ tịch UBND tỉnh.")
    # "cán bộ giảng dạy" is a staff function the annotators give as a post (posts.tsv since round devrest36)
    assert got == {"Lò Văn Tám": ["cán bộ giảng dạy Trường Cao đẳng Kim Sơn TP.HCM", "Phó Bí thư Tỉnh đoàn",
                                  "Giám đốc Sở Y tế tỉnh", "Phó Chủ tịch UBND tỉnh"]}


def test_a_second_title_right_after_a_name_that_a_title_opens():
    got = posts("T\n\nThủ tướng tiếp Thứ trưởng Bộ Quốc phòng Lò Văn Tám Trưởng Ban công tác đặc biệt Chính phủ.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Quốc phòng", "Trưởng Ban công tác đặc biệt Chính phủ"]}
    got = posts("T\n\nThủ tướng tiếp Thứ trưởng Bộ Quốc phòng Lò Văn Tám Chủ tịch nước Hà Văn Chín cũng có mặt.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Quốc phòng"], "Hà Văn Chín": ["Chủ tịch nước"]}


def test_a_bare_title_after_a_name_that_a_title_opens_may_open_the_next_clause():
    got = posts("T\n\nChủ tịch nước tiếp Bộ trưởng Thương mại Nhật Bản Lò Văn Tám Chủ tịch nước nhấn mạnh hợp tác.")
    assert "Chủ tịch nước" not in got.get("Lò Văn Tám", [])


def test_a_lower_case_field_after_a_capitalised_head_then_the_holders_name():
    got = posts("T\n\nLiên quan đến việc ông Cục trưởng Cục phòng chống buôn lậu Lò Văn Tám cho rằng tỉnh nên xem.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục phòng chống buôn lậu"]}
