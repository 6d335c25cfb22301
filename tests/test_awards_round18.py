"""Award conferrals, round 18 (issue 8): sentences drawn from the text by award word
(scripts/data/awards_text_sample_89_before.tsv) — a contest's placing that confers nothing, a bare level word as the
giver ("được phường thưởng nóng"). Neutral made-up examples."""

from test_awards_posts import _confs


def test_a_bare_prize_word_of_those_that_won_is_no_conferral():
    (c,) = _confs("T\n\nChủ tịch nước trao Giải thưởng Hồ Chí Minh cho các tác giả, công trình đạt giải.")
    assert c["names"] == ["Giải thưởng Hồ Chí Minh"]


def test_grade_prizes_of_a_contests_prize_structure_are_no_conferral():
    assert _confs("T\n\nCác đội đoạt giải Nhì và giải Ba sẽ được nhận tiền thưởng.") == []
    assert _confs("T\n\nTác phẩm đoạt giải Nhất sẽ được chọn làm biểu trưng của hội thi.") == []


def test_a_grade_prize_won_or_given_is_still_a_conferral():
    (c,) = _confs("T\n\nBan Tổ chức trao giải Nhất cho Lê Văn Tám.")
    assert (c["names"], c["giver"], c["recipients"]) == (["Giải Nhất"], "Ban Tổ chức", ["Lê Văn Tám"])
    (c,) = _confs("T\n\nEm Lê Văn Tám đạt giải Nhất cuộc thi vẽ tranh Hòa Bình.")
    assert c["recipients"] == ["Lê Văn Tám"]


def test_a_bare_level_word_gives_as_the_committee_of_that_level_named_before():
    (c,) = _confs("T\n\nUBND phường Tân Lạc kêu gọi người dân trình báo.\nMỗi trường hợp trình báo được phường thưởng "
                  "nóng 200.000 đồng.")
    assert c["giver"] == "UBND phường Tân Lạc"
    (c,) = _confs("T\n\nÔng Lê Văn Tám, Chủ tịch UBND xã Tân Lạc cho biết xã đã khen thưởng nhiều hộ.\nEm Lê Văn Bảy "
                  "được xã tặng giấy khen.")
    assert (c["giver"], c["recipients"]) == ("UBND xã Tân Lạc", ["Lê Văn Bảy"])


def test_a_bare_level_word_with_no_committee_named_gives_nobody():
    (c,) = _confs("T\n\nMỗi trường hợp trình báo được phường thưởng nóng 200.000 đồng.")
    assert c["giver"] is None


def test_a_bare_prize_word_given_still_tells_the_giver_of_the_contests_prizes():
    confs = _confs("T\n\nBan Tổ chức Hội thi Hòa Bình đã chọn 12 tác phẩm để trao giải.\nBan Tổ chức Hội thi Hòa Bình "
                   "đã trao 2 giải Nhất cho các tác phẩm xuất sắc nhất.")
    assert {c["giver"] for c in confs} == {"Ban Tổ chức Hội thi Hòa Bình"}


def test_a_bare_prize_word_that_names_a_ceremony_is_no_conferral():
    assert _confs("T\n\nDự lễ trao giải có Chủ tịch UBND tỉnh Hòa Bình Lê Văn Tám.") == []
