"""Person–post constructions left over from earlier rounds of issue 8 (item 1), second round: one neutral made-up
example per rule."""
from helpers import posts


def test_a_capitalised_plural_inside_a_body_name_goes_on():
    # "các" then an abbreviation or a capitalised noun that opens no body, title or unit: the body's plural object
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng ban Quản lý các KCN tỉnh Sông Lô cho biết, năm nay có 20 dự án.")
    assert got == {"Lò Văn Tám": ["Trưởng ban Quản lý các KCN tỉnh Sông Lô"]}
    got = posts("T\n\nBà Vi Thị Chín, Trưởng Ban Chỉ đạo các Chương trình mục tiêu quốc gia nhận định năm nay tốt.")
    assert got == {"Vi Thị Chín": ["Trưởng Ban Chỉ đạo các Chương trình mục tiêu quốc gia"]}
    # a head or a title after "các" is no part of the name before it
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh Sông Lô cùng các Phó Chủ tịch dự họp.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh Sông Lô chỉ đạo các Sở, ngành làm ngay.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Sông Lô"]}


def test_a_head_of_several_words_with_its_tail_in_lower_case_inside_a_name():
    # "Ban chỉ đạo" (bodies.tsv "Ban Chỉ đạo") after "Ban thường trực": the verb "chỉ đạo" is the head's own
    got = posts("T\n\nÔng Lò Văn Tám, Phó Trưởng ban thường trực Ban chỉ đạo Tây Lam cho biết.")
    assert got == {"Lò Văn Tám": ["Phó Trưởng ban thường trực Ban chỉ đạo Tây Lam"]}


def test_a_noun_of_four_syllables_ending_in_a_verb_inside_a_body_name():
    # name_nouns "công nghệ thông tin", "công tác thông tin": "thông tin" (inform) there is no verb
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng Quản lý công nghệ thông tin của sở, cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng Quản lý công nghệ thông tin"]}
    got = posts("T\n\nBà Vi Thị Chín, Trưởng ban Chỉ đạo công tác thông tin đối ngoại, cho biết.")
    assert got == {"Vi Thị Chín": ["Trưởng ban Chỉ đạo công tác thông tin đối ngoại"]}
    # after a body's name, "thông tin" is still the verb
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Sở Y tế thông tin về dịch bệnh.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế"]}


def test_a_country_after_a_title_is_no_part_of_a_one_word_foreign_name():
    # "Tổng thống <country> <one foreign word>": the country is the post's; no person "<country> <word>"
    assert "Indonesia Lomar" not in posts("T\n\nTổng thống Indonesia Lomar cho biết hai nước sẽ hợp tác.")
    assert "Pháp Lomar" not in posts("T\n\nÔng Lò Văn Tám gặp Tổng thống Pháp Lomar hôm qua.")
    # two words after the country stay the name, as before
    got = posts("T\n\nTổng thống Pháp Ema Lomar cho biết hai nước sẽ hợp tác.")
    assert got == {"Ema Lomar": ["Tổng thống Pháp"]}


def test_a_full_name_after_a_capitalised_body_name_in_apposition_is_a_second_person():
    # "ông A, TITLE Tổng cục Du lịch B cho biết": "lịch" is the lower syllable of a capitalised word, not a body's
    # lower-case name that B's words would go on; B holds the title
    got = posts("T\n\nTrước kiến nghị của ông Lò Văn Tám, Tổng cục trưởng Tổng cục Du lịch Vi Văn Chín cho biết.")
    assert got == {"Vi Văn Chín": ["Tổng cục trưởng Tổng cục Du lịch"]}
    got = posts("T\n\nThứ trưởng Bộ Tài chính Lò Hiếu nêu ý kiến về việc này.")
    assert got == {"Lò Hiếu": ["Thứ trưởng Bộ Tài chính"]}
    # a lower-case word of the body's name still lets its own name follow, and so does a firm's name
    got = posts("T\n\nBà Lò Thị Tám, Hiệu trưởng trường Mầm non Đồng Thắng cho biết.")
    assert got == {"Lò Thị Tám": ["Hiệu trưởng trường Mầm non Đồng Thắng"]}
    got = posts("T\n\nÔng Lò Văn Tám, Tổng Giám đốc Công ty Địa ốc Hoàng Quân (đơn vị xây nhà ở), cho rằng giá cao.")
    assert got == {"Lò Văn Tám": ["Tổng Giám đốc Công ty Địa ốc Hoàng Quân"]}
    # a verb after a place's name is no syllable of it
    assert posts("T\n\nKhi Chủ tịch Sông Lô xuống Đồng Tâm, tình hình đang nóng.") == {}


def test_a_ward_named_after_someone_in_the_post_of_a_person_named_before_is_a_place_elsewhere_too():
    # "bà A, Bí thư phường X" makes X the ward's name; "Bí thư phường X cho biết" later names no person X
    got = posts("T\n\nTại hội nghị, bà Lò Thị Tám, Bí thư phường Vi Văn Chín cho rằng việc này khó. Về kế hoạch "
                "xử lý, Bí thư phường Vi Văn Chín cho biết, phường sẽ sắp xếp lại.")
    assert got == {"Lò Thị Tám": ["Bí thư phường Vi Văn Chín"]}
    # named once after the title, with no such reading elsewhere, X is still the holder
    got = posts("T\n\nTại hội nghị, Bí thư phường Vi Văn Chín cho biết, phường sẽ sắp xếp lại.")
    assert got == {"Vi Văn Chín": ["Bí thư phường"]}
