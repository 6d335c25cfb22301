"""Award conferrals, round 14 (issue 8): recipients and givers left by round 13
(scripts/data/awards_sample_67_after.tsv, scripts/data/awards_dev_misses_13.md). Neutral made-up examples."""

from test_awards_posts import _confs


def test_joint_organisers_of_a_welcoming_ceremony_do_not_receive():
    (c,) = _confs("T\n\nSáng 3/4, Tỉnh ủy, HĐND, UBND tỉnh Yên Bái long trọng tổ chức Lễ kỷ niệm 50 năm Ngày thành "
                  "lập tỉnh và đón nhận Huân chương Độc lập hạng Nhì.")
    assert c["recipients"] == []


def test_a_single_organiser_of_a_welcoming_ceremony_receives():
    (c,) = _confs("T\n\nCông an tỉnh Yên Bái tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống và đón nhận Huân chương "
                  "Độc lập hạng Nhì.")
    assert c["recipients"] == ["Công an tỉnh Yên Bái"]


def test_a_province_after_cho_receives():
    (c,) = _confs("T\n\nPhó Chủ tịch nước trao Huân chương Lao động hạng Nhì cho tỉnh Yên Bái.")
    assert c["recipients"] == ["tỉnh Yên Bái"]
    (c,) = _confs("T\n\nSáng 3/4, Tỉnh ủy, HĐND, UBND tỉnh Yên Bái tổ chức Lễ kỷ niệm 50 năm Ngày thành lập tỉnh và "
                  "đón nhận Huân chương Độc lập hạng Nhì. Phó Chủ tịch nước trao Huân chương Độc lập hạng Nhì cho "
                  "tỉnh Yên Bái.")
    assert c["recipients"] == ["tỉnh Yên Bái"]


def test_the_border_guard_of_a_province_is_a_body_that_receives():
    (c,) = _confs("T\n\nPhó Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Bộ đội Biên phòng "
                  "tỉnh Yên Bái.")
    assert c["recipients"] == ["Bộ đội Biên phòng tỉnh Yên Bái"]
    (c,) = _confs("T\n\nPhó Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Công an nhân dân "
                  "vũ trang tỉnh Yên Bái.")
    assert c["recipients"] == ["Công an nhân dân vũ trang tỉnh Yên Bái"]


def test_a_list_of_titles_with_a_plain_item_between_shares_one_recipient():
    confs = _confs("T\n\nBà Lê Thị Hoa liên tục được UBND tỉnh trao tặng danh hiệu giáo viên dạy giỏi cấp tỉnh, nữ cán "
                   "bộ tiêu biểu của ngành, chiến sĩ thi đua.")
    assert [c["recipients"] for c in confs] == [["Lê Thị Hoa"], ["Lê Thị Hoa"]]


def test_a_receiving_verb_between_two_awards_still_parts_them():
    confs = _confs("T\n\nTrường Tiểu học Hòa Bình được UBND tỉnh tặng Bằng khen, năm sau lớp 5A đạt danh hiệu Tập "
                   "thể lao động tiên tiến.")
    assert confs[0]["recipients"] == ["Trường Tiểu học Hòa Bình"] and confs[-1]["recipients"] == []


def test_a_certificate_named_by_the_title_it_honours_keeps_the_title():
    (c,) = _confs("T\n\nNăm 2016, Trường Tiểu học Hòa Bình được UBND tỉnh Yên Bái tặng Bằng khen tập thể lao động xuất "
                  "sắc.")
    assert c["names"] == ["Bằng khen tập thể lao động xuất sắc"]
    (c,) = _confs("T\n\nUBND tỉnh Yên Bái tặng Bằng khen tập thể và cá nhân có thành tích xuất sắc.")
    assert c["names"] == ["Bằng khen"]
