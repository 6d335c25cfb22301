"""Person–post precision as score.py counts it, round prec29 (sample seed 431): one neutral made-up example per
construction, each failing on 7f78ae3."""

from helpers import held


def test_a_ministry_field_after_a_ministers_title_behind_the_name_stays_in_the_post():
    got = held("T\n\nTới dự có các đồng chí: Hà Văn Lũy, Bí thư Tỉnh ủy; Phan Quốc Thịnh, Bộ trưởng Thông tin và "
               "Truyền thông; Lò Văn Sinh, Tổng Giám đốc TTXVN.")
    assert got["Phan Quốc Thịnh"] == ["Bộ trưởng Thông tin và Truyền thông"]
    assert got["Hà Văn Lũy"] == ["Bí thư Tỉnh ủy"]


def test_a_ministry_field_with_a_dash_or_before_a_verb_of_saying():
    got = held("T\n\nÔng Phan Quốc Thịnh, Thứ trưởng Lao động - Thương binh và Xã hội cho biết như vậy.")
    assert got == {"Phan Quốc Thịnh": ["Thứ trưởng Lao động - Thương binh và Xã hội"]}
    got = held("T\n\nÔng Phan Quốc Thịnh, Bộ trưởng Kế hoạch và Đầu tư, phát biểu tại hội nghị.")
    assert got == {"Phan Quốc Thịnh": ["Bộ trưởng Kế hoạch và Đầu tư"]}
    got = held("T\n\nÔng Phan Quốc Thịnh, Bộ trưởng Quốc phòng chỉ đạo diễn tập tại Lạng Sơn.")
    assert got == {"Phan Quốc Thịnh": ["Bộ trưởng Quốc phòng"]}


def test_a_ministry_field_before_the_name_is_unchanged():
    got = held("T\n\nBộ trưởng Tài nguyên và Môi trường Phan Quốc Thịnh và Thứ trưởng Y tế Lò Văn Sinh dự.")
    assert got == {"Phan Quốc Thịnh": ["Bộ trưởng Tài nguyên và Môi trường"], "Lò Văn Sinh": ["Thứ trưởng Y tế"]}


def test_a_ministry_field_written_with_an_ampersand_or_a_dash_for_its_va():
    got = held("T\n\nBa Phó ban gồm: ông Phan Quốc Thịnh, Thứ trưởng Tài chính và ông Lò Văn Sinh, Thứ trưởng Kế "
               "hoạch & Đầu tư.")
    assert got == {"Phan Quốc Thịnh": ["Thứ trưởng Tài chính"], "Lò Văn Sinh": ["Thứ trưởng Kế hoạch & Đầu tư"]}
    got = held("T\n\nÔng Phan Quốc Thịnh, Bộ trưởng Tài nguyên - Môi trường cho biết như vậy.")
    assert got == {"Phan Quốc Thịnh": ["Bộ trưởng Tài nguyên - Môi trường"]}
