"""Round junk32 (issue 8, the corpus graph's own faults, round 2): a body's abbreviated field is its whole field (no
one-syllable tail after it: "Bộ X sớm có …"), more abbreviations of the press are spelt out ("Sở GD-ĐT" is "Sở
Giáo dục và Đào tạo"), a board named by its task keeps the verb that opens its name after a title, and a former
state's name after "nước" stays in the post. Neutral made-up sentences."""

from __future__ import annotations

from helpers import body_post_labels as _labels


def test_one_lower_case_word_after_an_abbreviated_field_opens_the_next_clause():
    bodies, posts = _labels("Ông Lê Văn Khanh, Thứ trưởng Bộ GTVT sớm có ý kiến về dự án.")
    assert posts == {"Thứ trưởng Bộ GTVT"}
    assert bodies == {"Bộ GTVT"}
    bodies, _ = _labels("Theo ông Lê Văn Khanh, Sở TN&MT vốn là cơ quan quản lý đất đai của tỉnh Hà Lâm.")
    assert "Sở TN&MT" in bodies and not any("vốn" in b for b in bodies)


def test_a_level_word_after_an_abbreviated_field_stays_the_bodys_unit():
    _, posts = _labels("Ông Lê Văn Khanh, Trưởng phòng CSGT tỉnh, dự họp.")
    assert posts == {"Trưởng phòng CSGT tỉnh"}


def test_dashed_and_run_together_abbreviations_are_the_fields_they_stand_for():
    bodies, _ = _labels("Ông Lê Văn Khanh, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Lâm, dự họp. Ông Khanh từng "
                        "là Giám đốc Sở GD-ĐT tỉnh Hà Lâm.")
    assert bodies == {"Sở Giáo dục và Đào tạo tỉnh Hà Lâm"}
    bodies, _ = _labels("Ông Lê Văn Khanh, Cục trưởng Cục Thi hành án dân sự tỉnh Hà Lâm, dự họp. Cục THADS tỉnh "
                        "Hà Lâm cho biết.")
    assert bodies == {"Cục Thi hành án dân sự tỉnh Hà Lâm"}


def test_a_board_named_by_its_task_keeps_the_verb_that_opens_its_name_after_a_title():
    bodies, posts = _labels("Ông Lê Văn Khanh, Trưởng Ban Chỉ đạo triển khai xây dựng nông thôn mới huyện Phước Từ, "
                            "dự họp.")
    assert posts == {"Trưởng Ban Chỉ đạo triển khai xây dựng nông thôn mới huyện Phước Từ"}


def test_without_a_title_the_verb_after_a_board_is_its_doing():
    bodies, _ = _labels("Hôm qua, Ban Chỉ đạo triển khai kế hoạch mới tại huyện Phước Từ.")
    assert not any("triển khai" in b for b in bodies)


def test_a_former_states_name_after_nuoc_stays_in_the_post():
    _, posts = _labels("Ông Lê Văn Khanh, nguyên Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa, đã từ trần.")
    assert posts == {"Phó Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa"}


def test_a_word_joined_by_va_after_an_abbreviation_stays_in_the_name():
    bodies, _ = _labels("Theo ông Lê Văn Khanh (Chủ tịch Hiệp hội DN nhỏ và vừa Hà Lâm), việc này khó.")
    assert "Hiệp hội DN" not in bodies


def test_a_number_after_an_abbreviation_is_no_tail_to_cut():
    bodies, _ = _labels("Hôm qua, Ban Thư ký HNX 2019 đã làm việc với tỉnh Hà Lâm.")
    assert "Ban Thư ký HNX 2019" in bodies


def test_a_word_before_a_closing_function_word_stays_in_the_name():
    bodies, _ = _labels("Quán do Hội DN trẻ của tỉnh Hà Lâm đầu tư xây dựng.")
    assert "Hội DN" not in bodies
