"""Person–post recall from the person side, round postless9 (sample seed 257): one neutral made-up example per
construction."""

from helpers import held, run


def test_an_office_written_vp_in_a_chiefs_title():
    got = held("T\n\nÔng Vi Văn Khải, Chánh VP UBND tỉnh Lạng Sơn cho biết như vậy.")
    assert got == {"Vi Văn Khải": ["Chánh VP UBND tỉnh Lạng Sơn"]}
    got = held("T\n\nBà Lò Thị Mai - Phó Chánh VP HĐND tỉnh Lạng Sơn phát biểu.")
    assert got == {"Lò Thị Mai": ["Phó Chánh VP HĐND tỉnh Lạng Sơn"]}
    got = held("T\n\nÔng Vi Văn Khải, Trưởng VP đại diện Công ty Bắc Sơn tại Lạng Sơn cho biết.")
    assert got == {"Vi Văn Khải": ["Trưởng VP đại diện Công ty Bắc Sơn"]}


def test_vp_heads_its_office_body():
    res = run("T\n\nÔng Vi Văn Khải, Chánh VP UBND tỉnh Lạng Sơn cho biết như vậy.")
    assert [e.label for e in res.links.entities.values() if e.kind == "body"] == ["VP UBND tỉnh Lạng Sơn"]


def test_a_village_head_written_head_last():
    assert held("T\n\nÔng Vi Văn Khải - xóm trưởng nơi gia đình sinh sống cho biết như vậy.") == {
        "Vi Văn Khải": ["xóm trưởng"]}
    assert held("T\n\nTheo ông Vi Văn Khải, ấp trưởng ấp Tân Bình, người dân rất vui.") == {
        "Vi Văn Khải": ["ấp trưởng ấp Tân Bình"]}  # (extent39: the hamlet named after the title is its unit)
    assert held("T\n\nÔng Vi Văn Khải, thôn trưởng, cho biết như vậy.") == {"Vi Văn Khải": ["thôn trưởng"]}
    assert held("T\n\nÔng Vi Văn Khải, Trưởng xóm, cho biết như vậy.") == {"Vi Văn Khải": ["Trưởng xóm"]}


def test_no_post_without_a_title():
    # a resident of a hamlet or a bank's short name holds nothing new
    assert held("T\n\nÔng Vi Văn Khải ở xóm 3 cho biết như vậy.") == {}


def test_a_short_name_of_two_namesakes_names_the_one_named_last_before_it():
    got = held("T\n\nTheo chỉ đạo của Phó Thủ tướng Lò Văn Bình, tỉnh đã họp. Ông Vi Thanh Bình – Chánh Văn phòng "
               "UBND tỉnh Lạng Sơn cho biết như vậy. Ông Bình - Chánh Văn phòng UBND thông báo kết quả.")
    assert got == {"Lò Văn Bình": ["Phó Thủ tướng"], "Vi Thanh Bình": ["Chánh Văn phòng UBND tỉnh Lạng Sơn"]}
    # named before either full name: the first full name, as before
    res = run("T\n\nÔng Bình phát biểu. Phó Thủ tướng Lò Văn Bình và ông Vi Thanh Bình cùng dự.")
    bình = [e.label for e in res.links.entities.values() if e.kind == "person" and len(e.mentions) == 2]
    assert bình == ["Lò Văn Bình"]
