"""Person–post precision in host/guest sentences of an audience (issue 8): one neutral made-up example per rule."""
from helpers import posts


def test_the_posts_after_the_meeting_noun_are_the_guests_named_after_va():
    # "Tại cuộc tiếp P1, P2, Q A và ngài B": P1 and P2 are the guest B's, Q alone the host A's
    got = posts("T\n\nTại cuộc tiếp Tổng thư ký Đảng Dân chủ Xứ Mây, Chủ tịch Hội hữu nghị Sông Lô – Xứ Mây, "
                "Chủ tịch nước Lò Văn Tám và ngài Rô-bi Ta-na vui mừng nhận thấy quan hệ hai nước phát triển tốt.")
    assert got.get("Lò Văn Tám") == ["Chủ tịch nước"]
    assert sorted(got.get("Rô-bi Ta-na", [])) == ["Chủ tịch Hội hữu nghị Sông Lô – Xứ Mây",
                                                   "Tổng thư ký Đảng Dân chủ Xứ Mây"]


def test_a_guest_named_right_after_the_posts_keeps_them_and_the_host_his_own():
    # "Tại cuộc tiếp P1, P2 B, Q A": B named after his posts; no "và ngài" rule applies
    got = posts("T\n\nTại buổi hội kiến Thủ tướng Xứ Mây Rô-bi Ta-na, Chủ tịch nước Lò Văn Tám khẳng định quan hệ tốt.")
    assert got.get("Lò Văn Tám") == ["Chủ tịch nước"]
    assert got.get("Rô-bi Ta-na") == ["Thủ tướng Xứ Mây"]
    # one post of the host alone before his name and "và ông B": nothing moves
    got = posts("T\n\nTại buổi tiếp, Chủ tịch UBND tỉnh Sông Lô Lò Văn Tám và ông Vi Văn Chín trao đổi nhiều vấn đề.")
    assert got.get("Lò Văn Tám") == ["Chủ tịch UBND tỉnh Sông Lô"]
    assert "Vi Văn Chín" not in got
