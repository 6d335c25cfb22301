"""Award conferrals, round givers46 (awards46: 7 fresh award articles, residue 2, seed 841): made-up examples."""

from test_awards_posts import _confs


def test_a_prize_grade_that_goes_to_a_winner_is_conferred():
    (c,) = _confs("T\n\nNăm giải Nhì thuộc về loạt bài “Cánh đồng mới” (báo Bình Minh).")
    assert c["names"] == ["Giải Nhì"] and c["giver"] is None
    (c,) = _confs("T\n\nGiải Nhất thể loại truyền hình thuộc về tác phẩm “Ngày mới” (Đài Truyền hình tỉnh Alpha).")
    assert c["names"] == ["Giải Nhất thể loại truyền hình"]


def test_the_winner_named_after_goes_to_receives_the_prize():
    first, second = _confs("T\n\nGiải Nhì thuộc về Nguyễn Văn An, Giải Ba thuộc về Trần Văn Bình.")
    assert first["recipients"] == ["Nguyễn Văn An"] and second["recipients"] == ["Trần Văn Bình"]


def test_goes_to_without_a_grade_or_a_prize_confers_nothing():
    assert _confs("T\n\nLỗi thuộc về ai thì cần giải quyết thế nào.") == []
    assert _confs("T\n\nCác giải đấu thuộc về Liên đoàn Bóng đá tỉnh Alpha.") == []


def test_goes_to_with_no_winner_after_it_confers_nothing():
    assert _confs("T\n\nTheo quy chế, việc xét giải Nhất thuộc về thẩm quyền của Hội đồng Alpha.") == []
    assert _confs("T\n\nViệc chấm giải Nhì thuộc về trách nhiệm của Ban giám khảo.") == []
