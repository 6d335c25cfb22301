"""Award conferrals, round 17 (issue 8): sentences drawn from the text by award word
(scripts/data/awards_text_sample_83_before.tsv) — a file that puts an award forward, a source that opens the clause,
an organiser's giver beside the authority named later. Neutral made-up examples."""

from test_awards_posts import _confs


def test_the_one_whose_file_is_considered_for_an_award_does_not_give_it():
    for verb in ("để xét tặng", "đề nghị tặng thưởng"):
        (c,) = _confs(f"T\n\nÔng Lê Văn Tám khai sinh năm 1945 trong hồ sơ {verb} Huy chương Kháng chiến hạng Nhì.")
        assert (c["giver"], c["presenter"]) == (None, None)


def test_a_source_that_opens_the_clause_does_not_receive():
    for who in ("Bộ trưởng Lê Văn Tám", "ông Lê Văn Tám"):
        (c,) = _confs(f"T\n\nTheo {who}, các tác giả có công trình được trao tặng Giải thưởng Hồ Chí Minh năm nay "
                      "đã cống hiến nhiều.")
        assert c["recipients"] == []


def test_who_receives_files_that_put_an_award_forward_does_not_receive_it():
    (c,) = _confs("T\n\nĐợt này, Sở Nội vụ tỉnh Hòa Bình nhận được 12 hồ sơ đề nghị xét tặng Huân chương Lao động.")
    assert c["recipients"] == []


def test_the_organisers_giver_yields_to_the_authority_named_later_also_after_a_giverless_mention():
    confs = _confs("Trao Giải thưởng Mùa Xuân\n\nSáng 5/3, Sở Văn hóa tỉnh Hòa Bình tổ chức Lễ trao tặng "
                   "Giải thưởng Mùa Xuân.\nChủ tịch UBND tỉnh Lê Văn Tám trao Giải thưởng Mùa Xuân cho "
                   "các tác giả.")
    assert [(c["giver"], c["presenter"]) for c in confs] == [("Lê Văn Tám", "Lê Văn Tám")]


def test_bodies_listed_before_a_cash_reward_each_give_it():
    confs = _confs("T\n\nSáng 3/6, Sở Y tế tỉnh Hòa Bình và UBND huyện Lạc Sơn đã thưởng nóng cho cán bộ trạm y tế.")
    assert sorted(c["giver"] for c in confs) == ["Sở Y tế tỉnh Hòa Bình", "UBND huyện Lạc Sơn"]


def test_an_award_yet_to_come_is_not_conferred():
    assert _confs("T\n\nĐội chiến thắng sẽ được nhận Cúp Vô địch Hội thi Hòa Bình 2018.") == []
    assert _confs("T\n\nNgười thắng cuộc sẽ nhận Cúp Vàng Hòa Bình.") == []
    (c,) = _confs("T\n\nĐội Hòa Bình đã được nhận Cúp Vô địch Hội thi Hòa Bình 2018.")


def test_the_bodies_right_after_a_cash_reward_receive_it():
    (c,) = _confs("T\n\nLãnh đạo UBND tỉnh Hòa Bình biểu dương, thưởng nóng Phòng Cảnh sát Hình sự và Công an huyện "
                  "Lạc Sơn vì đã phá nhanh vụ án.")
    assert (c["giver"], c["recipients"]) == ("UBND tỉnh Hòa Bình", ["Công an huyện Lạc Sơn", "Phòng Cảnh sát Hình sự"])
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình đã thưởng nóng ban chuyên án.")
    assert c["recipients"] == []


def test_a_body_named_in_the_venue_before_the_subject_does_not_give():
    (c,) = _confs("T\n\nSáng 24/5, tại phòng CSHS Công an tỉnh Hòa Bình, UBND tỉnh Hòa Bình đã tổ chức thưởng nóng "
                  "cho ban chuyên án.")
    assert c["giver"] == "UBND tỉnh Hòa Bình"


def test_an_unnamed_force_right_after_a_cash_reward_is_no_named_receiver():
    (c,) = _confs("T\n\nUBND tỉnh Hòa Bình đã quyết định thưởng “nóng” lực lượng công an phá nhanh vụ án.")
    assert c["recipients"] == []


def test_a_prize_named_in_lower_case_inside_quotes_after_the_give_verb_is_the_award():
    (c,) = _confs('T\n\nChủ tịch UBND tỉnh Lê Văn Tám trao "giải thưởng Mùa Xuân" cho 18 tác giả.')
    assert c["names"][0] == "Giải thưởng Mùa Xuân" and c["giver"] == "Lê Văn Tám"
