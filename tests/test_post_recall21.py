"""Post constructions from the unattached-title sample of seed 349 after round rect20 (issue 8, recall on unseen
text): one neutral made-up example per construction, none from the corpus."""

from helpers import posts


def test_a_kingdoms_formal_name_after_a_body_is_not_cut_at_vuong():
    # "Vương" is a family name too: the body's name runs on through "Vương quốc X", not "Quốc hội Vương"
    got = posts("T\n\nDự lễ có ông Sok Vanna, Chủ tịch Quốc hội Vương quốc Campuchia, Chủ tịch Hội đồng Bảo tàng "
                "Campuchia; bà Lò Thị Mai, Chủ tịch Hội Nông dân.")
    assert got == {"Sok Vanna": ["Chủ tịch Quốc hội Vương quốc Campuchia", "Chủ tịch Hội đồng Bảo tàng Campuchia"],
                   "Lò Thị Mai": ["Chủ tịch Hội Nông dân"]}


def test_a_lower_case_body_of_two_fields_joined_by_ampersand_or_va_before_the_holder():
    got = posts("T\n\nĐoàn sẽ làm rõ tài sản của Giám đốc Sở tài nguyên & môi trường Lò Văn Tám, xem có đúng luật.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở tài nguyên & môi trường"]}
    got = posts("T\n\nĐoàn sẽ làm rõ tài sản của Giám đốc Sở văn hóa và thể thao Lò Văn Tám, xem có đúng luật.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở văn hóa và thể thao"]}
    # a second title after "và" is another person's post, not a field of the body
    assert posts("T\n\nGiám đốc Sở tài chính và phó giám đốc Lò Văn Tám đã họp.") == {"Lò Văn Tám": ["phó giám đốc"]}
