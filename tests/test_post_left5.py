"""Person–post constructions left over from earlier rounds of issue 8 (item 1), fifth round: one neutral made-up
example per rule."""
from helpers import posts


def test_a_foreign_name_after_a_foreign_place_is_the_posts_holder():
    # "tỉnh X Y Z", all three no Vietnamese syllable: a level word's place is one word, the name the two after it
    got = posts("T\n\nÔng Lò Văn Tám, Phó Bí thư Đảng ủy Sông Lô, Thống đốc tỉnh Quivara Lenor Badesco cùng dự.")
    assert got == {"Lò Văn Tám": ["Phó Bí thư Đảng ủy Sông Lô"], "Lenor Badesco": ["Thống đốc tỉnh Quivara"]}
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch HĐND tỉnh Sông Lô, Chủ tịch HĐND tỉnh Xaybắc Thoongphắn Kẹovilay dự.")
    assert got == {"Lò Văn Tám": ["Chủ tịch HĐND tỉnh Sông Lô"], "Thoongphắn Kẹovilay": ["Chủ tịch HĐND tỉnh Xaybắc"]}


def test_a_partys_name_goes_on_over_people_and_revolution_in_lower_case():
    # "Đảng Nhân dân Cách mạng X": "Nhân dân", "Cách mạng" inside a name that goes on; the post chain holds
    got = posts("T\n\nTrung tướng Xổm Phênvilay, Bí thư Trung ương Đảng Nhân dân Cách mạng Tarvia, Thứ trưởng Bộ"
                " Quốc phòng Tarvia, phát biểu.")
    assert got == {"Xổm Phênvilay": ["Bí thư Trung ương Đảng Nhân dân Cách mạng Tarvia",
                                     "Thứ trưởng Bộ Quốc phòng Tarvia"]}
    # at a name's end, before a level word, as before
    got = posts("T\n\nÔng Lò Văn Tám, Phó Giám đốc Công an Nhân dân tỉnh Sông Lô, phát biểu.")
    assert got == {"Lò Văn Tám": ["Phó Giám đốc Công an Nhân dân tỉnh Sông Lô"]}
