"""Award conferrals, round awards44 (a seeded sample of 60 corpus conferrals, seed 844): made-up examples."""

from test_awards_posts import _confs


def test_a_conferral_made_on_a_proposal_is_still_told():
    (c,) = _confs("T\n\nTheo đề xuất của Sở Nội vụ Chủ tịch UBND tỉnh đã tặng Bằng khen cho bà Lê Thị Hoa.")
    assert c["recipients"] == ["Lê Thị Hoa"]  # the proposal it came from, not the clause's verb (no comma after it)
    assert _confs("T\n\nSở Nội vụ đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho bà Lê Thị Hoa.") == []


def test_those_who_attend_are_not_recipients():
    (c,) = _confs("T\n\nChủ tịch tỉnh Hà Văn Bình trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Khải "
                  "Cùng dự có Phó Chủ tịch tỉnh Trần Văn Nam và Bí thư Huyện ủy Đỗ Thị Hoa.")
    assert c["recipients"] == ["Lê Văn Khải"]
    (c,) = _confs("T\n\nChủ tịch tỉnh Hà Văn Bình trao Bằng khen cho ông Lê Văn Khải và bà Đỗ Thị Hoa.")
    assert c["recipients"] == ["Lê Văn Khải", "Đỗ Thị Hoa"]
