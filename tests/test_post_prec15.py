"""Person–post precision, round 181 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_verb_that_names_a_departments_field_after_a_body_head_stays_in_the_post():
    # name_stops, field: "tham mưu" (advise) names the staff department right after "phòng"
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham mưu, Công an tỉnh cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng tham mưu, Công an tỉnh"]}  # (the body above kept: prec27)
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham mưu tổng hợp, Sở Nội vụ cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng tham mưu tổng hợp, Sở Nội vụ"]}
    # other verbs still open a clause
    assert posts("T\n\nÔng Lò Văn Tám, Trưởng phòng tham gia.") == {"Lò Văn Tám": ["Trưởng phòng"]}


def test_a_field_of_up_to_six_lower_case_words_then_a_level_and_its_name_is_the_body():
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng quản lý đô thị quận Năm cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng quản lý đô thị quận Năm"]}
    got = posts("T\n\nBà Vi Thị Mười, Trưởng phòng quản lý đô thị thành phố Sông Lô cho biết.")
    assert got == {"Vi Thị Mười": ["Trưởng phòng quản lý đô thị thành phố Sông Lô"]}
    # five lower-case words that do not end with a level word are no body's name
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng nói chuyện với người dân xã Sông Lô.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng"]}


def test_a_lower_case_group_name_ends_before_a_word_that_closes_a_name():
    # "do" (by) closes a name (name_stops, closes): "tổ … vay vốn do Hội X quản lý"
    got = posts("T\n\nNăm ngoái, ông Lò Văn Tám làm tổ phó tổ tiết kiệm vay vốn do Hội Nông dân xã quản lý.")
    assert got == {"Lò Văn Tám": ["tổ phó tổ tiết kiệm vay vốn"]}
    # a verb still opens a clause (extent39: the group's name before the auxiliary is the post's, the verb is not)
    assert posts("T\n\nÔng Lò Văn Tám, Tổ trưởng tổ công tác đã xuống tận nơi.") == {
        "Lò Văn Tám": ["Tổ trưởng tổ công tác"]}


def test_gop_y_is_a_verb_of_saying_that_ends_a_post():
    # person_cues, speech: "góp ý" (commented)
    got = posts("T\n\nÔng Lò Văn Tám - Phó Cục trưởng Cục Văn hóa - Bộ VHTTDL góp ý, lễ hội có giá trị lớn.")
    assert got == {"Lò Văn Tám": ["Phó Cục trưởng Cục Văn hóa - Bộ VHTTDL"]}


def test_a_trailing_full_stop_then_a_stray_one_stays_out_of_the_post():
    got = posts("T\n\nPhóng viên đã gặp ông Lò Văn Tám, Giám đốc Cảnh sát PCCC TP.HCM. .")
    assert got == {"Lò Văn Tám": ["Giám đốc Cảnh sát PCCC TP.HCM"]}


def test_a_field_and_a_name_after_a_capitalised_head_close_at_a_colon_or_a_verb_of_saying():
    got = posts("T\n\nTheo ông Lò Văn Tám, Giám đốc Bảo hiểm xã hội Sông Lô: “Năm nay khó.”")
    assert got == {"Lò Văn Tám": ["Giám đốc Bảo hiểm xã hội Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Bảo hiểm xã hội Sông Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc Bảo hiểm xã hội Sông Lô"]}


def test_a_place_word_that_is_no_surname_then_a_lower_case_syllable_opens_no_name():
    # place_words: "Làng" (village) is no surname; "Làng Hữu nghị X" is an institution
    assert posts("T\n\nSáng nay, thông tin từ Ban giám đốc Làng Hữu nghị Sông Lô cho biết, hai bé đã về nhà.") == {}
    # a surname is still a name's first word
    assert posts("T\n\nSáng nay, Giám đốc Hồ Văn Tám cho biết như vậy.") == {"Hồ Văn Tám": ["Giám đốc"]}
    # a pen name that opens with a place word goes on with a verb, not with a syllable and a name
    got = posts("T\n\nHôm đó, Tổng Bí thư Trường Khê và Thủ tướng Lò Văn Tám soạn thảo chỉ thị.")
    assert got == {"Trường Khê": ["Tổng Bí thư"], "Lò Văn Tám": ["Thủ tướng"]}
    assert posts("T\n\nHôm đó, Tổng Bí thư Trường Khê soạn thảo chỉ thị.") == {"Trường Khê": ["Tổng Bí thư"]}


def test_a_closing_word_ends_a_lower_case_group_name_only_before_a_capitalised_word():
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng Ban quản lý di tích và rừng quốc gia Sông Lô cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Trưởng Ban quản lý di tích và rừng quốc gia Sông Lô"]}
