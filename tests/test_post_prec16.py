"""Person–post precision, round 191 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_name_that_hands_over_a_decision_is_not_the_one_it_appoints():
    got = posts("T\n\nSáng 8.2, ông Lò Văn Tám - Phó trưởng Ban Tổ chức Trung ương đã trao quyết định chỉ định "
                "Thứ trưởng Bộ Xây dựng làm Phó bí thư tỉnh Sông Lô nhiệm kỳ 2015 - 2020 cho ông Vi Văn Mười.")
    assert got["Lò Văn Tám"] == ["Phó trưởng Ban Tổ chức Trung ương"]
    got = posts("T\n\nBà Vi Thị Mười công bố quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {}
    # a name that is handed the decision, or receives it, is the one appointed
    got = posts("T\n\nÔng Lò Văn Tám được trao quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nÔng Lò Văn Tám nhận quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nÔng Lò Văn Tám phát biểu tại lễ công bố quyết định phân công ông làm Bí thư Tỉnh ủy Sông Lô.")
    assert got == {"Lò Văn Tám": ["Bí thư Tỉnh ủy Sông Lô"]}


def test_a_working_group_keeps_its_lower_case_name():
    # name_nouns: "công tác" (work) is a noun inside a body's lower-case name ("Tổ công tác …", a working group)
    got = posts("T\n\nÔng Lò Văn Tám (Phó giám đốc Sở Nội vụ, Tổ trưởng Tổ công tác thẩm định độc lập) cho hay.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Sở Nội vụ", "Tổ trưởng Tổ công tác thẩm định độc lập"]}
    # a clause still ends it; a verb of saying closes the name, as a comma does (round prec38)
    got = posts("T\n\nÔng Lò Văn Tám, Tổ trưởng Tổ công tác liên ngành đi kiểm tra thực tế.")
    assert got == {"Lò Văn Tám": ["Tổ trưởng Tổ"]}
    got = posts("T\n\nÔng Lò Văn Tám, Tổ trưởng Tổ công tác liên ngành cho biết.")
    assert got == {"Lò Văn Tám": ["Tổ trưởng Tổ công tác liên ngành"]}


def test_a_province_whose_name_opens_with_an_honorific_stays_in_the_post():
    # provinces: "Bà Rịa - Vũng Tàu" — "Bà" opens the province's name here, no woman's name
    for dash in (" - ", " – ", "-"):
        got = posts(f"T\n\nÔng Lò Văn Tám, Bí thư Tỉnh ủy Bà Rịa{dash}Vũng Tàu ghi nhận.")
        assert got == {"Lò Văn Tám": [f"Bí thư Tỉnh ủy Bà Rịa{dash}Vũng Tàu"]}
    # "Bà" before a name is still an honorific
    assert posts("T\n\nGiám đốc Sở Nội vụ Bà Vi Thị Mười cho biết.") == {"Vi Thị Mười": ["Giám đốc Sở Nội vụ"]}


def test_a_presidium_and_the_presidential_office_are_bodies_not_titles():
    # bodies: "Đoàn Chủ tịch" (a presidium), "Phủ Chủ tịch" (the presidential office of 1945–1976)
    got = posts("T\n\nTán thành Báo cáo của Đoàn Chủ tịch MTTQ Việt Nam, Phó Chủ tịch Quốc hội Lò Văn Tám nêu ý kiến.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch Quốc hội"]}
    got = posts("T\n\nÔng Lò Văn Tám, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam cho biết.")
    assert got == {"Lò Văn Tám": ["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]}
    got = posts("T\n\nBác gửi thư cho ông Lò Văn Tám – Thứ trưởng Bộ Nội vụ, Chánh Văn phòng Phủ Chủ tịch - yêu cầu.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Nội vụ", "Chánh Văn phòng Phủ Chủ tịch"]}
    # "Chủ tịch" before a name is still a title
    assert posts("T\n\nTại Phủ Chủ tịch, Chủ tịch Lò Văn Tám tiếp đoàn.") == {"Lò Văn Tám": ["Chủ tịch"]}


def test_a_second_field_after_va_ends_at_punctuation_or_a_verb_of_saying():
    got = posts("T\n\nÔng Lò Văn Tám, nguyên Thứ trưởng Bộ Nông nghiệp và phát triển nông thôn, cho biết.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Nông nghiệp và phát triển nông thôn"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Trung tâm Nghiên cứu bảo tồn biển và phát triển cộng đồng cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc Trung tâm Nghiên cứu bảo tồn biển và phát triển cộng đồng"]}
    # six lower-case words
    got = posts("T\n\nÔng Lò Văn Tám, Phó Giám đốc Chi cục Khai thác và bảo vệ nguồn lợi thủy sản, cho biết.")
    assert got == {"Lò Văn Tám": ["Phó Giám đốc Chi cục Khai thác và bảo vệ nguồn lợi thủy sản"]}
    # people, a level word's unit, a single word: no field
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Sở Y tế và lãnh đạo bệnh viện, cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế"]}
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng Công an xã và lực lượng chức năng, đã có mặt.")
    assert got == {"Lò Văn Tám": ["Trưởng Công an xã"]}


def test_a_name_right_before_ve_viec_and_an_appointment_verb_authors_a_document():
    # "tờ trình của <title> A về việc miễn nhiệm chức vụ POST": A signs the proposal, the post is another's
    got = posts("T\n\nHĐND thông qua tờ trình của Chủ tịch UBND TP Sông Lô Lò Văn Tám về việc miễn nhiệm chức vụ "
                "Phó Chủ tịch UBND TP Sông Lô nhiệm kỳ 2016-2021.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND TP Sông Lô"]}
    # a name the decision appoints still holds the post
    got = posts("T\n\nÔng Lò Văn Tám được miễn nhiệm chức vụ Phó Chủ tịch UBND TP Sông Lô.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch UBND TP Sông Lô"]}


def test_the_council_of_ministers_is_a_body_not_the_title_bo_truong():
    # bodies: "Hội đồng Bộ trưởng" (the government of 1981–1992)
    got = posts("T\n\nKhu tưởng niệm cố Chủ tịch Hội đồng Bộ trưởng Lò Văn Tám được xây dựng.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội đồng Bộ trưởng"]}
    got = posts("T\n\nÔng Lò Văn Tám, khi ấy là Phó Chủ tịch Hội đồng Bộ trưởng, là người đọc báo cáo.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch Hội đồng Bộ trưởng"]}


def test_chuyen_vien_cao_cap_is_a_grade_of_the_title():
    # posts: "Chuyên viên cao cấp" (senior official), beside "Chuyên viên chính"
    got = posts("T\n\nÔng Lò Văn Tám, chuyên viên cao cấp Viện Nghiên cứu phát triển Sông Lô cho rằng, cần làm rõ.")
    assert got == {"Lò Văn Tám": ["chuyên viên cao cấp Viện Nghiên cứu phát triển Sông Lô"]}
