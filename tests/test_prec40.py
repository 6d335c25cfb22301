"""Round prec40: a body's name that enumerates its fields with commas ("Sở Văn hóa, Thể thao và Du lịch") keeps
the place that follows it and the place after its short form; the comma spells no letter of the short form
("(VHTT&DL)"). Neutral made-up examples."""
from helpers import posts


def test_an_enumerated_body_name_keeps_its_place():
    got = posts("T\n\nÔng Lò Văn Tám - Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Tây Lô, tuy bận vẫn đến dự.")
    assert got == {"Lò Văn Tám": ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Tây Lô"]}
    got = posts("T\n\nBà Hà Thị Chín, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Tây Lô, cho biết.")
    assert got == {"Hà Thị Chín": ["Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Tây Lô"]}


def test_the_place_after_the_short_form_of_an_enumerated_name():
    got = posts("T\n\nÔng Lò Văn Tám, Phó giám đốc Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Tây Lô, nói đã sửa.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Tây Lô"]}


def test_a_name_after_an_enumerated_ministry_stays_the_holder():
    got = posts("T\n\nBộ trưởng Bộ Lao động, Thương binh và Xã hội Lò Văn Tám cho biết đã ký.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Lao động, Thương binh và Xã hội"]}
    got = posts("T\n\nGiám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Lô Hà Thị Chín cho biết đã ký.")
    assert got == {"Hà Thị Chín": ["Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Lô"]}
