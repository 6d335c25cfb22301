"""Award conferrals, round awards38b (h/awards38b: named recipients and whole award names): made-up examples."""

from test_awards_posts import _confs


def test_an_edition_word_without_its_ordinal_ends_the_prize_name():
    (c,) = _confs("T\n\nÔng Lê Văn Tám vừa nhận Giải Báo chí Sông Lam lần này.")
    assert c["names"] == ["Giải Báo chí Sông Lam"] and c["recipients"] == ["Lê Văn Tám"]


def test_an_edition_with_its_ordinal_stays_on_the_name():
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Giải Báo chí Sông Lam lần thứ IV.")
    assert c["names"] == ["Giải Báo chí Sông Lam lần thứ IV"]
    (c,) = _confs("T\n\nÔng Lê Văn Tám nhận Giải Báo chí Sông Lam lần 4.")
    assert c["names"] == ["Giải Báo chí Sông Lam lần 4"]


def test_a_state_prize_keeps_its_field_written_with_a_comma():
    (c,) = _confs("T\n\nChủ tịch nước Lê Văn Tám trao Giải thưởng Nhà nước về văn học, nghệ thuật cho nhà văn "
                  "Trần Thị Mơ.")
    assert c["names"] == ["Giải thưởng Nhà nước về văn học, nghệ thuật"]
    assert c["recipients"] == ["Trần Thị Mơ"]
    # "về" as a verb after the prize is no field
    (c,) = _confs("T\n\nNhà văn Trần Thị Mơ nhận Giải thưởng Nhà nước về quê ăn Tết.")
    assert c["names"] == ["Giải thưởng Nhà nước"]


def test_an_unnamed_member_receives_not_the_body_after_the_member_noun():
    (c,) = _confs("T\n\nPhóng viên Ban Thời sự, Báo Sông Lam đoạt giải ba.")
    assert c["names"] == ["Giải ba"] and c["recipients"] == []
    (c,) = _confs("T\n\nHọc sinh Trường THPT Tân Phú đoạt giải Nhất.")
    assert c["recipients"] == []
    (c,) = _confs("T\n\nÔng Lê Văn Tám chúc mừng các đảng viên của Đảng bộ Sở Tân Phú đã được trao tặng Huy hiệu Đảng.")
    assert c["recipients"] == []
    # the body itself, and a named member, still receive
    (c,) = _confs("T\n\nBan tổ chức trao giải Nhất cho Trường THPT Tân Phú.")
    assert c["recipients"] == ["Trường THPT Tân Phú"]
    (c,) = _confs("T\n\nBan tổ chức trao giải Nhất cho nhà báo Lê Văn Tám, Báo Sông Lam.")
    assert c["recipients"] == ["Lê Văn Tám"]


def test_a_prize_named_again_without_its_field_is_the_same_conferral():
    confs = _confs("T\n\nChủ tịch nước Lê Văn Tám trao Giải thưởng Nhà nước về văn học, nghệ thuật cho nhà văn Trần "
                   "Thị Mơ. Hội đồng đã nhận 40 hồ sơ đề nghị xét tặng Giải thưởng Nhà nước.")
    assert [c["names"] for c in confs] == [["Giải thưởng Nhà nước về văn học, nghệ thuật"]]
    assert confs[0]["recipients"] == ["Trần Thị Mơ"]
