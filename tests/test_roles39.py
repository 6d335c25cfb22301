"""Role titles of round roles39 (issue 8, recall class B: role posts not attached): a detective, an
establishment's owner, a council's member — one neutral made-up example each, none from the corpus; and the
precision side: the role word of an unnamed person, or a word of another meaning, gives nothing."""

from helpers import posts


def test_a_detective_in_parentheses_after_a_rank_and_name():
    got = posts("T\n\nThiếu úy Đinh Văn Khải (trinh sát Đội Cảnh sát hình sự Công an huyện Hòa Sơn) bám theo xe.")
    assert got == {"Đinh Văn Khải": ["trinh sát Đội Cảnh sát hình sự Công an huyện Hòa Sơn"]}


def test_the_owner_of_a_kindergarten_after_a_dash():
    got = posts("T\n\nTại buổi làm việc, bà Đinh Thị Hoa - Chủ cơ sở mầm non Hoa Sen cho biết sẽ xin giải thể.")
    assert got == {"Đinh Thị Hoa": ["Chủ cơ sở mầm non Hoa Sen"]}


def test_a_council_member_as_a_second_post_after_a_comma():
    got = posts("T\n\nNhà báo Đinh Văn Khải, Tổng biên tập báo Hòa Sơn, thành viên Hội đồng chung khảo Giải Báo chí "
                "tỉnh năm 2016.")
    assert got == {"Đinh Văn Khải": ["Tổng biên tập báo Hòa Sơn", "thành viên Hội đồng chung khảo Giải Báo chí tỉnh"]}


def test_a_role_word_of_an_unnamed_person_or_of_another_meaning_gives_nothing():
    assert posts("T\n\nMột trinh sát của Công an huyện Hòa Sơn đã bám theo Đinh Văn Khải suốt hai tháng.") == {}
    assert posts("T\n\nQua trinh sát, Công an huyện Hòa Sơn phát hiện Đinh Văn Khải bán hàng cấm.") == {}
    assert posts("T\n\nCác thành viên Hội đồng đã chúc mừng ông Đinh Văn Khải.") == {}


def test_a_post_after_theo_a_before_a_tense_auxiliary_is_the_reported_subject():
    # "Theo ông A, POST … đã VERB": the post (with the rest of its name) is the subject of what A reports
    assert posts("T\n\nCũng theo ông Đinh Văn Khải, chủ cơ sở mầm non tư thục Hoa Sen đã nhận trách nhiệm.") == {}
    assert posts("T\n\nTheo ông Đinh Văn Khải, giám đốc công ty Hoa Sen đã nhận trách nhiệm.") == {}
    assert posts("T\n\nTheo ông Đinh Văn Khải, Giám đốc Sở Y tế, bệnh viện đã nhận trách nhiệm.") == {
        "Đinh Văn Khải": ["Giám đốc Sở Y tế"]}


def test_tren_the_above_ends_a_post_phrase_that_refers_back():
    # "Giám đốc công ty trên là ông A": "trên" refers to a company named before; it is no word of the post
    got = posts("T\n\nGiám đốc công ty trên là ông Đinh Văn Khải, sinh năm 1970.")
    assert all(not label.endswith("trên") for labels in got.values() for label in labels)
