"""Post constructions from the unattached-title sample of seed 197 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import held, posts


def test_a_career_joined_by_roi():
    got = posts("T\n\nNăm 2010, ông Lò Văn Tám làm Giám đốc Sở Xây dựng rồi Phó Chủ tịch UBND tỉnh.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh"]}
    got = posts("T\n\nÔng Lò Văn Tám sai phạm khi làm Phó Chủ tịch, Chủ tịch rồi Bí thư Huyện ủy.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch", "Chủ tịch", "Bí thư Huyện ủy"]}


def test_a_biography_list_with_va_sau_la_and_spaced_dashes():
    got = posts("T\n\nÔng Lò Văn Tám từng giữ các chức vụ Giám đốc Công ty X và sau là Chủ tịch HĐQT - Tổng giám "
                "đốc Công ty Y.")
    assert got == {"Lò Văn Tám": ["Giám đốc Công ty X", "Chủ tịch HĐQT", "Tổng giám đốc Công ty Y"]}


def test_an_aside_then_a_spaced_dash_between_posts_after_a_name():
    got = posts("T\n\nĐoàn gồm ông Lò Văn Tám - Cục trưởng Cục Kiểm tra (Bộ Nội vụ) - Trưởng đoàn kiểm tra.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Kiểm tra", "Trưởng đoàn kiểm tra"]}


def test_co_tu_cach_la_gives_the_post():
    got = posts("T\n\nÔng Lò Văn Tám có tư cách là Tổ trưởng tổ dân phố, đồng thời là đại diện các hộ dân.")
    assert got == {"Lò Văn Tám": ["Tổ trưởng tổ dân phố"]}


def test_the_dot_of_tp_before_the_name():
    assert posts("T\n\nChủ tịch UBND TP. Lò Văn Tám cho rằng việc này không đúng.") == {
        "Lò Văn Tám": ["Chủ tịch UBND TP"]}


def test_tu_do_completes_a_partys_name():
    got = posts("T\n\nÔng đã gặp Tổng thư ký Đảng Dân chủ Tự do Xanh, Chủ tịch Hội Hữu nghị Lò Văn Tám.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội Hữu nghị", "Tổng thư ký Đảng Dân chủ Tự do Xanh"]}


def test_chinh_tri_vien_and_uy_vien_truong_are_titles():
    got = held("T\n\nNăm 1950, đồng chí Lò Văn Tám được cử giữ chức Chính trị viên Khu 5; Chính ủy Khu 8.")
    assert got == {"Lò Văn Tám": ["Chính trị viên Khu 5", "Chính ủy Khu 8"]}
    got = posts("T\n\nHai bên hội kiến với Ủy viên trưởng Ủy ban Thường vụ Quốc hội nước X Lò Văn Tám hôm qua.")
    assert got == {"Lò Văn Tám": ["Ủy viên trưởng Ủy ban Thường vụ Quốc hội nước X"]}


def test_chinh_tri_vien_pho_and_a_don_are_read_whole():
    got = posts("T\n\nĐại úy Lò Văn Tám, Chính trị viên phó Tiểu đoàn Công binh 5, vẫn ghi chép.")
    assert got == {"Lò Văn Tám": ["Chính trị viên phó Tiểu đoàn Công binh 5"]}
    # "Đồn" opens a body's name (a border or police post), no person's
    got = held("T\n\nĐoàn thăm Trung tá Lò Văn Tám, nguyên Chính trị viên Đồn Công an nhân dân vũ trang Bến Xanh.")
    assert got == {"Lò Văn Tám": ["nguyên Chính trị viên Đồn Công an nhân dân vũ trang Bến Xanh"]}
    got = posts("T\n\nThiếu tá Lò Văn Tám, Phó Đồn trưởng Đồn Biên phòng Bến Xanh cho biết.")
    assert got == {"Lò Văn Tám": ["Phó Đồn trưởng Đồn Biên phòng Bến Xanh"]}
