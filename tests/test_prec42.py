"""Round prec42 (issue 8, precision of person–post pairs in long articles and far from the name): a body's proper
name ends before a capitalised group noun of two words ("Lãnh đạo", "Đại diện"; ``person_cues.tsv``, ``group``)
that a body's head follows — a caption or headline run on into the next clause's subject without its full stop.
The group noun right after the head stays in the name ("Ban Lãnh đạo …"). Neutral made-up examples."""
from helpers import mentions, posts


def test_a_company_name_ends_before_a_group_noun_and_a_body():
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Công ty CP Tây Lô Lãnh đạo UBND tỉnh Đông Mơ cũng chỉ đạo Sở Xây dựng"
                " tiếp thu ý kiến.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Công ty CP Tây Lô"]}
    assert "UBND tỉnh Đông Mơ" in mentions("T\n\nÔng Lò Văn Tám, Chủ tịch Công ty CP Tây Lô Lãnh đạo UBND tỉnh Đông"
                                           " Mơ cũng chỉ đạo Sở Xây dựng tiếp thu ý kiến.", "body")


def test_a_representative_of_another_body_opens_the_next_clause():
    text = "T\n\nBà Hà Thị Chín, Giám đốc Cty TNHH Tây Lô Đại diện Sở Xây dựng thảo luận với người dân."
    assert posts(text) == {"Hà Thị Chín": ["Giám đốc Cty TNHH Tây Lô"]}
    assert "Cty TNHH Tây Lô" in mentions(text, "body")


def test_a_group_noun_right_after_the_head_is_the_name():
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng Ban Lãnh đạo Hiệp hội Doanh nghiệp tỉnh Đông Mơ phát biểu.")
    assert got == {"Lò Văn Tám": ["Trưởng Ban Lãnh đạo Hiệp hội Doanh nghiệp tỉnh Đông Mơ"]}


def test_a_place_name_ends_before_a_group_noun_and_a_body():
    text = "T\n\nÔng Lò Văn Tám, Chủ tịch UBND xã Tây Lô Lãnh đạo Sở Xây dựng cũng chỉ đạo tiếp thu ý kiến."
    assert posts(text) == {"Lò Văn Tám": ["Chủ tịch UBND xã Tây Lô"]}
    assert "xã Tây Lô" in mentions(text, "place")
