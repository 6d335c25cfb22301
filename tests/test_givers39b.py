"""Award givers, round givers39b (issue 8, item 2): a prize list resumed after a "trong đó" aside, and a sentence
opened by "Theo đó" that details the award of the sentence before. Made-up examples."""

from test_awards_posts import _confs


def test_a_prize_list_resumed_after_a_trong_do_aside_keeps_its_giver():
    confs = _confs("T\n\nBan tổ chức cũng trao 5 giải Nhì, 8 giải Ba, trong đó phóng sự “Làng quê” của tác giả Lê "
                   "Văn Tám (Báo Sông Lam) đoạt giải Ba và 24 giải Khuyến khích.")
    assert [c["giver"] for c in confs] == ["Ban tổ chức"] * 3


def test_an_aside_that_gives_of_its_own_keeps_the_list_apart():
    confs = _confs("T\n\nBan tổ chức cũng trao 5 giải Nhì, 8 giải Ba, trong đó ông Lê Văn Tám trao giải Ba và 24 "
                   "giải Khuyến khích.")
    assert confs[-1]["giver"] == "Lê Văn Tám"


def test_theo_do_details_the_cash_reward_of_the_sentence_before():
    confs = _confs("T\n\nÔng Lê Văn Tám đại diện UBND tỉnh Sông Lam đã thưởng nóng cho Công an huyện Tân Phú. Theo "
                   "đó, tập thể Công an huyện Tân Phú được thưởng 100 triệu đồng.")
    assert [c["giver"] for c in confs] == ["UBND tỉnh Sông Lam"] * 2


def test_no_link_or_another_kind_takes_no_giver_from_the_sentence_before():
    confs = _confs("T\n\nÔng Lê Văn Tám đại diện UBND tỉnh Sông Lam đã thưởng nóng cho Công an huyện Tân Phú. Tập "
                   "thể Công an huyện Tân Phú được thưởng 100 triệu đồng.")
    assert confs[-1]["giver"] is None
    confs = _confs("T\n\nUBND tỉnh Sông Lam đã tặng Bằng khen cho Công an huyện Tân Phú. Theo đó, ông Lê Văn Tám "
                   "được tặng Huân chương Lao động hạng Ba.")
    assert confs[-1]["giver"] is None
