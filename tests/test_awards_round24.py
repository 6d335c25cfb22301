"""Award conferrals, round 24 (h/awards23: a sample of 40 unseen sentences, seed 107): made-up examples."""

from test_awards_posts import _confs


def test_the_party_beside_the_state_is_a_joint_giver():
    confs = _confs("T\n\nĐồng chí Lê Văn Tám đã được Đảng, Nhà nước tặng Huy hiệu 60 năm tuổi Đảng.")
    assert sorted(c["giver"] for c in confs) == ["Nhà nước", "Đảng"]
    assert all(c["recipients"] == ["Lê Văn Tám"] for c in confs)
    (c,) = _confs("T\n\nThay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước Hà Văn Bình trao Huân chương Lao động hạng Ba "
                  "cho Trường Đại học Tân Hòa.")  # a lead-in: the State stands for both
    assert (c["giver"], c["presenter"]) == ("Nhà nước", "Hà Văn Bình")
    (c,) = _confs("T\n\nTrường Đại học Tân Hòa vinh dự đón nhận Huân chương Lao động hạng Nhì của Đảng, Nhà nước.")
    assert c["giver"] == "Nhà nước"


def test_a_proposal_to_give_an_award_is_no_conferral():
    assert _confs("T\n\nSở Nội vụ đã có hồ sơ đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho bà Lê Thị Hoa.") == []
    assert _confs("T\n\nHội đồng hoàn tất hồ sơ đề xuất tặng Bằng khen cho ông Trần Văn Nam.") == []
    (c,) = _confs("T\n\nTheo đề xuất của Sở Nội vụ, Chủ tịch UBND tỉnh đã tặng Bằng khen cho bà Lê Thị Hoa.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch UBND tỉnh", ["Lê Thị Hoa"])


def test_the_receivers_after_cho_end_where_the_merit_begins():
    # a headline run into the text: the official of the next clause is not the reward's receiver
    confs = _confs("T\n\nUBND huyện Tân Phú thưởng nóng cho lực lượng phá án Với chiến công triệt phá đường dây ma "
                   "túy, ông Lê Văn Hải, Chủ tịch UBND huyện Tân Phú đã trao tặng giấy khen cho Đội CSĐT.")
    assert [(c["names"][0], c["recipients"]) for c in confs if c["names"][0] == "Thưởng nóng"] == [("Thưởng nóng", [])]
    (c,) = _confs("T\n\nUBND huyện Tân Phú trao Bằng khen cho ông Trần Văn Nam với thành tích xuất sắc, bà Lê Thị "
                  "Hoa phát biểu.")
    assert c["recipients"] == ["Trần Văn Nam"]


def test_a_kind_only_praised_names_no_award():
    assert _confs("T\n\nViệc trao tặng các danh hiệu cao quý của Đảng ghi nhận công lao của các đảng viên.") == []
    assert _confs("T\n\nNhiều nhà báo của Khoa đã đoạt nhiều giải thưởng cao quý về báo chí.") == []
    (c,) = _confs("T\n\nÔng Lê Văn Tám được Nhà nước phong tặng danh hiệu cao quý Anh hùng Lao động.")
    assert c["recipients"] == ["Lê Văn Tám"]


def test_the_one_who_acts_for_a_named_authority_hands_the_award_over():
    (c,) = _confs("T\n\nNhân dịp này, ông Hoàng Văn Bình thay mặt Thủ tướng Chính phủ Lê Văn Tám trao Bằng khen cho "
                  "Nhà xuất bản Sông Lam.")
    assert (c["giver"], c["presenter"]) == ("Lê Văn Tám", "Hoàng Văn Bình")
    (c,) = _confs("T\n\nBà Trần Thị Hoa, Phó Chủ tịch UBND tỉnh thay mặt Chủ tịch UBND tỉnh Lê Văn Tám trao Bằng khen "
                  "cho Trường Tiểu học Sông Lam.")
    assert (c["giver"], c["presenter"]) == ("Lê Văn Tám", "Trần Thị Hoa")


def test_the_bodies_a_delegation_lists_give_jointly():
    confs = _confs("T\n\nThay mặt Tỉnh ủy, UBND tỉnh Sông Lam, ông Lê Văn Tám, Phó Chủ tịch UBND tỉnh trao Bằng khen "
                   "cho Công an huyện Tân Phú.")
    assert sorted(c["giver"] for c in confs) == ["Tỉnh ủy tỉnh Sông Lam", "UBND tỉnh Sông Lam"]
    assert all(c["recipients"] == ["Công an huyện Tân Phú"] for c in confs)
    (c,) = _confs("T\n\nThay mặt UBND tỉnh, Sở Y tế trao Bằng khen cho Bệnh viện Tân Phú.")  # the subject gives
    assert c["giver"] == "UBND tỉnh"
