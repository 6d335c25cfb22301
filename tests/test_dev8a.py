"""Person–post misses of devown8, round dev8a: one neutral made-up example per construction."""

from helpers import held


def test_a_given_name_that_opens_a_longer_head_is_a_short_name():
    # "Thanh" opens "Thanh tra", "Hải" opens "Hải quan": alone after "bà"/"ông" they are the short name
    got = held("T\n\nBà Lò Thị Thanh bị kỷ luật. Sau đó, bà Thanh (khi đó là phó chủ tịch UBND tỉnh Lạng Sơn) có "
               "văn bản gửi Sở Tài chính.")
    assert got == {"Lò Thị Thanh": ["phó chủ tịch UBND tỉnh Lạng Sơn"]}
    got = held("T\n\nÔng Vi Văn Hải bị kỷ luật. Trong thời gian giữ các cương vị tỉnh ủy viên, Giám đốc Sở Công "
               "thương, Bí thư Huyện ủy Bản Mạ, ông Hải tham gia điều hành công ty.")
    assert got == {"Vi Văn Hải": ["Bí thư Huyện ủy Bản Mạ", "Giám đốc Sở Công thương", "tỉnh ủy viên"]}


def test_a_given_name_followed_by_the_rest_of_a_head_is_no_short_name():
    # "ông Trung tâm" ... : the word and the next open a body's head, so no person "Trung" is read
    got = held("T\n\nÔng Vi Văn Trung bị kỷ luật. Bà Lò Thị Mai, Giám đốc Trung tâm Y tế huyện Bản Mạ cho biết "
               "Thanh tra huyện đã vào cuộc.")
    assert got == {"Lò Thị Mai": ["Giám đốc Trung tâm Y tế huyện Bản Mạ"]}


def test_equipment_in_a_company_name_does_not_end_it():
    # "bị" alone is the passive; in "Thiết bị" it is part of the name's noun
    got = held("T\n\nÔng Vi Văn Khải - Tổng Giám đốc Công ty Thiết bị giao thông vận tải Sao Mai (Lạng Sơn) cho biết.")
    assert got == {"Vi Văn Khải": ["Tổng Giám đốc Công ty Thiết bị giao thông vận tải Sao Mai"]}


def test_a_member_of_a_regional_party_committee():
    got = held("T\n\nNăm 1943, đồng chí Lò Văn Mạnh triệu tập 2 Xứ ủy viên là đồng chí Vi Văn Khải, Lò Văn Ba "
               "tổ chức cuộc họp.")
    assert got == {"Vi Văn Khải": ["Xứ ủy viên"], "Lò Văn Ba": ["Xứ ủy viên"]}


def test_a_pronoun_right_after_an_opening_sau_do_with_no_comma():
    got = held("T\n\nĐồng chí Vi Văn Khải sinh năm 1920. Sau đó đồng chí được phong cấp Thiếu tướng, giữ chức "
               "Thứ trưởng Bộ Công an.")
    assert got == {"Vi Văn Khải": ["Thứ trưởng Bộ Công an"]}


def test_the_supreme_command_written_in_lower_case_is_one_body():
    got = held("T\n\nĐồng chí Vi Văn Khải là quyền Trưởng đoàn Đại biểu Bộ tổng Tư lệnh Quân đội Nhân dân Việt Nam "
               "trong Ủy ban liên hiệp đình chiến.")
    assert got == {"Vi Văn Khải": ["quyền Trưởng đoàn Đại biểu Bộ tổng Tư lệnh Quân đội Nhân dân Việt Nam"]}


def test_a_relatives_possessor_after_a_dash_leaves_the_post_to_the_first_name():
    # "ông A - chồng của bà B … làm POST": B, after "của", is inside A's apposition; the post is A's
    got = held("T\n\nBà Lò Thị Mai bị kỷ luật. Công ty Hoa Sen do ông Vi Văn Khải - chồng của bà Mai nắm 40% vốn và "
               "làm Chủ tịch HĐTV.")
    assert got == {"Vi Văn Khải": ["Chủ tịch HĐTV"]}
