"""Award conferrals read on devown7's misses: an award after "và nhiều" / "cùng các" is an object of the same give
verb, so it has the same giver, and does not take the giver of a like award told after it. Made-up examples."""

from test_awards_posts import _confs


def test_a_plural_award_after_va_shares_the_verb_and_its_giver():
    confs = _confs("T\n\nCông ty được Bộ Công Thương tặng Huy chương Vàng và nhiều bằng khen. Sau đó UBND tỉnh "
                   "Hòa Tây tặng Bằng khen công nhận doanh nghiệp xuất sắc.")
    assert [(c["names"][0], c["giver"]) for c in confs] == [
        ("Huy chương Vàng", "Bộ Công Thương"), ("Bằng khen", "Bộ Công Thương"), ("Bằng khen", "UBND tỉnh Hòa Tây")]


def test_an_unscheduled_cash_reward_is_a_conferral_like_an_on_the_spot_one():
    (c,) = _confs("T\n\nChiều 5/3, ông Lê Văn Tám, Bí thư Huyện ủy Hòa Tây, đã đến thăm, động viên và thưởng đột "
                  "xuất cho tập thể Công an huyện đã triệt phá đường dây ma túy.")
    assert (c["names"][0].lower(), c["giver"]) == ("thưởng đột xuất", "Lê Văn Tám")
    (c,) = _confs("T\n\nNgày 3/6, UBND huyện Hòa Tây đã khen thưởng đột xuất cho Công an xã vì thành tích bắt cướp.")
    assert c["giver"] == "UBND huyện Hòa Tây"
