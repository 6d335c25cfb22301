"""Award conferrals read on devown7's misses, second round: a visitor who leads companions gives the reward handed
over at the body he visits ("A, Bí thư …, cùng lãnh đạo X đến Y thăm và thưởng …"). Made-up examples."""

from test_awards_posts import _confs


def test_a_visitor_with_posts_who_leads_companions_gives_not_the_body_he_visits():
    (c,) = _confs("T\n\nChiều 4/5, ông Lê Văn Tám, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hòa Tây cùng lãnh đạo "
                  "Tỉnh ủy, UBND tỉnh đến Công an tỉnh Hòa Tây thăm, động viên và thưởng đột xuất cho tập thể "
                  "tham gia phá án.")
    assert c["giver"] == "Lê Văn Tám"
    (c,) = _confs("T\n\nÔng Lê Văn Tám - Bí thư Tỉnh ủy Hòa Tây cùng đại diện Sở Nội vụ đến Trường Tiểu học Hòa "
                  "Tây trao Bằng khen cho 3 giáo viên.")
    assert c["giver"] == "Lê Văn Tám"


def test_a_medal_named_for_a_field_keeps_the_field_past_six_words():
    (c,) = _confs("T\n\nCông ty được Bộ Giao thông tặng Huy chương Bạc chất lượng cao ngành Giao thông vận tải Việt "
                  "Nam năm 2010.")
    assert c["names"][0] == "Huy chương Bạc chất lượng cao ngành Giao thông vận tải Việt Nam năm 2010"
    (c,) = _confs("T\n\nCông ty được tặng Huy chương Bạc chất lượng cao ngành Giao thông vận tải Việt Nam cho sản "
                  "phẩm cầu thép.")
    assert c["names"][0] == "Huy chương Bạc chất lượng cao ngành Giao thông vận tải Việt Nam"
