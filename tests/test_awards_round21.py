"""Award conferrals, round 21 (issue 8): sentences drawn from the text by award word
(scripts/data/awards_text_sample_101_before.tsv) — the giver told after the further years of an award won again,
"giải" in a verb or noun of its own ("giải quyết", "giải trình", "hòa giải") that names no prize. Neutral made-up
examples."""

from test_awards_posts import _confs


def test_the_giver_after_the_further_years_of_an_award():
    (c,) = _confs("T\n\nThành tích: Giải thưởng Lê Văn Tám 2015, 2016 do Thành đoàn Hòa Bình trao tặng.")
    assert c["giver"] == "Thành đoàn Hòa Bình"
    (c,) = _confs("T\n\nÔng Lê Văn Tám đã nhận Bằng khen năm 2015 và năm 2016 của UBND tỉnh Hòa Bình.")
    assert (c["giver"], c["recipients"]) == ("UBND tỉnh Hòa Bình", ["Lê Văn Tám"])


def test_further_years_keep_a_holder_no_giver():
    (c,) = _confs("T\n\nÔng Lê Văn Tám đã nhận Bằng khen năm 2015, 2016 của ông Lê Văn Năm.")
    assert c["giver"] is None


def test_giai_in_a_word_of_its_own_is_no_prize():
    assert _confs("T\n\nCông an huyện Tân Lạc tiếp nhận và giải quyết các hồ sơ của công dân.") == []
    assert _confs("T\n\nCác sở đã trao đổi, thống nhất hướng giải quyết vụ việc.") == []
    assert _confs("T\n\nSở Y tế đã tiếp nhận văn bản giải trình của bệnh viện.") == []
    assert _confs("T\n\nBà Lê Thị Hoa đề nghị xem xét quyết định công nhận hòa giải thành của Tòa án nhân dân tỉnh "
                  "Hòa Bình.") == []
    assert _confs("T\n\nThành phố cần thời gian để giải “bài toán khó” về giao thông, ông Lê Văn Tám nhận định.") == []


def test_a_prize_named_giai_still_counts():
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình trao Giải Nhất cho ông Lê Văn Tám.")
    assert (c["names"][0], c["giver"], c["recipients"]) == ("Giải Nhất", "UBND tỉnh Hòa Bình", ["Lê Văn Tám"])
    (c,) = _confs("T\n\nBan tổ chức đã trao cho anh Lê Văn Hòa giải Nhất.")
    assert (c["names"][0], c["recipients"]) == ("Giải Nhất", ["Lê Văn Hòa"])
    (c,) = _confs("T\n\nBan tổ chức trao giải bài viết hay cho anh Lê Văn Hòa.")
    assert (c["names"][0], c["recipients"]) == ("Giải bài viết hay", ["Lê Văn Hòa"])
