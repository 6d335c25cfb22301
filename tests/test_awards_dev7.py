"""Award conferrals read on devown7's misses: an award after "và nhiều" / "cùng các" is an object of the same give
verb, so it has the same giver, and does not take the giver of a like award told after it. Made-up examples."""

from test_awards_posts import _confs


def test_a_plural_award_after_va_shares_the_verb_and_its_giver():
    confs = _confs("T\n\nCông ty được Bộ Công Thương tặng Huy chương Vàng và nhiều bằng khen. Sau đó UBND tỉnh "
                   "Hòa Tây tặng Bằng khen công nhận doanh nghiệp xuất sắc.")
    assert [(c["names"][0], c["giver"]) for c in confs] == [
        ("Huy chương Vàng", "Bộ Công Thương"), ("Bằng khen", "Bộ Công Thương"), ("Bằng khen", "UBND tỉnh Hòa Tây")]
