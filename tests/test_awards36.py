"""Award conferrals, round 36 (h/awards36: the train/devown misses and a sample of 40 unseen sentences, seed 439):
made-up examples."""

from test_awards_posts import _confs


def test_a_grade_right_before_a_named_prize_is_that_prize_graded():
    (c,) = _confs("T\n\nBáo Sông Lam giành giải nhất giải thưởng toàn quốc về phát thanh năm 2030.")
    assert c["names"] == ["Giải nhất giải thưởng toàn quốc về phát thanh năm 2030"]
    assert c["recipients"] == ["Báo Sông Lam"]
    (c,) = _confs("T\n\nTác phẩm của Lê Văn Tám đoạt giải Nhì Giải báo chí về nông thôn mới.")
    assert c["names"] == ["Giải Nhì Giải báo chí về nông thôn mới"]
    (c,) = _confs("T\n\nNhóm tác giả Đài Sông Lam nhận giải Khuyến khích của Giải thưởng Búa liềm vàng năm 2030.")
    assert c["names"] == ["Giải Khuyến khích của Giải thưởng Búa liềm vàng năm 2030"]
    # a grade with no prize named right after it stays as it was
    assert [c["names"] for c in _confs("T\n\nBan Tổ chức trao giải Nhất cho Lê Văn Tám.")] == [["Giải Nhất"]]


def test_a_record_certificate_is_an_award_and_its_giver_confirms_and_gives():
    (c,) = _confs("T\n\nTại buổi lễ, Hội Kỷ lục gia Sông Lam đã xác nhận và trao Bằng chứng nhận kỷ lục cho Công ty "
                  "TNHH Tân Phú.")
    assert c["names"] == ["Bằng chứng nhận kỷ lục"]
    assert c["giver"] == "Hội Kỷ lục gia Sông Lam"
    assert c["recipients"] == ["Công ty TNHH Tân Phú"]
    # the verbs told beside the giving are the giver's for any award
    (c,) = _confs("T\n\nSở Y tế tỉnh Sông Lam đã biểu dương và tặng Bằng khen cho Bệnh viện Đa khoa huyện Tân Phú.")
    assert c["giver"] == "Sở Y tế tỉnh Sông Lam"


def test_the_value_of_a_prize_is_no_name():
    assert not _confs("T\n\nCác đội đoạt giải nhận giải thưởng trị giá lần lượt là 500 USD và 300 USD.")


def test_a_body_or_person_joined_before_an_office_that_gives_gives_too():
    confs = _confs("T\n\nSau khi phá án, lãnh đạo UBND tỉnh Sông Lam và Giám đốc Công an tỉnh Sông Lam đã biểu dương, "
                   "thưởng nóng Phòng Cảnh sát hình sự.")
    assert sorted(c["giver"] for c in confs) == ["Giám đốc Công an tỉnh Sông Lam", "UBND tỉnh Sông Lam"]
    assert all(c["recipients"] == ["Phòng Cảnh sát hình sự"] for c in confs)
    confs = _confs("T\n\nÔng Lê Văn Tám và Chủ tịch UBND tỉnh Sông Lam đã tặng Bằng khen cho Bệnh viện Tân Phú.")
    assert sorted(c["giver"] for c in confs) == ["Chủ tịch UBND tỉnh Sông Lam", "Lê Văn Tám"]
    # an office alone stays one giver
    confs = _confs("T\n\nChủ tịch UBND tỉnh Sông Lam đã tặng Bằng khen cho Bệnh viện Tân Phú.")
    assert [c["giver"] for c in confs] == ["Chủ tịch UBND tỉnh Sông Lam"]


def test_grades_listed_after_a_prize_keep_its_kind():
    confs = _confs("T\n\nBan Tổ chức đã trao các giải Nhất, Nhì, Ba và Khuyến khích cho các tác phẩm của Lê Văn Tám.")
    assert [c["names"] for c in confs] == [["Giải Nhất"], ["Giải Nhì"], ["Giải Ba"], ["Giải Khuyến khích"]]
    # further titles of a list are whole names of their own
    confs = _confs("T\n\nÔng Lê Văn Tám được tặng các danh hiệu Lao động tiên tiến và Chiến sĩ thi đua cơ sở.")
    assert [c["names"] for c in confs] == [["Danh hiệu Lao động tiên tiến"], ["Chiến sĩ thi đua cơ sở"]]
