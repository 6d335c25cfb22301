"""Post constructions from the unattached-title sample of seed 337 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import mentions, posts


def test_a_period_from_year_to_year_right_after_the_name_opens_a_career():
    got = posts("T\n\nÔng Lò Văn Tám từ năm 2030 đến 2035 là Giám đốc Sở Xây dựng, Bí thư Đảng ủy Sở.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Xây dựng", "Bí thư Đảng ủy Sở"]}
    # a single year right after the name, no comma, no period: no career opens (the name may end a body)
    assert posts("T\n\nTrường Lò Văn Tám năm 2030 là Giám đốc Sở Xây dựng.") == {}


def test_the_years_served_at_a_body_before_a_career_told_by_its_periods():
    got = posts("T\n\nBà Lò Thị Mai đã có 20 năm công tác tại Công ty Sông Mã; từ năm 2030 đến 2035 là Phó Tổng "
                "Giám đốc Công ty và từ 2035 đến 2040 là Chủ tịch Hội đồng quản trị Công ty.")
    assert got == {"Lò Thị Mai": ["Phó Tổng Giám đốc Công ty", "Chủ tịch Hội đồng quản trị Công ty"]}


def test_names_joined_by_va_then_deu_la_and_a_title_each_hold_it():
    got = posts("T\n\nTổ tuần tra gồm anh Lò Văn Tám và anh Hà Văn Chín (đều là Phó trưởng Công an xã Kim Sơn), anh "
                "Mạc Văn Kha là công an viên.")
    assert got["Lò Văn Tám"] == got["Hà Văn Chín"] == ["Phó trưởng Công an xã Kim Sơn"]
    got = posts("T\n\nÔng Lò Văn Tám, ông Hà Văn Chín đều là Phó Giám đốc Sở Xây dựng.")
    assert got == {"Lò Văn Tám": ["Phó Giám đốc Sở Xây dựng"], "Hà Văn Chín": ["Phó Giám đốc Sở Xây dựng"]}


def test_a_short_form_in_parentheses_inside_a_foreign_body_before_its_country_and_the_holder():
    text = ("T\n\nChủ tịch nước tiếp Phó Chủ tịch Hội đồng Hiệp thương nhân dân toàn quốc (Hiệp thương) Trung Quốc "
            "Lương Gia Minh.")
    assert mentions(text, "person") == ["Lương Gia Minh"]
    assert posts(text) == {
        "Lương Gia Minh": ["Phó Chủ tịch Hội đồng Hiệp thương nhân dân toàn quốc (Hiệp thương) Trung Quốc"]}
    # after another name and a comma, the post runs into the holder's name past the short form: it is not the first's
    got = posts("T\n\nChủ tịch nước tiếp Bộ trưởng Lò Văn Tám, Phó Chủ tịch Hội đồng Hiệp thương nhân dân toàn quốc "
                "(Hiệp thương) Trung Quốc Lương Gia Minh.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng"],
                   "Lương Gia Minh": ["Phó Chủ tịch Hội đồng Hiệp thương nhân dân toàn quốc (Hiệp thương) Trung Quốc"]}
    # past the parentheses, a preposition and an honorific open a new clause: the post is the name's before it
    got = posts("T\n\nÔng Lò Văn Tám - Cục trưởng Chống buôn lậu (Bộ Công Thương) Theo ông Lò Văn Tám, việc đã xong.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Chống buôn lậu"]}
    # the place in parentheses right before the name stays out of the post
    assert posts("T\n\nTrưởng thôn Mỹ Lợi (xã Kim Sơn) Lò Văn Tám cho biết.") == {"Lò Văn Tám": ["Trưởng thôn Mỹ Lợi"]}
