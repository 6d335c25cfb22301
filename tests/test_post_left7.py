"""Person–post leftovers of issue 8, item 1 (round 34): one neutral made-up example per construction."""

from helpers import held, run


def test_a_cooperative_written_htx_after_a_board_is_one_body():
    got = held("T\n\nÔng Vi Văn Khải - Chủ tịch HĐQT HTX Chợ Bắc Sơn phát biểu tại hội nghị.")
    assert got == {"Vi Văn Khải": ["Chủ tịch HĐQT HTX Chợ Bắc Sơn"]}
    # the short form and the full name are one body
    res = run("T\n\nÔng Vi Văn Khải - Chủ tịch HĐQT HTX Chợ Bắc Sơn phát biểu. Bà Lò Thị Mai, Phó Chủ tịch "
              "Hội đồng quản trị Hợp tác xã Chợ Bắc Sơn, cũng dự.")
    assert [e.label for e in res.links.entities.values() if e.kind == "body"] == [
        "Hội đồng quản trị Hợp tác xã Chợ Bắc Sơn"]


def test_a_hospital_written_bv_after_a_party_committee_is_one_body():
    got = held("T\n\nÔng Vi Văn Khải, Bí thư Đảng ủy BV đa khoa tỉnh Lạng Sơn phát biểu.")
    assert got == {"Vi Văn Khải": ["Bí thư Đảng ủy BV đa khoa tỉnh Lạng Sơn"]}


def test_a_term_of_no_number_in_a_career_list_is_skipped():
    got = held("T\n\nÔng Vi Văn Khải từng giữ nhiều trọng trách: Phó Tổng Thanh tra Nhà nước, Đại biểu Quốc hội "
               "nhiều khóa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn.")
    assert got == {"Vi Văn Khải": ["Phó Tổng Thanh tra Nhà nước", "Đại biểu Quốc hội", "Phó Bí thư Tỉnh ủy",
                                   "Chủ tịch UBND tỉnh Lạng Sơn"]}  # "nhiều khóa" is no term of the holding
    got = held("T\n\nÔng Vi Văn Khải, Đại biểu Quốc hội nhiều nhiệm kỳ, Chủ tịch UBND tỉnh Lạng Sơn, phát biểu.")
    assert got == {"Vi Văn Khải": ["Đại biểu Quốc hội", "Chủ tịch UBND tỉnh Lạng Sơn"]}


def test_a_trade_between_a_post_and_its_holders_name():
    got = held("T\n\nChủ tịch Hội Nhà văn tỉnh Lạng Sơn, nhà thơ Lò Văn Mạnh phát biểu khai mạc.")
    assert got == {"Lò Văn Mạnh": ["Chủ tịch Hội Nhà văn tỉnh Lạng Sơn"]}
    got = held("T\n\nĐại biểu Quốc hội, nhà sử học Lò Văn Mạnh cho biết như vậy.")
    assert got == {"Lò Văn Mạnh": ["Đại biểu Quốc hội"]}
    # a trade alone is no post; a post after another name stays that name's
    assert held("T\n\nTham dự có nhà văn Lò Văn Mạnh và nhà thơ Vi Văn Khải.") == {}
    got = held("T\n\nÔng Vi Văn Khải, Chủ tịch Hội Nhà văn tỉnh, nhà thơ Lò Văn Mạnh cùng dự.")
    assert got == {"Vi Văn Khải": ["Chủ tịch Hội Nhà văn tỉnh"]}


def test_a_trade_after_a_post_that_a_word_governs_joins_nothing():
    got = held("T\n\nVề trách nhiệm của Hiệu trưởng trường mầm non Hoa Mai, luật sư Lò Văn Mạnh cho biết.")
    assert got == {}  # the lawyer speaks of the head teacher: no post of his


def test_an_abbreviated_head_with_a_lower_case_verb_after_it_is_no_body():
    res = run("T\n\nCác HTX hoạt động yếu kém đã giải thể, còn HTX nông nghiệp Đông Sơn vẫn làm ăn tốt.")
    assert [m.text for m in res.doc.mentions if m.kind == "body"] == ["HTX nông nghiệp Đông Sơn"]
    got = held("T\n\nÔng Vi Văn Khải - Chủ tịch HĐQT Cty trải lòng về chặng đường đã qua.")
    assert got == {"Vi Văn Khải": ["Chủ tịch HĐQT Cty"]}
