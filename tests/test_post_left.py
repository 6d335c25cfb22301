"""Person–post constructions left over from earlier rounds of issue 8 (item 1): one neutral made-up example per
rule."""
from helpers import posts


def test_a_lower_case_body_name_may_hold_a_noun_whose_syllable_is_a_verb():
    # name_nouns: "đăng ký" (registration) inside a lower-case body's name after a title, though "ký" alone is a verb
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc văn phòng đăng ký đất đai tỉnh Sông Lô, cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc văn phòng đăng ký đất đai tỉnh Sông Lô"]}


def test_an_academic_department_is_a_body_head_a_field_may_follow():
    # bodies.tsv "Bộ môn"; posts.tsv "Chủ nhiệm bộ môn": the department's field in lower case is the body's name
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng bộ môn kỹ thuật thủy lợi, cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng bộ môn kỹ thuật thủy lợi"]}
    got = posts("T\n\nBà Vi Thị Chín, nguyên Chủ nhiệm bộ môn kỹ thuật thủy lợi, cho biết.")
    assert got == {"Vi Thị Chín": ["Chủ nhiệm bộ môn kỹ thuật thủy lợi"]}


def test_an_abbreviated_level_with_its_point_names_a_unit_not_a_person():
    # "TP. X", "Q. X" (event_words.tsv, point): the name after the point is the unit's, though it opens with a surname
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND TP. Vũ Sơn cho biết việc này đã xong.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND TP. Vũ Sơn"]}
    got = posts("T\n\nBà Lò Thị Chín, Chủ tịch UBND Q. Ngũ Sơn cho biết việc này đã xong.")
    assert got == {"Lò Thị Chín": ["Chủ tịch UBND Q. Ngũ Sơn"]}
    # an honorific after the point opens the next sentence: no post runs on into it
    got = posts("T\n\nÔng Lò Văn Tám sẽ làm hiệu trưởng Trường Chính trị TP. Ông Tám và ông Chín được bổ nhiệm.")
    assert all("Ông" not in p for ps in got.values() for p in ps)


def test_a_post_before_a_modal_after_a_reported_source_is_the_clauses_subject():
    # "Theo A, POST phải/không …": the post is the subject of what A is reported to say, not A's post
    assert posts("T\n\nTheo ông Lò Văn Tám, ĐBQH không chỉ nói mà phải làm.") == {}
    got = posts("T\n\nTheo đại biểu Lò Văn Tám, Bí thư Tỉnh ủy Sông Lô phải chỉ đạo làm rõ vụ việc.")
    assert got.get("Lò Văn Tám") != ["Bí thư Tỉnh ủy Sông Lô"]
    # a verb of saying keeps it A's; so does a comma, and "Theo đó" governs no name
    got = posts("T\n\nTheo ông Lò Văn Tám, Giám đốc Sở Y tế Sông Lô cho biết, năm nay tỉnh có 20 trạm.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế Sông Lô"]}
    got = posts("T\n\nTheo đó, ông Lò Văn Tám, Giám đốc Sở Y tế Sông Lô sẽ nghỉ hưu từ tháng 5.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế Sông Lô"]}
