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
