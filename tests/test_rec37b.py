"""Post constructions left by rounds rec37 and dev10/dev11 (round rec37b; issue 8): one neutral made-up example per
construction, none from the corpus."""

from helpers import held


def test_thay_gives_the_post_to_the_subject_not_the_replaced():
    got = held("T\n\nÔng Hà Văn Lĩnh thay ông Mạc Văn Tùng làm Giám đốc Sở Xây dựng tỉnh Hòa An.")
    assert got == {"Hà Văn Lĩnh": ["Giám đốc Sở Xây dựng tỉnh Hòa An"]}
    got = held("T\n\nBà Mạc Thị Yên được bầu thay bà Lê Thị Hoa giữ chức Chủ tịch UBND huyện Tân Phong.")
    assert got == {"Mạc Thị Yên": ["Chủ tịch UBND huyện Tân Phong"]}


def test_voi_vai_tro_gives_the_post_to_the_subject():
    got = held("T\n\nHội nghị có sự tham dự của ông Hà Văn Lĩnh với vai trò Chủ tịch UBND huyện Tân Phong.")
    assert got == {"Hà Văn Lĩnh": ["Chủ tịch UBND huyện Tân Phong"]}


def test_precision_vai_tro_after_a_comma_is_no_holding():
    got = held("T\n\nÔng Hà Văn Lĩnh nhấn mạnh vai trò Chủ tịch UBND huyện trong việc chỉ đạo.")
    assert "Chủ tịch UBND huyện" not in got.get("Hà Văn Lĩnh", [])


def test_precision_negated_thay_gives_the_subject_nothing():
    got = held("T\n\nThứ trưởng Hà Văn Lĩnh chưa thay thế ông Mạc Văn Tùng để đảm nhiệm chức vụ Bí thư Đảng ủy Cục.")
    assert "Bí thư Đảng ủy Cục" not in got.get("Hà Văn Lĩnh", [])


def test_precision_replaced_name_opening_its_own_clause_keeps_its_post():
    got = held("T\n\nÔng Hà Văn Lĩnh đến giữ chức Trưởng ban Tuyên giáo Tỉnh ủy thay ông Mạc Văn Tùng "
               "đến nhận nhiệm vụ là Bí thư Huyện ủy Tân Phong.")
    assert "Bí thư Huyện ủy Tân Phong" not in got.get("Hà Văn Lĩnh", [])
