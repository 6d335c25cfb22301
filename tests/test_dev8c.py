"""Person–post misses of devown8, round dev8c: one neutral made-up example per construction."""

from helpers import held

_BIO = ("Đồng chí Lò Văn Khải, người con của quê hương Bản Mạ\n\n"
        "Đồng chí Lò Văn Khải sinh năm 1920 ở xã Nà Lìu. Năm 1938, đồng chí tham gia cách mạng. Năm 1940, đồng chí "
        "bị bắt giam. Năm 1945, đồng chí về quê hoạt động. Năm 1950, đồng chí được đi học. ")


def test_a_comrade_far_from_any_name_is_the_title_s_one_subject():
    got = held(_BIO + "Sau đó đồng chí được phong cấp Thiếu tướng, giữ chức Phó Tổng thanh tra Quân đội.")
    assert got == {"Lò Văn Khải": ["Phó Tổng thanh tra Quân đội"]}


def test_no_title_subject_when_the_title_names_two_persons():
    text = _BIO.replace("người con của", "và Vi Văn Ba, những người con của")
    assert held(text + "Sau đó đồng chí được phong cấp Thiếu tướng, giữ chức Phó Tổng thanh tra Quân đội.") == {}


def test_no_title_subject_for_a_plain_pronoun():
    text = _BIO.replace("đồng chí", "ông").replace("Đồng chí", "Ông")
    assert held(text + "Sau đó ông được phong cấp Thiếu tướng, giữ chức Phó Tổng thanh tra Quân đội.") == {}


def test_a_later_post_after_sau_do_without_a_verb():
    got = held("T\n\nTừ năm 1952 đến năm 1954, ông Lò Văn Khải làm Tư lệnh, sau đó Phó Tư lệnh kiêm Chính ủy Quân "
               "khu 7.")
    assert got == {"Lò Văn Khải": ["Tư lệnh", "Phó Tư lệnh kiêm Chính ủy Quân khu 7"]}


def test_a_standing_committee_member_written_thuong_vu():
    got = held("T\n\nĐầu năm 1938, đồng chí Vi Văn Ba, Thường vụ Xứ ủy, Bí thư Thành ủy Bản Mạ đã về thăm xã.")
    assert got == {"Vi Văn Ba": ["Thường vụ Xứ ủy", "Bí thư Thành ủy Bản Mạ"]}
    got = held("T\n\nTháng 5/1943, đồng chí Vi Văn Ba, Thường vụ Trung ương Đảng triệu tập hai cán bộ.")
    assert got == {"Vi Văn Ba": ["Thường vụ Trung ương Đảng"]}


def test_the_standing_committee_as_a_body_is_no_post():
    assert held("T\n\nThường vụ Tỉnh ủy Bản Mạ đã họp bàn việc này.") == {}


def test_a_delegation_head_spelt_out_and_abbreviated_is_one_post():
    got = held("T\n\nTỉnh không nắm được sai phạm của bà Lò Thị Mai, Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc "
               "hội tỉnh này. Trước đó, UBKT TƯ xem xét, thi hành kỷ luật bà Lò Thị Mai, Phó bí thư Tỉnh ủy, Trưởng "
               "đoàn ĐBQH tỉnh Bản Mạ.")
    assert got == {"Lò Thị Mai": ["Phó Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh Bản Mạ"]}


def test_an_accountant_and_a_ship_captain():
    got = held("T\n\nHồ sơ do đối tượng Vi Thị Mai – Kế toán Công ty Nà Lìu trực tiếp làm giả.")
    assert got == {"Vi Thị Mai": ["Kế toán Công ty Nà Lìu"]}
    got = held("T\n\nThuyền trưởng tàu BM 12345 Lò Văn Tí cho biết: “Đây là lần đầu”.")
    assert got == {"Lò Văn Tí": ["Thuyền trưởng tàu BM 12345"]}


def test_thuong_vu_inside_a_body_s_name_is_no_title():
    got = held("T\n\nÔng Vưu Văn Sửu, Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Phúc Lâm cho biết.")
    assert got == {"Vưu Văn Sửu": ["Chủ nhiệm Ủy ban Thường vụ Nhân đại tỉnh Phúc Lâm"]}
    got = held("T\n\nÔng Lò Văn Tí, Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội cho biết.")
    assert got == {"Lò Văn Tí": ["Phó Trưởng ban Dân nguyện - Ủy ban Thường vụ Quốc hội"]}
    assert held("T\n\nThường vụ QH đã biểu quyết việc chuyển sinh hoạt đoàn của ông Lò Văn Tí.") == {}
    got = held("T\n\nÔng Lò Văn Tí, Phó trưởng Ban Kinh tế TƯ, Thường vụ QH đã biểu quyết việc này.")
    assert "Thường vụ QH" not in got.get("Lò Văn Tí", [])
