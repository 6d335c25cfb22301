"""Award conferrals, round 25 (h/awards25: a sample of 40 unseen sentences, seed 109): made-up examples."""

from test_awards_posts import _confs


def test_a_visitor_who_rewards_in_cash_gives():
    (c,) = _confs("T\n\nChiều 5/3, đồng chí Lê Văn Tám, Bí thư Tỉnh ủy Sông Lam cùng các cơ quan của tỉnh đã đến trụ "
                  "sở Công an tỉnh Sông Lam để thăm, động viên và thưởng đột xuất cho một số tập thể có thành tích.")
    assert c["giver"] == "Lê Văn Tám"
    confs = _confs("T\n\nBí thư Huyện ủy Tân Phú Hoàng Văn Bình và Chủ tịch UBND huyện Tân Phú Trần Văn Nam đã đến "
                   "thăm, động viên và khen thưởng đột xuất lực lượng Công an huyện về thành tích đạt được.")
    assert sorted(c["giver"] for c in confs) == ["Hoàng Văn Bình", "Trần Văn Nam"]


def test_a_bare_place_that_receives_is_the_place_named_with_its_level():
    confs = _confs("T\n\nLễ kỷ niệm diễn ra tại tỉnh Sông Lam. Các đại biểu thăm tỉnh Sông Lam. Sông Lam đã vinh dự "
                   "được Đảng, Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, Huân chương Độc lập hạng "
                   "Ba, cùng nhiều phần thưởng cao quý khác.")
    assert len(confs) == 4
    assert all(c["recipients"] == ["tỉnh Sông Lam"] for c in confs)
    # a subject that is no place of the report receives nothing
    confs = _confs("T\n\nTân Hòa đã vinh dự được Nhà nước tặng Huân chương Độc lập hạng Ba.")
    assert [c["recipients"] for c in confs] == [[]]
    # what wins a prize is a team named for the place, not the place
    confs = _confs("T\n\nĐội bóng của tỉnh Sông Lam thi đấu tốt. Sông Lam đoạt Giải thưởng câu lạc bộ xuất sắc nhất.")
    assert all(c["recipients"] != ["tỉnh Sông Lam"] for c in confs)
