"""Award conferrals, round awards48 (awards48: 10 fresh award articles, residue 0, seed 896): made-up examples."""

from test_awards_posts import _confs


def _prize(confs: list[dict], head: str) -> list[dict]:
    return [c for c in confs if c["names"] and c["names"][0].startswith(head)]


def test_a_body_that_launches_a_named_prize_gives_it():
    confs = _confs("Tin Alpha\n\nNgày 5-3, UBND tỉnh Alpha đã phát động Giải thưởng Văn học Sông Xanh lần thứ nhất "
                   "năm 2017.")
    found = _prize(confs, "Giải thưởng Văn học Sông Xanh")
    assert [c["giver"] for c in found] == ["UBND tỉnh Alpha"]


def test_a_body_that_announces_a_named_prize_gives_it():
    confs = _confs("Tin Alpha\n\nSáng 10-2, Sở Y tế tỉnh Alpha công bố Giải thưởng Chất lượng Sông Xanh.")
    assert [c["giver"] for c in _prize(confs, "Giải thưởng Chất lượng")] == ["Sở Y tế tỉnh Alpha"]


def test_each_body_of_a_subject_list_gives_the_launched_prize():
    confs = _confs("Tin Alpha\n\nSau thành công của năm trước, UBND tỉnh Alpha và Sở Văn hóa tỉnh Beta tiếp tục "
                   "phát động Giải báo chí “Sông Xanh” lần thứ hai năm 2017.")
    givers = sorted(c["giver"] for c in _prize(confs, "Giải báo chí “Sông Xanh”"))
    assert givers == ["Sở Văn hóa tỉnh Beta", "UBND tỉnh Alpha"]


def test_a_body_before_the_subject_and_a_comma_gives_no_launched_prize():
    # no "và" closes a list: "Theo A," / "Tại trụ sở A," is an adverbial's body, not a second launcher
    for opening in ("Theo Sở Văn hóa tỉnh Beta", "Tại trụ sở Sở Văn hóa tỉnh Beta"):
        confs = _confs(f"Tin Alpha\n\n{opening}, UBND tỉnh Alpha đã phát động Giải thưởng Văn học Sông Xanh năm 2017.")
        assert [c["giver"] for c in _prize(confs, "Giải thưởng Văn học")] == ["UBND tỉnh Alpha"], opening


def test_a_prize_to_be_launched_is_no_conferral():
    confs = _confs("Tin Alpha\n\nTháng tới, UBND tỉnh Alpha sẽ phát động Giải thưởng Văn học Sông Xanh năm 2017.")
    assert _prize(confs, "Giải thưởng Văn học") == []


def test_a_launched_contest_is_no_conferral():
    confs = _confs("Tin Alpha\n\nUBND tỉnh Alpha vừa phát động cuộc thi sáng tác biểu trưng Lễ hội Sông Xanh; tác "
                   "phẩm đoạt giải Nhất sẽ được nhận giải thưởng 50 triệu đồng.")
    assert all(c["giver"] is None for c in confs)


def test_announced_results_of_a_prize_are_not_its_launch():
    confs = _confs("Tin Alpha\n\nBan Giám khảo công bố kết quả Giải thưởng Văn học Sông Xanh năm 2017.")
    assert all(c["giver"] is None for c in _prize(confs, "Giải thưởng Văn học"))
