"""Person and person–post misses of devown9, round dev9: one neutral made-up example per construction."""

from helpers import held, mentions


def test_a_unit_named_with_its_head_inside_the_title():
    got = held("T\n\nLãnh đạo làm việc với ông Lò Văn Tí, tổ trưởng dân phố 11, phường Nà Lìu. Ông Tí nói.")
    assert got == {"Lò Văn Tí": ["tổ trưởng dân phố 11"]}


def test_a_ship_captain_after_the_name_keeps_the_boat_s_code():
    got = held("T\n\nÔng Lò Văn Tí -Thuyền trưởng tàu BM 12345 (con trai ông Ba) cho hay: “Tàu hỏng”.")
    assert got == {"Lò Văn Tí": ["Thuyền trưởng tàu BM 12345"]}
    got = held("T\n\nThuyền trưởng tàu BM 12345 TS Lò Văn Tí cho biết: “Đây là lần đầu”.")
    assert got == {"Lò Văn Tí": ["Thuyền trưởng tàu BM 12345"]}


def test_a_bare_unit_title_then_a_comma_and_its_own_body():
    got = held("T\n\nTham dự có ông Lò Văn Tí – Phó Tổng Cục trưởng, Tổng cục Kỹ thuật Bộ Nội vụ; ông Vi Văn Ba – "
               "Cục trưởng Cục Hậu cần.")
    assert got == {"Lò Văn Tí": ["Phó Tổng Cục trưởng, Tổng cục Kỹ thuật Bộ Nội vụ"],
                   "Vi Văn Ba": ["Cục trưởng Cục Hậu cần"]}
    assert held("T\n\nTham dự có ông Lò Văn Tí, Cục trưởng, Cục Kỹ thuật.") == {
        "Lò Văn Tí": ["Cục trưởng, Cục Kỹ thuật"]}


def test_a_mission_s_seat_after_tai():
    got = held("T\n\nÔng Lò Văn Tí, Tổng lãnh sự Vương quốc Thái Lan tại Thành phố Nà Lìu cũng tham dự buổi lễ.")
    assert got == {"Lò Văn Tí": ["Tổng lãnh sự Vương quốc Thái Lan tại Thành phố Nà Lìu"]}
    got = held("T\n\nÔng Lò Văn Tí, Tổng lãnh sự Hàn Quốc tại TP Nà Lìu cho rằng việc này tốt.")
    assert got == {"Lò Văn Tí": ["Tổng lãnh sự Hàn Quốc tại TP Nà Lìu"]}


def test_no_seat_after_a_post_that_names_no_country():
    got = held("T\n\nÔng Lò Văn Tí, Giám đốc Sở Nội vụ tại Thành phố Nà Lìu cho biết.")
    assert got == {"Lò Văn Tí": ["Giám đốc Sở Nội vụ"]}


def test_a_king_before_his_name():
    assert held("T\n\nQuan hệ hai nước đã được Quốc vương Ariya Sovanna vun đắp.") == {
        "Ariya Sovanna": ["Quốc vương"]}
    assert held("T\n\nDự án bãi đỗ xe cạnh lăng mộ vợ vua Lò Văn Tí bị san ủi.") == {"Lò Văn Tí": ["vua"]}


def test_a_village_elder_is_a_person():
    text = "T\n\nƯớc mơ của già làng Lò Văn Tí là có được chỗ ở ổn định."
    assert mentions(text, "person") == ["Lò Văn Tí"]


def test_titles_after_a_plural_address_are_several_unnamed_officials():
    got = held("T\n\nVừa rồi, mấy ông Bộ trưởng, Thứ trưởng Nội vụ, ông Lò Văn Tí, nguyên Bí thư tỉnh Nà Lìu cũng "
               "thôi.")
    assert got == {"Lò Văn Tí": ["nguyên Bí thư tỉnh Nà Lìu"]}


def test_a_title_then_an_address_and_a_name_still_holds():
    assert held("T\n\nDự buổi lễ có Bộ trưởng Bộ Nội vụ, bà Vi Thị Mai.") == {"Vi Thị Mai": ["Bộ trưởng Bộ Nội vụ"]}


def test_streets_listed_after_a_comma_and_gom():
    text = "T\n\nĐơn vị đã thực hiện 9 đường đèn, gồm: Bản Mạ, Lò Văn Tí, Nà Lìu, Vi Thị Mai. Ông Vi Văn Ba nói."
    assert mentions(text, "person") == ["Vi Văn Ba"]


def test_a_name_ending_with_a_level_word_is_no_person():
    text = "T\n\nÔng Lò Văn Tín bức xúc về việc làm của HTX dịch vụ nông nghiệp Hà Ninh Xã được hỗ trợ 140 triệu đồng."
    assert mentions(text, "person") == ["Lò Văn Tín"]


def test_no_street_list_after_a_city_or_a_locality():
    text = "T\n\nLãnh đạo thành phố, gồm: Lò Văn Tí, Vi Thị Mai đã dự."
    assert mentions(text, "person") == ["Lò Văn Tí", "Vi Thị Mai"]
    text = "T\n\nQuận đặt 5 tượng danh nhân trên địa bàn quận, gồm: Lò Văn Tí, Vi Thị Mai và Bản Mạ."
    assert mentions(text, "person") == ["Lò Văn Tí", "Vi Thị Mai"]
