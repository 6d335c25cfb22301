"""Award conferrals, round 26 (h/awards26: a sample of 40 unseen sentences, seed 113): made-up examples."""

from test_awards_posts import _confs


def test_bodies_listed_after_cho_all_receive():
    (c,) = _confs("T\n\nChiều 3/7, Ban An toàn giao thông tỉnh Sông Lam đã khen thưởng đột xuất cho 12 cá nhân, trong "
                  "đó có cán bộ, nhân viên Trung tâm Y tế huyện Tân Phú và Bệnh viện Đa khoa tỉnh Sông Lam.")
    assert c["recipients"] == ["Bệnh viện Đa khoa tỉnh Sông Lam", "Trung tâm Y tế huyện Tân Phú"]
    (c,) = _confs("T\n\nUBND tỉnh Sông Lam tặng Bằng khen cho Trường Tiểu học Tân Phú, Trường THCS Bình Minh và "
                  "Công ty Cổ phần Hòa Bình vì đã có thành tích.")
    assert len(c["recipients"]) == 3
    # a body after "của" is whose the receiver is, not a second receiver
    (c,) = _confs("T\n\nUBND tỉnh Sông Lam tặng Bằng khen cho Trường Tiểu học Tân Phú của huyện Tân Phú.")
    assert c["recipients"] == ["Trường Tiểu học Tân Phú"]


def test_a_prize_kind_praised_with_no_name_is_no_award():
    confs = _confs("T\n\nTrước đó, Lê Thị Hoa vừa được UBND tỉnh Sông Lam trao bằng khen về thành tích đoạt giải "
                   "thưởng cao ở cuộc thi quốc tế.")
    assert [c["names"] for c in confs] == [["Bằng khen"]]
    assert not _confs("T\n\nÔng Lê Văn Tám được tặng danh hiệu cao quý của ngành.")
    # a name after the praise, or the top prize, is still one award
    (c,) = _confs("T\n\nÔng Lê Văn Tám được tặng danh hiệu cao quý Anh hùng Lao động.")
    assert c["recipients"] == ["Lê Văn Tám"]
    (c,) = _confs("T\n\nÔng Lê Văn Tám đoạt giải thưởng cao nhất của cuộc thi.")
    assert c["names"] == ["Giải thưởng cao nhất"]


def test_what_is_said_after_rang_is_no_prize_name():
    assert not _confs("T\n\nÔng Lê Văn Tám nói trong lễ nhận giải thưởng rằng: “Tôi rất vui.”")
