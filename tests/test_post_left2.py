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
