"""Award conferrals, round givers45 (awards45: 9 fresh award articles, seed 889): made-up examples."""

from test_awards_posts import _confs


def test_the_organiser_of_a_gathering_and_prize_ceremony_gives_the_prize():
    (c,) = _confs("T\n\nChiều 5-6, Sở Văn hóa phối hợp với Hội Nhà báo tỉnh Hòa Bình tổ chức họp mặt kỷ niệm 92 năm "
                  "ngày Báo chí cách mạng Việt Nam và tổng kết trao giải Báo chí Lê Văn An tỉnh Hòa Bình lần thứ V.")
    assert c["giver"] == "Hội Nhà báo tỉnh Hòa Bình"
    (c,) = _confs("T\n\nUBND xã tổ chức chấm và trao giải bánh đẹp.")
    assert c["giver"] == "UBND xã"
    # a person named after "và" gives of his own
    (c,) = _confs("T\n\nSở Văn hóa tổ chức hội thi và ông Trần Văn Bình trao giải Báo chí Lê Văn An lần thứ V.")
    assert c["giver"] == "Trần Văn Bình"


def test_the_years_of_an_edition_belong_to_the_prize_name():
    (c,) = _confs("T\n\nHội Nhà báo tỉnh trao giải Báo chí Lê Văn An lần thứ V (2015-2016) cho 20 tác phẩm.")
    assert c["names"] == ["Giải Báo chí Lê Văn An lần thứ V (2015-2016)"]
    (c,) = _confs("T\n\nLễ trao Giải báo chí Lê Văn An lần thứ IX-2016 được tổ chức tại Hà Nội.")
    assert c["names"] == ["Giải báo chí Lê Văn An lần thứ IX-2016"]


def test_a_breakdown_among_counted_people_takes_the_rewarder_of_the_sentence_before():
    text = ("T\n\nTại buổi lễ, Ban chỉ đạo khen thưởng 300 cá nhân. Trong đó, 20 cá nhân được trao kỷ niệm chương "
            "“Vì sự nghiệp nhân đạo”.")
    (c,) = _confs(text)
    assert c["giver"] == "Ban chỉ đạo"
    # no link word, or a sentence before that rewards no one: no giver
    (c,) = _confs(text.replace("Trong đó, 20", "Có 20"))
    assert c["giver"] is None
    (c,) = _confs(text.replace("khen thưởng 300 cá nhân", "báo cáo kết quả"))
    assert c["giver"] is None
