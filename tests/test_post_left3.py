"""Person–post constructions left over from earlier rounds of issue 8 (item 1), third round: one neutral made-up
example per rule."""
from helpers import posts


def test_a_name_glued_to_the_next_title_without_a_space():
    # "…TámPhó giám đốc": the name's last syllable, then a title of the lexicon (a caption's line break lost)
    got = posts("T\n\nÔng Lò Văn TámPhó giám đốc Sở Y tế tỉnh Sông Lô, cho biết năm nay tốt.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Sở Y tế tỉnh Sông Lô"]}
    got = posts("T\n\nBà Vi Thị ChínGiám đốc Xí nghiệp bến xe Sông Lô, cho biết.")
    assert got == {"Vi Thị Chín": ["Giám đốc Xí nghiệp bến xe Sông Lô"]}


def test_a_body_head_with_a_lower_case_tail_after_a_place_opens_a_second_post():
    # a comma missing between two posts: "Ban cán sự đảng" is no word of the province's name
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh Sông Lô Ban cán sự đảng UBND tỉnh Sông Lô nhiệm kỳ"
                " 2011-2016, bị kỷ luật.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh Sông Lô Đảng ủy khối cơ quan tỉnh, cho biết.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Sông Lô"]}


def test_a_trailing_authors_line_keeps_the_captions_name():
    # "… Vi Văn Chín Lò Bình - Tố Cầm": the first author is no holder of the caption's post
    got = posts("T\n\nCác cơ sở phải có trách nhiệm”. Thứ trưởng Bộ Y tế Vi Văn Chín Lò Bình - Tố Cầm")
    assert got == {"Vi Văn Chín": ["Thứ trưởng Bộ Y tế"]}
    # a place, then a name of three syllables, before the dash: as before
    got = posts("T\n\nBí thư Tỉnh ủy Sông Lô Vi Văn Chín - Lò Bình")
    assert got == {"Vi Văn Chín": ["Bí thư Tỉnh ủy Sông Lô"]}


def test_the_youth_union_is_a_body_after_a_title():
    # "Đoàn cơ sở" (bodies.tsv): a grassroots Youth Union, its unit after it
    got = posts("T\n\nThiếu úy Lò Văn Tám, Phó Bí thư Đoàn cơ sở của Phòng Cảnh sát cơ động, cho biết.")
    assert got == {"Lò Văn Tám": ["Phó Bí thư Đoàn cơ sở của Phòng Cảnh sát cơ động"]}
    # "Đoàn" (a family name too) then a body's head, then a second head the lower-case syllable completes
    got = posts("T\n\nAnh Lò Văn Tám, Bí thư Đoàn Trường Đại học Sông Lô, cho biết năm nay tốt.")
    assert got == {"Lò Văn Tám": ["Bí thư Đoàn Trường Đại học Sông Lô"]}
    # a family name "Đoàn" after a title stays a name
    assert posts("T\n\nTrong chuyến đi có Bí thư Đoàn Trường Sơn cho biết.") == {"Đoàn Trường Sơn": ["Bí thư"]}


def test_at_that_time_opens_the_next_clause_after_a_body():
    # "Thời điểm đó" (phrase_openers, connective): a caption run on into the text without a full stop
    got = posts("T\n\nBà Vi Thị Chín, Giám đốc Xí nghiệp bến xe Sông Lô Thời điểm đó, xe đông.")
    assert got == {"Vi Thị Chín": ["Giám đốc Xí nghiệp bến xe Sông Lô"]}
    got = posts("T\n\nBà Vi Thị ChínGiám đốc Xí nghiệp bến xe trung tâm Sông Lô Thời điểm này xe đông.")
    assert got == {"Vi Thị Chín": ["Giám đốc Xí nghiệp bến xe trung tâm Sông Lô"]}


def test_a_credit_word_before_a_bodys_head_opens_the_next_clause():
    # "… TP X Theo Sở Y tế, …": "Theo" (stopnames, credit) before a body's head opens the next sentence
    got = posts("T\n\nÔng Lò Văn Tám, Phó giám đốc Sở Y tế TP Sông Lô Theo Sở Y tế TP Sông Lô, năm nay tốt.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Sở Y tế TP Sông Lô"]}


def test_the_pronoun_ta_ends_a_bodys_name():
    # "Đảng ta" (our Party): "ta" (name_stops) is no word of the body's name, the verb after it no reason to cut
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng đoàn đại biểu Đảng ta tham gia hội thảo, phát biểu.")
    assert got == {"Lò Văn Tám": ["Trưởng đoàn đại biểu Đảng"]}
