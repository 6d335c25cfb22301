"""Award conferrals, round 37 (h/awards37: a sample of 80 conferrals and 40 award sentences of the base corpus build,
seed 443): made-up examples."""

from helpers import run
from test_awards_posts import _confs


def test_a_number_word_before_the_award_keeps_the_giver_of_a_give_verb():
    confs = _confs("T\n\nBan tổ chức đã trao giải Nhất cho đội Sông Lam; trao hai giải Nhì cho đội Tân Phú.")
    assert [(c["names"], c["giver"]) for c in confs] == [(["Giải Nhất"], "Ban tổ chức"),
                                                         (["Giải Nhì"], "Ban tổ chức")]
    (c,) = _confs("T\n\nSở Văn hóa tỉnh Sông Lam trao ba giải Ba cho các đội.")
    assert c["giver"] == "Sở Văn hóa tỉnh Sông Lam"
    (c,) = _confs("T\n\nCác đội được Sở Văn hóa tỉnh Sông Lam trao hai giải Nhì.")
    assert c["giver"] == "Sở Văn hóa tỉnh Sông Lam"


def test_one_who_speaks_at_an_award_ceremony_is_not_its_giver():
    (c,) = _confs("T\n\nChủ tịch nước Lê Văn Tám phát biểu tại lễ trao giải Báo chí quốc gia năm 2030.")
    assert c["names"] == ["Giải Báo chí quốc gia năm 2030"]
    assert c["giver"] is None and c["presenter"] is None
    (c,) = _confs("T\n\nBộ trưởng Lê Văn Tám dự Lễ trao tặng Huân chương Lao động hạng Nhất cho Công ty Tân Phú.")
    assert c["giver"] is None and c["recipients"] == ["Công ty Tân Phú"]
    # one who hands it over at the ceremony still gives
    (c,) = _confs("T\n\nTại buổi lễ, ông Lê Văn Tám trao Bằng khen cho Công ty Tân Phú.")
    assert c["giver"] == "Lê Văn Tám"


def test_a_caption_place_in_parentheses_keeps_two_givers_joined():
    confs = _confs("T\n\nPhó Thủ tướng Trần Văn Bình (thứ tư từ phải sang) và Chủ nhiệm Ủy ban Đối ngoại Lê Văn Tám "
                   "(thứ ba từ trái sang) cùng trao giải Nhì cho các tác giả.")
    assert sorted(c["giver"] for c in confs) == ["Lê Văn Tám", "Trần Văn Bình"]
    assert all(c["presenter"] == c["giver"] for c in confs)


def test_a_bare_verb_of_rewarding_with_a_sum_is_a_cash_award():
    (c,) = _confs("T\n\nChủ tịch UBND tỉnh Sông Lam quyết định thưởng cho Công an huyện Tân Phú và Công an huyện "
                  "Lạc Dương mỗi đơn vị 20 triệu đồng.")
    assert c["names"] == ["Thưởng mỗi đơn vị 20 triệu đồng"]
    assert c["giver"] == "Chủ tịch UBND tỉnh Sông Lam"
    assert c["recipients"] == ["Công an huyện Lạc Dương", "Công an huyện Tân Phú"]
    confs = _confs("T\n\nUBND tỉnh Sông Lam thưởng nóng 50 triệu đồng, Ngân hàng Tân Phú thưởng 30 triệu và UBND "
                   "huyện Tân Phú thưởng 20 triệu đồng cho lực lượng phá án.")
    assert [c["giver"] for c in confs] == ["UBND tỉnh Sông Lam", "Ngân hàng Tân Phú", "UBND huyện Tân Phú"]
    assert confs[2]["names"] == ["Thưởng 20 triệu đồng"]


def test_the_verb_of_rewarding_without_a_sum_or_inside_a_compound_is_no_award():
    assert not _confs("T\n\nCông nhân được thưởng Tết 5 triệu đồng. Du khách thưởng thức cà phê Tân Phú.")
    assert not _confs("T\n\nĐội bóng nhận tiền thưởng 50 triệu đồng của Công ty Tân Phú.")


def test_a_gift_compound_goes_on_the_name_of_a_contest_prize():
    (c,) = _confs("T\n\nAnh Lê Văn Tám đạt giải Nhất cuộc thi quà tặng du lịch tỉnh Sông Lam năm 2030.")
    assert c["names"] == ["Giải Nhất cuộc thi quà tặng du lịch tỉnh Sông Lam năm 2030"]
    assert c["recipients"] == ["Lê Văn Tám"]


def test_a_prize_paid_out_or_a_count_of_millions_is_no_cash_award():
    assert not _confs("T\n\nCông ty Tân Phú đã trả thưởng cho gần 2,7 triệu vé trúng thưởng với tổng số tiền "
                      "100 tỷ đồng.")
    assert not _confs("T\n\nHợp tác xã Tân Phú thưởng cho 1,2 triệu hội viên một chuyến tham quan.")
    (c,) = _confs("T\n\nDẹp vỉa hè tốt, xã Tân Phú được thưởng 1,5 tỉ đồng.")
    assert c["names"] == ["Thưởng 1,5 tỉ đồng"]


def test_a_cash_award_whose_sum_follows_its_receivers_is_named_with_that_sum():
    confs = _confs("T\n\nGiám đốc Công an tỉnh Sông Lam thưởng cho Phòng Cảnh sát hình sự, Phòng Kỹ thuật nghiệp vụ, "
                   "Công an huyện Tân Phú, Công an huyện Lạc Dương, Phòng 3 – Cục Kỹ thuật nghiệp vụ, Phòng 5 – Cục "
                   "Cảnh sát hình sự (Bộ Công an) mỗi đơn vị 5 triệu đồng.")
    assert [c["names"] for c in confs] == [["Thưởng mỗi đơn vị 5 triệu đồng"]]
    assert confs[0]["giver"] == "Giám đốc Công an tỉnh Sông Lam"


def test_the_verb_of_rewarding_is_no_head_a_short_name_may_not_hold():
    res = run("T\n\nTrưởng ban Tuyên giáo tỉnh Lê Văn Thưởng dự hội nghị. Ông Thưởng cho biết ngành sẽ đổi mới.")
    assert [m.text for m in res.doc.mentions if m.kind == "person"] == ["Lê Văn Thưởng", "Thưởng"]
