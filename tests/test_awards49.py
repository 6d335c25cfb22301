"""Award conferrals, round awards49 (awards49: the last 6 award articles, seed 804): made-up examples."""

from test_awards_posts import _confs


def _named(confs: list[dict], head: str) -> list[dict]:
    return [c for c in confs if c["names"] and c["names"][0].startswith(head)]


def test_a_prize_named_again_with_its_year_keeps_the_year():
    confs = _confs("12 tác phẩm được trao Giải Sông Xanh lần thứ IX\n\nTối qua, Hội Nhà văn tỉnh Alpha đã tổ chức lễ "
                   "trao Giải Sông Xanh lần thứ IX năm 2016 tại thành phố Beta.")
    assert [c["names"][0] for c in _named(confs, "Giải Sông Xanh")] == ["Giải Sông Xanh lần thứ IX năm 2016"]


def test_two_editions_of_a_prize_stay_apart():
    # a guard (passes on the code before awards49): the edition merge keeps different editions apart
    confs = _confs("Tin Alpha\n\nNăm ngoái, Hội Nhà văn tỉnh Alpha đã trao Giải Sông Xanh lần thứ VIII. Tối qua, Hội "
                   "Nhà văn tỉnh Alpha đã trao Giải Sông Xanh lần thứ IX năm 2016.")
    names = sorted(c["names"][0] for c in _named(confs, "Giải Sông Xanh"))
    assert names == ["Giải Sông Xanh lần thứ IX năm 2016", "Giải Sông Xanh lần thứ VIII"]


def test_the_council_that_judges_the_prize_gives_it_not_the_ceremony_organiser():
    confs = _confs("Tin Alpha\n\nTối qua, Hội Nhà văn tỉnh Alpha đã tổ chức lễ trao Giải Sông Xanh lần thứ IX năm 2016 "
                   "tại thành phố Beta. Năm nay, Hội đồng Giải Sông Xanh tổ chức xét tặng Giải Sông Xanh.")
    found = _named(confs, "Giải Sông Xanh")
    assert [(c["names"][0], c["giver"]) for c in found] == [("Giải Sông Xanh lần thứ IX năm 2016",
                                                              "Hội đồng Giải Sông Xanh")]


def test_a_prize_inside_a_committee_name_is_no_conferral():
    confs = _confs("Tin Alpha\n\nBan Tổ chức Giải Sông Xanh đã trao 2 giải Nhất cho các tác giả.")
    assert [c["names"][0] for c in confs] == ["Giải Nhất"]


def test_prizes_graded_by_letters_are_each_listed():
    confs = _confs("Tin Alpha\n\nBan Tổ chức đã trao 7 giải A, 24 giải B, 39 giải C và 25 giải Khuyến khích cho "
                   "các tác phẩm.")
    assert sorted(c["names"][0] for c in confs) == ["Giải A", "Giải B", "Giải C", "Giải Khuyến khích"]


def test_a_result_split_by_grade_lists_the_prizes():
    confs = _confs("Tin Alpha\n\nKết quả có 40 tác phẩm đạt giải, trong đó có 3 giải Nhất, 7 giải Nhì, 10 giải Ba và "
                   "20 giải Khuyến khích.")
    assert sorted(c["names"][0] for c in confs) == ["Giải Ba", "Giải Khuyến khích", "Giải Nhì", "Giải Nhất"]


def test_a_contest_rules_graded_list_is_no_conferral():
    # a guard (passes on the code before awards49): a list without a give verb or a result stays out
    assert _confs("Tin Alpha\n\nCơ cấu giải gồm 6 giải Nhất, 15 giải Nhì và 20 giải Ba.") == []
