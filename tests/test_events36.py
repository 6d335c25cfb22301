"""Event names only as complete names (issue 8, round events36): after "và" a member that opens with a noun for
people and ends with a capitalised name goes on ("lễ đón Bộ trưởng A và đoàn đại biểu quân sự B", "… và chuyên gia
B"), not when the people are the subject of a verb of saying; "và" joins two words of one group of coordinate words
as a comma does ("tập thể và cá nhân"); a coordinate word of four syllables is read ("gian lận thương mại").
Made-up examples."""

from test_events_complete import events


def test_a_member_that_names_people_goes_on_after_va():
    assert events("Sáng nay, tỉnh Alpha tổ chức lễ đón, truy điệu và an táng 12 hài cốt liệt sĩ quân tình nguyện và"
                  " chuyên gia Quy Hòa đã hy sinh tại nước bạn.") == [
        "lễ đón, truy điệu và an táng 12 hài cốt liệt sĩ quân tình nguyện và chuyên gia Quy Hòa"]
    assert events("Lễ đón chính thức Bộ trưởng Bộ Quốc phòng Beta và đoàn đại biểu quân sự cấp cao Beta đã được tổ"
                  " chức tại thủ đô.") == [
        "Lễ đón chính thức Bộ trưởng Bộ Quốc phòng Beta và đoàn đại biểu quân sự cấp cao Beta"]
    assert events("Lễ dâng hương tưởng nhớ các vị vua Lý và anh hùng Lê Văn Bính bắt đầu lúc 21h.") == [
        "Lễ dâng hương tưởng nhớ các vị vua Lý và anh hùng Lê Văn Bính"]


def test_no_member_of_people_who_speak_nor_a_verb_after_va():
    assert events("Sau lễ đón đoàn Alpha và chuyên gia Trần Văn Bính cho biết, dự án sẽ sớm khởi công.") == [
        "lễ đón đoàn Alpha"]
    assert events("Chủ tịch nước mời ông sang dự Hội nghị cấp cao Alpha và thăm chính thức Beta.") == [
        "Hội nghị cấp cao Alpha"]


def test_va_joins_two_coordinate_words():
    assert events("Tỉnh Alpha tổ chức lễ tuyên dương tập thể và cá nhân tiêu biểu năm 2030 tại hội trường.") == [
        "lễ tuyên dương tập thể và cá nhân tiêu biểu năm 2030"]


def test_a_coordinate_word_of_four_syllables_goes_on_a_list():
    assert events("Sáng nay, Ban Chỉ đạo tổ chức hội nghị sơ kết công tác chống buôn lậu, gian lận thương mại và"
                  " hàng giả 6 tháng đầu năm 2031 tại tỉnh Alpha.") == [
        "hội nghị sơ kết công tác chống buôn lậu, gian lận thương mại và hàng giả 6 tháng đầu năm 2031"]
