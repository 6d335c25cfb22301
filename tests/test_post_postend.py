"""Where a post phrase ends (issue 8): the next clause glued after a body's name. One neutral made-up example per
rule."""
from helpers import posts


def test_a_time_word_and_a_day_or_month_end_a_bodys_name():
    # name_ends.dated: "hôm 6/2", "tháng 7/2006" date the clause; a year alone may be part of a name
    got = posts("T\n\nÔng Lò Văn Tám, Cục trưởng Cục Thủy lợi hôm 6/2 cho biết, đê đã được gia cố.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Thủy lợi"]}
    got = posts("T\n\nBà Vi Thị Chín, Giám đốc Sở GD-ĐT tháng 7/2009 đã ký quyết định này.")
    assert got == {"Vi Thị Chín": ["Giám đốc Sở GD-ĐT"]}


def test_a_negation_ends_a_bodys_name_and_keeps_its_lower_case_words():
    # name_stops: "không" (NEG) opens a predicate as an auxiliary does
    got = posts("T\n\nBà Vi Thị Chín, Phó Cục trưởng Cục Văn hóa cơ sở không đồng tình với ý kiến đó.")
    assert got == {"Vi Thị Chín": ["Phó Cục trưởng Cục Văn hóa cơ sở"]}
    # name_nouns: "hàng không" (aviation) is a noun, not a negation
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Cảng hàng không Sông Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc Cảng hàng không Sông Lô"]}


def test_a_verb_of_concluding_ends_a_bodys_name():
    # name_stops: "kết luận" (conclude); phrase_openers: "Dù vậy" (even so) opens the next sentence
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Sở Thủy lợi kết luận hội nghị.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Thủy lợi"]}
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng ban Kinh tế Trung ương kết luận hội nghị Dù vậy, việc còn chậm.")
    assert got == {"Lò Văn Tám": ["Trưởng ban Kinh tế Trung ương"]}


def test_the_object_of_a_capitalised_verb_in_a_bodys_name_is_part_of_it():
    # name_verbs: "Quản lý" (manage) takes an object in lower case, though a verb ("làm") or "các" follows
    got = posts("T\n\nÔng Lò Văn Tám, Phó Tổng cục trưởng Tổng cục Quản lý đất đai làm trưởng đoàn kiểm tra.")
    assert got["Lò Văn Tám"][0] == "Phó Tổng cục trưởng Tổng cục Quản lý đất đai"
    got = posts("T\n\nBà Vi Thị Chín, Vụ phó Vụ Quản lý các khu chế xuất, cho rằng dự án đã chậm.")
    assert got == {"Vi Thị Chín": ["Vụ phó Vụ Quản lý các khu chế xuất"]}
    # a body with no such verb still ends before a verb ("thực hiện") and its lower-case words
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Sở Thủy lợi thực hiện việc kiểm tra.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Thủy lợi"]}


def test_a_lower_case_field_and_a_name_after_a_title_that_ends_with_a_head():
    # "trưởng Ban" then the body's field in lower case and the name it belongs to, up to the full stop
    got = posts("T\n\nAnh Lò Văn Tám, khi đó là trưởng Ban bạn đọc báo điện tử Sông Lô. Anh nói vậy.")
    assert got == {"Lò Văn Tám": ["trưởng Ban bạn đọc báo điện tử Sông Lô"]}


def test_a_name_verbs_object_leaves_the_rest_of_the_name_as_it_was():
    # after the object, a capitalised field and its lower-case syllables go on ("- Kế hoạch hóa …")
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Trung tâm Bảo vệ sức khỏe người già - Kế hoạch hóa gia đình; sau đó"
                " ông nghỉ hưu.")
    assert got == {"Lò Văn Tám": ["Giám đốc Trung tâm Bảo vệ sức khỏe người già - Kế hoạch hóa gia đình"]}
    # an object of six words, then a clause: no syllable of the clause joins the name
    got = posts("T\n\nÔng Lò Văn Tám, Cục trưởng Cục Kiểm soát hoạt động bảo vệ nguồn nước thiếu trách nhiệm khi"
                " kiểm tra.")
    assert got == {"Lò Văn Tám": ["Cục trưởng Cục Kiểm soát hoạt động bảo vệ nguồn nước"]}
