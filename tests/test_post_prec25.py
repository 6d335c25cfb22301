"""Person–post precision as the scorer counts it, round 25: the post phrase after a body mention that the text
goes on in lower case. One neutral made-up example per rule."""
from helpers import posts


def test_a_body_name_cut_at_a_two_syllable_word_goes_on_through_its_field_and_place():
    # "Viện Thuốc và Thiết | kế y tế tỉnh X": the mention stops at "Thiết", the name goes on in lower case
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Viện Thuốc và Thiết kế y tế tỉnh Tây Lô cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Giám đốc Viện Thuốc và Thiết kế y tế tỉnh Tây Lô"]}
    # a verb after the body: the post stops at the body
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Viện Thuốc và Thiết khẳng định Tây Lô sẽ lắp loa.")
    assert got == {"Lò Văn Tám": ["Giám đốc Viện Thuốc và Thiết"]}


def test_a_board_then_a_lower_case_head_and_the_name_of_the_body_it_governs():
    # "HĐQT | trường THPT X": the board of a school written with its head in lower case and its name
    got = posts("T\n\nÔng Lò Văn Tám - Chủ tịch HĐQT trường THPT Tây Lô (Hà Nam) - khẳng định như vậy.")
    assert got == {"Lò Văn Tám": ["Chủ tịch HĐQT trường THPT Tây Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch HĐQT công ty Tây Lô cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Chủ tịch HĐQT công ty Tây Lô"]}
    # no name after the head: the post stops at the board
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch HĐQT công ty cho biết Tây Lô sẽ lắp loa.")
    assert got == {"Lò Văn Tám": ["Chủ tịch HĐQT"]}
