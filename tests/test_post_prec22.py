"""Person–post precision, round 22 of the leftovers: one neutral made-up example per rule."""
from helpers import posts


def test_a_sentence_case_name_cut_after_its_first_syllable_is_left_out():
    # (round prec29) a ministry's field right after a minister's title is no cut name: it is the post's body
    # (kg/lexicon/ministry_fields.tsv), through its "và"; before, the title stayed bare here
    got = posts("T\n\nDự có ông Lò Văn Tám, Bộ trưởng Thông tin và Truyền thông; ông Lò Văn Chín, Thứ trưởng Tài"
                " chính và ông Lò Văn Mười.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Thông tin và Truyền thông"], "Lò Văn Chín": ["Thứ trưởng Tài chính"]}
    got = posts("T\n\nÔng Lò Văn Tám, Phó giám đốc Dự án Đầu tư xây dựng công trình giao thông khởi công cầu.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Dự án"]}
    # (round 26) a field and a place's name closed by a verb of saying after the cut word: the whole name
    got = posts("T\n\nÔng Lò Văn Tám, Phó giám đốc Dự án Đầu tư xây dựng công trình giao thông Tây Lô cho biết.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Dự án Đầu tư xây dựng công trình giao thông Tây Lô"]}
    # a name of several capitalised words before a lower-case word is kept
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Công ty Hoàng Gia Phát sản xuất hàng.")
    assert got == {"Lò Văn Tám": ["Giám đốc Công ty Hoàng Gia Phát"]}
    # a time word of two syllables after the name ends it ("hiện nay"), as before
    got = posts("T\n\nChâu Âu sẽ khác. Thủ tướng Đức hiện nay, bà Lò Thị Chín, cũng được xem là một di sản.")
    assert got == {}
