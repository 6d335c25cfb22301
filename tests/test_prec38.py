"""Round prec38 (issue 8, person–post precision on articles nobody annotated; sample seed 457): a body's
lower-case name right after a title may be closed by a verb of saying, maybe after an adverb ("Tổ trưởng tổ công
tác thẩm định tàu cá đã cho biết"), as by a comma; a capitalised form of address after two or more words of a
place's name opens the person of a caption run on into the text ("Chủ tịch UBND xã Hà Lâm Ông Quế cho biết"),
no part of the place's name; "việc làm" (employment) is a noun inside a body's lower-case name ("Trung tâm
dịch vụ việc làm tỉnh X"), though "làm" alone is a verb. Neutral made-up sentences."""

from __future__ import annotations

from helpers import held


def test_a_lower_case_body_name_closed_by_a_verb_of_saying_stays_the_titles():
    assert held("Ông Lâm Văn Quế, Tổ trưởng tổ công tác thẩm định tàu cá đã cho biết số tàu hỏng.") == {
        "Lâm Văn Quế": ["Tổ trưởng tổ công tác thẩm định tàu cá"]}
    assert held("Ông Lâm Văn Quế, Tổ trưởng tổ công tác thẩm định tàu cá vỏ thép cho biết số tàu hỏng.") == {
        "Lâm Văn Quế": ["Tổ trưởng tổ công tác thẩm định tàu cá vỏ thép"]}


def test_a_second_post_after_kiem_keeps_its_lower_case_body_before_a_verb_of_saying():
    assert held("Ông Lâm Văn Quế, Phó Giám đốc Sở Nông nghiệp tỉnh Hà Lâm kiêm Tổ trưởng tổ công tác thẩm định tàu "
                "cá đã cho biết số tàu hỏng.") == {
        "Lâm Văn Quế": ["Phó Giám đốc Sở Nông nghiệp tỉnh Hà Lâm kiêm Tổ trưởng tổ công tác thẩm định tàu cá"]}


def test_a_clause_that_is_no_verb_of_saying_still_ends_the_body():
    assert held("Ông Lâm Văn Quế, Chủ tịch UBND xã nhiều lần kiểm tra thực tế cho biết.") == {
        "Lâm Văn Quế": ["Chủ tịch UBND xã"]}
    assert held("Ông Lâm Văn Quế, Cục trưởng Cục này cho biết số liệu mới.") == {"Lâm Văn Quế": ["Cục trưởng Cục"]}


def test_a_caption_run_on_into_the_text_leaves_the_place_name_whole():
    assert held("Ông Lâm Văn Quế, Chủ tịch UBND xã Hà Lâm Ông Quế cho biết: trại gà xây năm 2012.") == {
        "Lâm Văn Quế": ["Chủ tịch UBND xã Hà Lâm"]}
    assert held("Bà Đào Thị Mến, Chủ tịch UBND phường Hà Lâm Bà Mến cho biết nước đã sạch.") == {
        "Đào Thị Mến": ["Chủ tịch UBND phường Hà Lâm"]}


def test_a_form_of_address_after_one_name_word_stays_in_the_place_name():
    assert held("Ông Lâm Văn Quế, Chủ tịch UBND quận Hai Bà Trưng cho biết.") == {
        "Lâm Văn Quế": ["Chủ tịch UBND quận Hai Bà Trưng"]}


def test_employment_is_a_noun_inside_a_bodys_lower_case_name():
    assert held("Bà Đào Thị Mến, Phó Giám đốc Trung tâm dịch vụ việc làm tỉnh Hà Nam chia sẻ: thị trường ổn định.") == {
        "Đào Thị Mến": ["Phó Giám đốc Trung tâm dịch vụ việc làm tỉnh Hà Nam"]}
    assert held("Bà Đào Thị Mến, Giám đốc Trung tâm cho biết việc làm tăng.") == {"Đào Thị Mến": ["Giám đốc Trung tâm"]}
