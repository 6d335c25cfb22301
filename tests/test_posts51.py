"""Round posts51 (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import held


def test_one_post_written_twice_with_its_office_word_in_two_cases_is_one_post():
    # post_forms._join_equal_forms: "Chánh Văn phòng UBND tỉnh X" and "Chánh văn phòng UBND tỉnh X" (the grammar
    # reads the capitalised office word as a body of its own) are one post, under the form written first
    text = ("T\n\nChiều 3/4, ông Phan Văn Kiên, Chánh Văn phòng UBND tỉnh Hòa Lâm, chủ trì buổi họp báo. Tại buổi "
            "họp, ông Phan Văn Kiên, Chánh văn phòng UBND tỉnh Hòa Lâm, trả lời các câu hỏi. Bà Lê Thị Mai, Phó "
            "Chánh thanh tra tỉnh Hòa Lâm, cho biết thêm. Theo bà Lê Thị Mai, Phó Chánh Thanh tra tỉnh Hòa Lâm, "
            "đoàn sẽ làm việc tiếp.")
    assert held(text) == {"Phan Văn Kiên": ["Chánh Văn phòng UBND tỉnh Hòa Lâm"],
                          "Lê Thị Mai": ["Phó Chánh thanh tra tỉnh Hòa Lâm"]}


def test_a_post_written_with_and_without_its_body_head_joins_the_longer_form():
    # the same words once the label is keyed ("Bộ trưởng Tư pháp" / "Bộ trưởng Bộ Tư pháp"): one post, the longer form
    text = ("T\n\nBộ trưởng Tư pháp Trần Văn Bảy cho biết dự thảo đã xong. Theo ông Trần Văn Bảy, Bộ trưởng Bộ Tư "
            "pháp, luật sẽ trình vào tháng 10.")
    assert held(text) == {"Trần Văn Bảy": ["Bộ trưởng Bộ Tư pháp"]}


def test_the_form_whose_holding_states_a_term_is_the_one_kept():
    # the holding that says "khóa IX" (vnr:term) is kept, so the term is not lost when the two forms join
    text = ("T\n\nÔng Phan Văn Kiên, Chủ tịch Hội Cựu chiến binh tỉnh Hòa Lâm, phát biểu khai mạc. Năm 2015, ông Phan "
            "Văn Kiên được bầu giữ chức Chủ tịch Hội cựu chiến binh tỉnh Hòa Lâm khóa IX.")
    assert held(text) == {"Phan Văn Kiên": ["Chủ tịch Hội cựu chiến binh tỉnh Hòa Lâm khóa IX"]}


def test_posts_with_other_words_or_a_former_mark_stay_apart():
    # guards (pass on the old code too): another body, or "nguyên" before one form, keeps two posts
    text = ("T\n\nÔng Phan Văn Kiên, Chánh Văn phòng UBND tỉnh Hòa Lâm, chủ trì buổi họp. Ông Phan Văn Kiên, nguyên "
            "Chánh văn phòng UBND tỉnh Sông Mây, cũng dự.")
    assert sorted(held(text)["Phan Văn Kiên"]) == ["Chánh Văn phòng UBND tỉnh Hòa Lâm",
                                                  "nguyên Chánh văn phòng UBND tỉnh Sông Mây"]
    text = ("T\n\nÔng Phan Văn Kiên, Chánh Văn phòng UBND tỉnh Hòa Lâm, chủ trì buổi họp. Sau đó, ông Phan Văn "
            "Kiên, nguyên Chánh văn phòng UBND tỉnh Hòa Lâm, phát biểu.")
    assert len(held(text)["Phan Văn Kiên"]) == 2
