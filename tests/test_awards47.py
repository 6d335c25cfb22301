"""Award conferrals, round awards47 (awards47: 10 fresh award articles, residue 1, seed 886): made-up examples."""

from test_awards_posts import _confs


def _round(confs: list[dict]) -> dict:
    return next(c for c in confs if c["names"][0].startswith("Giải thưởng"))


def test_the_committee_of_a_prize_gives_the_prize():
    confs = _confs("Nhiều tác phẩm đạt Giải thưởng Báo chí Sông Xanh năm 2016\n\n"
                   "Ban Tổ chức Giải thưởng Báo chí Sông Xanh năm 2016 đã trao 3 giải Nhất và 5 giải Nhì.")
    assert _round(confs)["giver"].startswith("Ban Tổ chức")  # the committee, with or without its prize's name


def test_the_committee_named_with_a_lower_case_prize_gives_it():
    confs = _confs("Trao Giải thưởng Sáng tạo Alpha lần thứ hai\n\n"
                   "Ban tổ chức giải thưởng Sáng tạo Alpha lần thứ hai cho biết, năm nay có 90 tác phẩm dự thi.")
    assert _round(confs)["giver"].lower().startswith("ban tổ chức")


def test_a_committee_of_another_prize_gives_nothing():
    confs = _confs("Nhiều tác phẩm đạt Giải thưởng Báo chí Sông Xanh năm 2016\n\n"
                   "Ban Tổ chức Giải thưởng Văn học Alpha cho biết sẽ công bố kết quả vào tháng sau.")
    assert _round(confs)["giver"] is None


def test_a_prize_with_its_own_giver_keeps_it():
    confs = _confs("T\n\nUBND tỉnh Alpha trao Giải thưởng Báo chí Sông Xanh năm 2016 cho 20 tác phẩm. "
                   "Ban Tổ chức Giải thưởng Báo chí Sông Xanh năm 2016 đã nhận được 300 tác phẩm.")
    assert _round(confs)["giver"] == "UBND tỉnh Alpha"
