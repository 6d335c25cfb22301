"""Person and person–post misses of devown10 and devown11, round dev10: one neutral made-up example per
construction."""

from helpers import held, mentions


def test_a_journalist_s_pen_name_holds_the_titles_after_it():
    got = held("T\n\nTheo nhà báo Hữu Lìu, Ủy viên T.Ư Đảng, Chủ tịch Hội Nhà văn Nà Lìu, đề tài năm nay phong phú.")
    assert got == {"Hữu Lìu": ["Ủy viên T.Ư Đảng", "Chủ tịch Hội Nhà văn Nà Lìu"]}


def test_a_veteran_after_a_person_noun_is_a_person():
    text = "T\n\nHai nhà báo lão thành Lò Tí và Vi Ba, các thành viên của Hội đồng, đã tới dự."
    assert mentions(text, "person") == ["Lò Tí", "Vi Ba"]


def test_a_lower_case_newspaper_head_names_the_newspaper_not_a_person():
    text = "T\n\nÔng Lò Văn Tí, Tổng biên tập báo Nông Sương Mới, phát biểu tại buổi lễ."
    assert mentions(text, "person") == ["Lò Văn Tí"]
    assert held(text) == {"Lò Văn Tí": ["Tổng biên tập báo Nông Sương Mới"]}
    assert mentions("T\n\nNhà báo Lò Văn Tí cho biết như vậy.", "person") == ["Lò Văn Tí"]


def test_a_parliamentary_friendship_group_is_a_body():
    text = "T\n\nÔng Lò Văn Tí, Trưởng Ban Nội chính Nà Lìu, Chủ tịch Nhóm Nghị sỹ Hữu nghị Việt-Lào đã tiếp đoàn."
    assert mentions(text, "person") == ["Lò Văn Tí"]
    assert held(text) == {"Lò Văn Tí": ["Trưởng Ban Nội chính Nà Lìu", "Chủ tịch Nhóm Nghị sỹ Hữu nghị Việt-Lào"]}


def test_speaking_for_an_office_is_not_holding_it():
    got = held("T\n\nThay lời Chủ tịch quận, ông Lò Văn Tí, Chánh văn phòng UBND quận đã ký thông cáo.")
    assert got == {"Lò Văn Tí": ["Chánh văn phòng UBND quận"]}
