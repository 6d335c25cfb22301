"""A post after "do <someone> làm" is the one "do" names, not a name before it (issue 8, round prec20)."""
from helpers import posts


def test_post_after_do_and_a_title_is_not_the_host_s():
    text = ("T\n\nChủ tịch nước Hoàng Văn Lam đã tiếp Đoàn đại biểu Hội Hữu nghị Nhân dân Xứ Mơ do Hội trưởng "
            "Hội Hữu nghị Nhân dân Xứ Mơ Lưu Tiểu Phong làm Trưởng đoàn.")
    assert posts(text) == {"Hoàng Văn Lam": ["Chủ tịch nước"]}
    text = "T\n\nÔng Lê Văn Tâm cho biết dự án do Sở Xây dựng tỉnh làm chủ đầu tư và Ban quản lý làm Trưởng ban."
    assert "Lê Văn Tâm" not in posts(text)


def test_post_after_a_named_leader_or_a_reason_clause_stays():
    text = "T\n\nChủ tịch nước Hoàng Văn Lam đã tiếp Đoàn đại biểu Hội Nông dân tỉnh do bà Lê Thị Hoa làm Trưởng đoàn."
    assert posts(text) == {"Hoàng Văn Lam": ["Chủ tịch nước"], "Lê Thị Hoa": ["Trưởng đoàn"]}
    assert posts("T\n\nÔng Lê Văn Tâm, do có nhiều kinh nghiệm, được giao làm Trưởng đoàn.") == {
        "Lê Văn Tâm": ["Trưởng đoàn"]}
