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
