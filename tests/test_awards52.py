"""Award conferrals, round awards52 (a headline's conferral is the body's of the same award): made-up examples."""

from test_awards_posts import _confs


def _named(confs: list[dict], word: str) -> list[dict]:
    return [c for c in confs if any(word in n.lower() for n in c["names"])]


def test_a_headline_prize_written_short_is_the_body_prize_written_in_full():
    confs = _confs("Trao giải báo chí Sông Lam cho 20 tác phẩm\n\n"
                   "Chiều 3-5, Hội Nhà báo tỉnh Alpha tổ chức lễ tổng kết và trao giải Báo chí Sông Lam tỉnh Alpha "
                   "lần thứ V (2030-2031). Các tác phẩm đoạt giải có chất lượng cao.")
    prizes = _named(confs, "sông lam")
    assert len(prizes) == 1
    assert prizes[0]["names"][0] == "Giải Báo chí Sông Lam tỉnh Alpha lần thứ V (2030-2031)"
    assert prizes[0]["giver"] == "Hội Nhà báo tỉnh Alpha"


def test_a_headline_grade_of_a_contest_joins_the_body_grade_of_that_contest():
    confs = _confs("Bình gốm Mây Trắng đạt giải Nhất cuộc thi quà tặng du lịch 2031\n\n"
                   "Bình gốm \"Mây Trắng\" đã đạt giải Nhất cuộc thi \"Thiết kế sản phẩm lưu niệm, quà tặng du lịch "
                   "2031\" do Sở Du lịch tỉnh Beta tổ chức.")
    firsts = _named(confs, "giải nhất")
    assert len(firsts) == 1
    assert "Thiết kế sản phẩm lưu niệm" in firsts[0]["names"][0]


def test_a_headline_prize_shared_by_two_body_prizes_stays_apart():
    confs = _confs("Trao giải báo chí Sông Lam\n\n"
                   "Hội Nhà báo tỉnh Alpha trao giải Báo chí Sông Lam lần thứ V cho 20 tác phẩm. Năm ngoái, Hội đã "
                   "trao giải Báo chí Sông Lam lần thứ IV cho 18 tác phẩm.")
    names = sorted(c["names"][0] for c in _named(confs, "sông lam"))
    assert names == ["Giải Báo chí Sông Lam lần thứ IV", "Giải Báo chí Sông Lam lần thứ V"]
