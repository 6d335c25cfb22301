"""The post grammar of issue 8 (TITLE [BODY] [qualifier], attached to people): one neutral made-up example per
construction, none from the corpus or the reference report."""

from helpers import held, mentions, posts


def test_a_body_name_that_goes_on_in_lower_case_after_one_capitalised_word():
    got = posts("T\n\nÔng Lê Văn Khải - Chi cục trưởng Chi cục Bảo vệ thực vật tỉnh Nam Định cho biết.")
    assert got == {"Lê Văn Khải": ["Chi cục trưởng Chi cục Bảo vệ thực vật tỉnh Nam Định"]}


def test_a_head_that_opens_a_title_is_no_body():
    # "Chi cục" inside the title "Chi cục trưởng" does not swallow the title as a body
    assert "Chi cục trưởng Chi cục Kiểm lâm" not in mentions(
        "T\n\nÔng Lê Văn Khải, Chi cục trưởng Chi cục Kiểm lâm, phát biểu.", "body")


def test_a_title_ending_with_the_head_its_body_repeats():
    got = posts("T\n\nBà Đỗ Thị Mơ, Trưởng phòng Phòng Quản lý đô thị (UBND quận 3) khẳng định như vậy.")
    assert got == {"Đỗ Thị Mơ": ["Trưởng phòng Phòng Quản lý đô thị"]}


def test_a_plural_noun_phrase_inside_a_body_name():
    got = posts("T\n\nDự có ông Hà Văn Tư, Bí thư Đảng ủy Khối các doanh nghiệp tỉnh Hòa Bình cùng nhiều khách.")
    assert got == {"Hà Văn Tư": ["Bí thư Đảng ủy Khối các doanh nghiệp tỉnh Hòa Bình"]}
    # a level word after "các" is a list of units, not part of the name
    assert "Sở Tư pháp các tỉnh" not in mentions("T\n\nGiám đốc Sở Tư pháp các tỉnh Tây Bắc dự họp.", "body")


def test_a_body_name_in_lower_case_right_after_its_title():
    got = posts("T\n\nÔng Vi Văn Sơn, Tổ trưởng Tổ công tác liên ngành, báo cáo kết quả.")
    assert got == {"Vi Văn Sơn": ["Tổ trưởng Tổ công tác liên ngành"]}
    # only up to a clause boundary, and not for heads whose names are capitalised: a verb is no name
    assert mentions("T\n\nGiám đốc Sở kết luận cuộc họp.", "body") == []


def test_a_short_form_in_parentheses_spells_the_lower_case_words_of_the_name():
    got = posts("T\n\nBà Ngô Thị Lụa - Chủ tịch Hội Bảo trợ Người cao tuổi - trẻ em nghèo (NCT-TEN) tỉnh Yên Bái "
                "gắn bó với hội.")
    assert got == {"Ngô Thị Lụa": ["Chủ tịch Hội Bảo trợ Người cao tuổi - trẻ em nghèo (NCT-TEN) tỉnh Yên Bái"]}
    # a short form that spells no words before it ends nothing more
    got = posts("T\n\nBà Ngô Thị Lụa - Chủ tịch Hội Bảo trợ Người cao tuổi - trẻ em nghèo (XYZ) gắn bó với hội.")
    assert got == {"Ngô Thị Lụa": ["Chủ tịch Hội Bảo trợ Người cao tuổi"]}


def test_an_abbreviation_of_a_whole_body_name_is_the_body():
    got = posts("T\n\nÔng Phan Văn Tuệ, Phó Tổng giám đốc TTXVN, dự lễ.")
    assert got == {"Phan Văn Tuệ": ["Phó Tổng giám đốc TTXVN"]}


def test_kiem_without_a_comma_is_one_post_and_with_a_comma_two():
    one = posts("T\n\nÔng Lò Văn Pả - Bí thư Đảng ủy kiêm Chủ tịch UBND xã Nà Tấu cho biết.")
    assert one == {"Lò Văn Pả": ["Bí thư Đảng ủy kiêm Chủ tịch UBND xã Nà Tấu"]}
    two = posts("T\n\nÔng Lò Văn Pả, Bí thư Đảng ủy xã, kiêm Chủ tịch UBND xã Nà Tấu cho biết.")
    assert sorted(two["Lò Văn Pả"]) == ["Bí thư Đảng ủy xã", "Chủ tịch UBND xã Nà Tấu"]


def test_a_career_list_after_giu_cac_chuc_vu():
    got = posts("T\n\nBà Mai Thị Hằng, Thứ trưởng Bộ Tài chính, trong thời gian giữ các chức vụ Bí thư Đảng ủy, "
                "Giám đốc Cty Giấy Bình Minh (Cty Bình Minh), Tổng giám đốc Cty Bình Minh (từ năm 2001-2005) "
                "đã vi phạm.")
    assert sorted(got["Mai Thị Hằng"]) == ["Bí thư Đảng ủy", "Giám đốc Cty Giấy Bình Minh",
                                           "Thứ trưởng Bộ Tài chính", "Tổng giám đốc Cty Bình Minh"]


def test_a_career_list_after_kinh_qua_cac_chuc_vu_nhu():
    got = posts("T\n\nÔng Tạ Văn Long đã kinh qua các chức vụ như Giám đốc Sở Công Thương, Bí thư huyện Phù Mỹ "
                "và giữ chức Phó Chủ tịch UBND tỉnh từ năm 2015.")
    assert sorted(got["Tạ Văn Long"]) == ["Bí thư huyện Phù Mỹ", "Giám đốc Sở Công Thương", "Phó Chủ tịch UBND tỉnh"]


def test_a_career_list_whose_items_run_on_in_name_words_and_one_without_a_comma():
    got = posts("T\n\nĐồng chí Lại Văn Nam đã trải qua nhiều vị trí công tác như: giảng viên, Trưởng khoa Ngữ văn "
                "cổ điển; Trưởng khoa Văn hóa, Nghệ thuật và Di sản; Bí thư Đảng ủy Hiệu trưởng Trường Bách Việt; "
                "Ủy viên Hội đồng Khoa học Trung ương.")
    assert sorted(got["Lại Văn Nam"]) == sorted([
        "Bí thư Đảng ủy Hiệu trưởng Trường Bách Việt", "Trưởng khoa Ngữ văn cổ điển",
        "Trưởng khoa Văn hóa, Nghệ thuật và Di sản", "Ủy viên Hội đồng Khoa học Trung ương", "giảng viên"])


def test_an_abbreviated_level_with_its_dot_keeps_the_unit_name():
    got = posts("T\n\nÔng Lê Văn Hai, Bí thư Thành Ủy TP. Cần Thơ phát biểu.")
    assert got == {"Lê Văn Hai": ["Bí thư Thành Ủy TP. Cần Thơ"]}


def test_an_abbreviated_title_is_the_same_post_as_the_written_out_one():
    got = posts("T\n\nBà Lê Thị Mai làm TGĐ Cty Sao Mai. Bà Lê Thị Mai, Tổng giám đốc Cty Sao Mai, phát biểu.")
    assert got == {"Lê Thị Mai": ["Tổng giám đốc Cty Sao Mai"]}


def test_a_lower_case_name_of_up_to_four_syllables_after_a_title_ending_with_its_head():
    got = held("T\n\nÔng Đào Văn Tư, nguyên Trưởng phòng kế hoạch vật tư Cty Sao Mai, bị bắt.")
    assert got == {"Đào Văn Tư": ["nguyên Trưởng phòng kế hoạch vật tư Cty Sao Mai"]}


def test_a_post_before_a_semicolon_is_not_the_next_names():
    got = posts("T\n\nDự họp có đại diện Trưởng phòng Tổ chức; ông Lê Văn Ba, Phó Giám đốc Sở Nội vụ.")
    assert got == {"Lê Văn Ba": ["Phó Giám đốc Sở Nội vụ"]}


def test_a_manner_qualifier_between_a_title_and_its_body():
    got = posts("T\n\nDự có ông Hà Văn Lợi, UV thường trực Ban Chỉ đạo Trung ương các chương trình MTQG; "
                "ông Tô Văn Ba, Phó Giám đốc phụ trách Sở Y tế.")
    assert got == {"Hà Văn Lợi": ["UV thường trực Ban Chỉ đạo Trung ương các chương trình MTQG"],
                   "Tô Văn Ba": ["Phó Giám đốc phụ trách Sở Y tế"]}


def test_two_titles_joined_by_a_dash_without_spaces_are_one_post():
    got = posts("T\n\nÔng Đinh Văn Tân, Vụ trưởng-Chánh Văn phòng Bộ Nội vụ, dự họp.")
    assert got == {"Đinh Văn Tân": ["Vụ trưởng-Chánh Văn phòng Bộ Nội vụ"]}


def test_an_abbreviated_title_with_a_bare_name_folds_into_the_fuller_post():
    got = posts("T\n\nÔng Nguyễn Cảnh Hải – Tổng giám đốc Công ty CP Vinaplas nhận cờ. "
                "Ông Nguyễn Cảnh Hải – TGĐ Vinaplas chia sẻ: tốt.")
    assert got == {"Nguyễn Cảnh Hải": ["Tổng giám đốc Công ty CP Vinaplas"]}


def test_a_verb_after_lower_case_name_words_is_not_glued_to_the_body():
    got = posts("T\n\nÔng Lê Văn Ba, Giám đốc Sở Y tế thực hiện việc kiểm tra.")
    assert got == {"Lê Văn Ba": ["Giám đốc Sở Y tế"]}
    # a function word that closes a name keeps the lower-case words before it
    got = posts("T\n\nBà Đỗ Thị Mơ, Trưởng phòng Phòng Quản lý đô thị của quận khẳng định.")
    assert got == {"Đỗ Thị Mơ": ["Trưởng phòng Phòng Quản lý đô thị"]}


def test_titles_after_a_name_and_a_colon():
    got = posts("T\n\nÔng Lý Văn Tài: Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh phát biểu.")
    assert got == {"Lý Văn Tài": ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"]}


def test_abbreviated_bodies_of_the_grammar():
    got = posts("T\n\nÔng Lý Văn Tài, Ủy viên Ban Chấp hành T.Ư Đảng, Giám đốc CATP Hải Phòng dự. "
                "Bà Hà Thị Yến, Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam, dự.")
    assert got == {"Lý Văn Tài": ["Ủy viên Ban Chấp hành T.Ư Đảng", "Giám đốc CATP Hải Phòng"],
                   "Hà Thị Yến": ["Phó Chủ tịch Ủy ban T.Ư MTTQ Việt Nam"]}


def test_abbreviated_deputy_titles():
    got = posts("T\n\nTrong khi đó ĐB Lương Văn Kha (Cà Mau) cho rằng cần sửa. ĐBQH Lê Thị Nụ phát biểu.")
    assert got == {"Lương Văn Kha": ["ĐB"], "Lê Thị Nụ": ["ĐBQH"]}


def test_a_short_form_after_a_quoted_name_is_no_error():
    # a quote mark before the parenthesis spells no letter (it once raised IndexError)
    got = posts("T\n\nÔng Lê Văn Ba, Giám đốc Trung tâm “Hỗ trợ nông dân” (HTND) tỉnh Lào Cai cho biết.")
    assert list(got) == ["Lê Văn Ba"]
    assert got["Lê Văn Ba"][0].startswith("Giám đốc Trung tâm")


def test_a_party_committee_of_a_unit_named_after_a_lower_case_noun():
    got = posts("T\n\nÔng Hà Văn Tư - Bí thư Đảng ủy cơ quan Sở Công Thương tỉnh, phát biểu. "
                "Bà Lò Thị Mai, Bí thư Đảng ủy trường Cao đẳng Sư phạm Miền Núi, dự lễ.")
    assert got == {"Hà Văn Tư": ["Bí thư Đảng ủy cơ quan Sở Công Thương tỉnh"],
                   "Lò Thị Mai": ["Bí thư Đảng ủy trường Cao đẳng Sư phạm Miền Núi"]}
    # a lower-case word that opens no unit leaves the committee bare
    got = posts("T\n\nÔng Hà Văn Tư, Bí thư Đảng ủy tập trung chỉ đạo Sở Xây dựng.")
    assert got == {"Hà Văn Tư": ["Bí thư Đảng ủy"]}


def test_a_capitalised_unit_noun_after_a_party_organisation():
    assert "Đảng bộ Cơ quan LĐLĐ tỉnh" in mentions(
        "T\n\nÔng Hà Văn Tư thay mặt Đảng bộ Cơ quan LĐLĐ tỉnh trao huy hiệu.", "body")


def test_a_lower_case_name_that_runs_to_the_unit_it_serves():
    got = posts("T\n\nÔng Lê Văn Ba, Giám đốc Ban Quản lý dự án xây dựng dân dụng tỉnh Phú Yên, cho biết.")
    assert got == {"Lê Văn Ba": ["Giám đốc Ban Quản lý dự án xây dựng dân dụng tỉnh Phú Yên"]}
    got = posts("T\n\nBà Đinh Thị Hoa, chủ nhiệm Câu lạc bộ thơ - nhạc hưu trí quận 7 cũng đề nghị như vậy.")
    assert got == {"Đinh Thị Hoa": ["chủ nhiệm Câu lạc bộ thơ - nhạc hưu trí quận 7"]}
    # or to a province's name without its level word
    got = posts("T\n\nÔng Lê Văn Ba, Giám đốc Ban quản lý hạ tầng cấp thoát nước đô thị Phú Yên cho biết.")
    assert got == {"Lê Văn Ba": ["Giám đốc Ban quản lý hạ tầng cấp thoát nước đô thị Phú Yên"]}
    # a name that opens with a noun ("dự án") runs on to a comma or an acronym, also after "Trưởng ban"
    got = posts("T\n\nÔng Hà Văn Páo, Giám đốc Ban quản lý dự án xây dựng cầu cảng nước sâu, cho biết. "
                "Bà Lò Thị Sen, Trưởng ban Quản lý dự án nâng cấp đê biển TP.HCM cho biết.")
    assert got == {"Hà Văn Páo": ["Giám đốc Ban quản lý dự án xây dựng cầu cảng nước sâu"],
                   "Lò Thị Sen": ["Trưởng ban Quản lý dự án nâng cấp đê biển TP.HCM"]}
    # two names a dash joins; one capitalised syllable that a lower-case one completes ends no name
    got = posts("T\n\nÔng Hà Văn Páo, Giám đốc Ban quản lý dự án đường ven biển Hà Nam - Ninh Bình cam kết. "
                "Ông Lò Văn Khiêm, Phó Giám đốc Ban quản lý dự án Công ty cổ phần Sao Mai cho biết.")
    assert got["Hà Văn Páo"] == ["Giám đốc Ban quản lý dự án đường ven biển Hà Nam - Ninh Bình"]
    assert got["Lò Văn Khiêm"] != ["Phó Giám đốc Ban quản lý dự án Công"]
    # a verb after the head is no name: without a comma or a unit the body stays bare
    got = posts("T\n\nÔng Lê Văn Ba, Giám đốc Ban Quản lý thực hiện việc rà soát ngay.")
    assert got == {"Lê Văn Ba": ["Giám đốc Ban Quản lý"]}


def test_an_office_of_two_councils_is_one_body():
    got = posts("T\n\nÔng Lê Văn Ba, Chánh Văn phòng HĐND, UBND huyện Yên Lập cho biết. "
                "Bà Đỗ Thị Mơ - Phó Chánh Văn phòng HĐND và UBND tỉnh, dự.")
    assert got == {"Lê Văn Ba": ["Chánh Văn phòng HĐND, UBND huyện Yên Lập"],
                   "Đỗ Thị Mơ": ["Phó Chánh Văn phòng HĐND và UBND tỉnh"]}
    # two offices of a list stay two bodies
    assert "Văn phòng Tỉnh ủy, UBND tỉnh" not in mentions(
        "T\n\nLãnh đạo Văn phòng Tỉnh ủy, UBND tỉnh dự họp.", "body")


def test_a_level_of_two_words_without_a_name_qualifies_a_standalone_head():
    assert "UBND Thành phố" in mentions("T\n\nĐược UBND Thành phố, Sở Nội vụ tặng Bằng khen.", "body")


def test_lower_case_titles_of_commune_police_and_party_cells():
    got = posts("T\n\nHôm đó, công an viên Lò Văn Pả vào kiểm tra. "
                "Bà Đinh Thị Hoa là chi ủy viên Chi bộ Phòng Kế hoạch tài chính.")
    assert got == {"Lò Văn Pả": ["công an viên"], "Đinh Thị Hoa": ["chi ủy viên Chi bộ Phòng Kế hoạch tài chính"]}


def test_a_qualifier_between_a_title_and_its_body():
    got = posts("T\n\nÔng Lý Văn Tài - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, dự lễ.")
    assert got == {"Lý Văn Tài": ["Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"]}


def test_a_body_after_cua_and_a_mission_abroad():
    got = posts("T\n\nÔng Lý Văn Tài, Đại sứ đặc mệnh toàn quyền của Việt Nam tại Ca-na-đa, dự lễ. "
                "Người phát ngôn của Bộ Ngoại giao Lê Thị Nụ trả lời.")
    assert got == {"Lý Văn Tài": ["Đại sứ đặc mệnh toàn quyền của Việt Nam tại Ca-na-đa"],
                   "Lê Thị Nụ": ["Người phát ngôn của Bộ Ngoại giao"]}


def test_a_profession_before_a_name_is_no_post():
    got = posts("T\n\nBác sĩ Lê Văn Ba, Trưởng khoa Nhi, cho biết.")
    assert got == {"Lê Văn Ba": ["Trưởng khoa Nhi"]}
    assert "Lê Văn Ba" in mentions("T\n\nBác sĩ Lê Văn Ba cho biết.", "person")


def test_a_lower_case_head_right_after_its_title_with_a_number():
    got = posts("T\n\nVới vai trò Tổ trưởng tổ dân phố số 12, ông Lê Văn Ba đã góp phần.")
    assert got == {"Lê Văn Ba": ["Tổ trưởng tổ dân phố số 12"]}


def test_a_place_after_a_comma_is_not_the_unit_of_a_lower_case_name():
    got = posts("T\n\nBà Lê Thị Na (Tổ phó Tổ dân phố 12, phường Yên Hòa) cho biết.")
    assert got == {"Lê Thị Na": ["Tổ phó Tổ dân phố 12"]}


def test_a_ministry_after_the_word_dang_is_no_party_organisation():
    got = mentions("T\n\nBan cán sự Đảng Bộ Tư pháp đã họp. Ông Lê Văn Tư, Bí thư Đảng bộ xã, dự.", "body")
    # "Ban cán sự Đảng" is a body head (bodies.tsv): the committee of the ministry is one body, not "Đảng Bộ"
    assert "Ban cán sự Đảng Bộ Tư pháp" in got and "Đảng Bộ" not in got and "Đảng bộ xã" in got
    got = mentions("T\n\nĐảng Bộ Tư pháp đã họp.", "body")
    assert "Bộ Tư pháp" in got and "Đảng Bộ" not in got


def test_a_mission_needs_a_country_and_no_name_after_its_place():
    assert "Lào tại Ca-na-đa" in mentions("T\n\nBà Lê Thị Na, Đại sứ Lào tại Ca-na-đa, dự.", "body")
    got = mentions("T\n\nThủ tướng Lê Văn Ba tại Hội nghị nói. Đại sứ Lào tại Thủ đô Mới Xay Som nói.", "body")
    assert not any("tại" in b for b in got)


def test_a_level_after_a_comma_is_no_qualifier_of_a_standalone_head():
    got = mentions("T\n\nCông an, quận Ba Đình và phường Kim Mã phối hợp.", "body")
    assert "Công an" in got and not any(b.startswith("Công an,") for b in got)


def test_a_head_of_several_capitalised_words_stays_whole():
    got = mentions("T\n\nTổng Cục Thủy sản và Ủy Ban Dân tộc đã họp.", "body")
    assert "Tổng Cục Thủy sản" in got and "Ủy Ban Dân tộc" in got


def test_a_body_named_by_a_level_and_a_number_keeps_the_number():
    got = posts("T\n\nÔng Lê Văn Ba, Chủ tịch UBND quận 3, cho biết. Bà Lê Thị Na, Trưởng Công an phường 12, dự.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND quận 3"], "Lê Thị Na": ["Trưởng Công an phường 12"]}


def test_a_body_ending_in_a_noun_whose_last_word_is_a_place_word_is_followed_by_a_name():
    # "môi trường" is no school, "ngân sách" no book: the name after the body is a person's
    got = posts("T\n\nBộ trưởng Tài nguyên và Môi trường Đỗ Văn Tư cho biết. "
                "Chủ nhiệm Ủy ban Tài chính Ngân sách Lê Văn Ba phát biểu.")
    assert got == {"Đỗ Văn Tư": ["Bộ trưởng Tài nguyên và Môi trường"],
                   "Lê Văn Ba": ["Chủ nhiệm Ủy ban Tài chính Ngân sách"]}
    # a school's name after "trường" stays no person
    assert mentions("T\n\nHọc sinh trường Lê Văn Ba đạt giải.", "person") == []


def test_a_committee_of_a_local_party_body_keeps_the_body_after_it():
    got = posts("T\n\nÔng Lê Văn Ba, Ủy viên Ban chấp hành Huyện ủy Yên Lạc, Phó Chủ tịch UBND huyện, dự.")
    assert got == {"Lê Văn Ba": ["Ủy viên Ban chấp hành Huyện ủy Yên Lạc", "Phó Chủ tịch UBND huyện"]}
    assert "Ban chấp hành Huyện ủy Yên Lạc" in mentions("T\n\nBan chấp hành Huyện ủy Yên Lạc họp.", "body")


def test_a_field_in_lower_case_after_a_capitalised_word_ends_at_punctuation():
    got = posts("T\n\nÔng Lê Văn Ba, Vụ trưởng Khai thác thủy sản, Tổng cục Thủy sản cho biết.")
    assert got == {"Lê Văn Ba": ["Vụ trưởng Khai thác thủy sản, Tổng cục Thủy sản"]}  # (the body above kept: prec27)
    # a verb of saying after the name is no part of it
    got = posts("T\n\nÔng Lê Văn Ba – Tổng giám đốc Vinaplas chia sẻ: tốt.")
    assert got == {"Lê Văn Ba": ["Tổng giám đốc Vinaplas"]}
    # nor a time word: "Bộ trưởng X sáng nay, ĐB A" gives A no post
    assert posts("T\n\nTại phiên chất vấn Bộ trưởng KH-ĐT sáng nay, ĐB Lê Văn Tư hỏi.") == {"Lê Văn Tư": ["ĐB"]}


def test_a_body_head_or_a_compass_place_is_no_name_after_a_title():
    got = mentions("T\n\nÔng Lê Văn Ba, Bí thư Đoàn Thanh niên Bộ Tư pháp, dự. "
                   "Ông Lê Văn Tư, Bí thư Đoàn CAQ Bắc Từ Liêm cho biết.", "person")
    assert got == ["Lê Văn Ba", "Lê Văn Tư"]
    # a country's last word ("Nam") is no compass word before a name
    assert mentions("T\n\nĐại sứ Việt Nam Lương Hùng dự.", "person") == ["Lương Hùng"]


def test_a_family_name_of_an_ethnic_minority_opens_a_name_after_a_post():
    got = posts("T\n\nPhó Trưởng ban Dân vận Tỉnh ủy Thào Văn Pó cho rằng đúng.")
    assert got == {"Thào Văn Pó": ["Phó Trưởng ban Dân vận Tỉnh ủy"]}


def test_a_body_name_with_a_capitalised_part_after_a_hyphen_runs_to_the_name():
    got = posts("T\n\nGiải trình, Bộ trưởng Kế hoạch-Đầu tư Lê Văn Ba thừa nhận.")
    assert got == {"Lê Văn Ba": ["Bộ trưởng Kế hoạch-Đầu tư"]}


def test_an_academic_title_after_a_dash_ends_the_body_before_the_name():
    got = posts("T\n\nTại buổi nói chuyện, Giảng viên trường ĐH Sao Mai – Tiến sĩ Lê Văn Ba đặt câu hỏi.")
    assert got == {"Lê Văn Ba": ["Giảng viên trường ĐH Sao Mai"]}
    # a dash between two capitalised parts of a name still joins them
    assert "Bộ Giao thông - Vận tải" in mentions("T\n\nBộ Giao thông - Vận tải đã họp.", "body")


def test_a_name_after_the_place_of_a_mission_abroad():
    got = posts("T\n\nĐại sứ Việt Nam tại Hàn Quốc Lê Văn Ba cùng tham gia.")
    assert got == {"Lê Văn Ba": ["Đại sứ Việt Nam tại Hàn Quốc"]}


def test_a_body_name_opened_by_a_plural_noun_phrase():
    got = posts("T\n\nÔng Lê Văn Ba, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Yên Lạc, dự. "
                "Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam Đỗ Văn Tư phát biểu.")
    assert got == {"Lê Văn Ba": ["Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Yên Lạc"],
                   "Đỗ Văn Tư": ["Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam"]}
    # a plural of places after a body is no part of its name
    assert "Sở Y tế" in mentions("T\n\nSở Y tế các tỉnh họp.", "body")


def test_a_time_phrase_run_on_after_a_body_ends_it():
    got = held("T\n\nÔng Lê Văn Ba, nguyên Chủ tịch HĐQT Sao Mai Chiều qua 22-5, cơ quan điều tra đã khởi tố. "
                "Ông Đỗ Văn Tư, Giám đốc Cty Hòa An Sáng 12/5 đã ký.")
    assert got == {"Lê Văn Ba": ["nguyên Chủ tịch HĐQT Sao Mai"], "Đỗ Văn Tư": ["Giám đốc Cty Hòa An"]}


def test_a_body_head_written_bare_in_lower_case_after_a_title_is_part_of_the_post():
    got = posts("T\n\nÔng Lê Văn Ba, Bí thư chi bộ, Giám đốc bệnh viện, đã bị kỷ luật.")
    assert got == {"Lê Văn Ba": ["Bí thư chi bộ", "Giám đốc bệnh viện"]}
    # a lower-case word that is no body's head stays out ("Giám đốc mới,")
    assert posts("T\n\nÔng Lê Văn Ba, Giám đốc mới, dự.") == {"Lê Văn Ba": ["Giám đốc"]}


def test_a_lower_case_unit_name_after_a_title_ending_in_its_head_runs_into_the_parent_body():
    got = posts("T\n\nTS Lê Văn Ba, phó Trưởng khoa hồi sức tích cực Bệnh viện Sao Mai, cho hay. "
                "Ông Đỗ Văn Tư, Trưởng phòng kế hoạch Sở Xây dựng, cho hay.")
    assert got == {"Lê Văn Ba": ["phó Trưởng khoa hồi sức tích cực Bệnh viện Sao Mai"],
                   "Đỗ Văn Tư": ["Trưởng phòng kế hoạch Sở Xây dựng"]}
    # "Khoa học" opens no body
    assert mentions("T\n\nKhoa học và Công nghệ là động lực.", "body") == []


def test_a_youth_union_of_a_bloc_with_a_plural_name():
    got = posts("T\n\nÔng Lê Văn Ba, Ủy viên Ban Chấp hành Đoàn khối các cơ quan tỉnh Yên Lạc, Bí thư Đoàn Thanh "
                "niên Sở Xây dựng phát biểu.")
    assert got == {"Lê Văn Ba": ["Ủy viên Ban Chấp hành Đoàn khối các cơ quan tỉnh Yên Lạc",
                                 "Bí thư Đoàn Thanh niên Sở Xây dựng"]}


def test_an_abbreviated_level_with_its_dot_before_a_place_and_a_name():
    got = posts("T\n\nChủ tịch UBND TP. Yên Lạc Lê Văn Ba; Bí thư Thành ủy TP. Sao Mai Đỗ Văn Tư cùng dự.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND TP. Yên Lạc"], "Đỗ Văn Tư": ["Bí thư Thành ủy TP. Sao Mai"]}


def test_a_corporation_after_a_board_is_one_body():
    got = held("T\n\nÔng Lê Văn Ba - nguyên chủ tịch HĐQT Tổng công ty Sao Mai, nguyên phó chủ tịch UBND huyện "
                "Yên Lạc bị khởi tố. Phó chủ nhiệm Ủy ban về các vấn đề xã hội Đỗ Văn Tư phát biểu.")
    assert got == {"Lê Văn Ba": ["nguyên chủ tịch HĐQT Tổng công ty Sao Mai", "nguyên phó chủ tịch UBND huyện Yên Lạc"],
                   "Đỗ Văn Tư": ["Phó chủ nhiệm Ủy ban về các vấn đề xã hội"]}


def test_a_named_body_after_a_standalone_head_keeps_its_lower_case_syllables():
    got = posts("T\n\nÔng Lê Văn Ba là Bí thư Đảng ủy Sở Xây dựng.")
    assert got == {"Lê Văn Ba": ["Bí thư Đảng ủy Sở Xây dựng"]}


def test_a_trade_association_a_rarer_family_name_and_a_verb_of_saying_after_a_post():
    got = posts("T\n\nÔng Trần Văn Bình, Phó Chủ tịch Hiệp hội Dệt may Hòa Lâm, cho biết như vậy. "
                "Phó Chủ tịch UBND tỉnh Hòa Lâm Uông Văn Tám lưu ý các doanh nghiệp.")
    assert got == {"Trần Văn Bình": ["Phó Chủ tịch Hiệp hội Dệt may Hòa Lâm"],
                   "Uông Văn Tám": ["Phó Chủ tịch UBND tỉnh Hòa Lâm"]}
    assert "Sở Công Thương tỉnh Hòa Lâm" in mentions("T\n\nGiám đốc Sở Công Thương tỉnh Hòa Lâm lưu ý về giá.", "body")


def test_a_bare_name_goes_on_past_the_lower_case_second_syllable_of_a_capitalised_word():
    # "Cảnh sát", "Kinh tế": a name word whose second syllable is written in lower case, the name going on after it
    got = posts("T\n\nĐại tá Phùng Văn Khoa, Phó Giám đốc Cảnh sát PCCC TP Vĩnh Yên, cho biết như vậy.")
    assert got == {"Phùng Văn Khoa": ["Phó Giám đốc Cảnh sát PCCC TP Vĩnh Yên"]}
    got = posts("T\n\nÔng Hầu Văn Lộc, Phó ban Kinh tế Trung ương, dự họp.")
    assert got == {"Hầu Văn Lộc": ["Phó ban Kinh tế Trung ương"]}
    got = posts("T\n\nÔng Hầu Văn Lộc được giao giữ chức Phó ban Kinh tế Trung ương.")
    assert got == {"Hầu Văn Lộc": ["Phó ban Kinh tế Trung ương"]}  # without the full stop
    # a lower-case syllable that ends the name before a parenthesis
    got = posts("T\n\nTheo ông Hầu Văn Lộc, Vụ trưởng Khai thác Thủy sản (Tổng cục Y), việc này đã xong.")
    assert got == {"Hầu Văn Lộc": ["Vụ trưởng Khai thác Thủy sản"]}
    # a verb after the capitalised word ends the name, though a capitalised word follows it
    got = posts("T\n\nÔng Hầu Văn Lộc, Giám đốc Vinastar chia sẻ Kế hoạch năm.")
    assert got == {"Hầu Văn Lộc": ["Giám đốc Vinastar"]}


def test_no_lower_case_syllable_completes_an_acronym_at_the_end_of_a_body_name():
    # "Sở GTVT tiến hành …": the acronym is a whole word, the verb after it opens the clause
    got = posts("T\n\nÔng Hầu Văn Lộc, Giám đốc Sở GTVT tiến hành kiểm tra các xe khách.")
    assert got == {"Hầu Văn Lộc": ["Giám đốc Sở GTVT"]}
    # a level word after an abbreviated head stays the body's unit
    assert mentions("T\n\nChủ tịch UBND xã hỗ trợ các hộ dân.", "body") == ["UBND xã"]


def test_a_verb_after_a_body_name_opens_the_clause():
    # verbs and function words of ``name_stops`` found after body names in the corpus: "kiến nghị", "liên quan", "khi"
    got = posts("T\n\nÔng Hầu Văn Lộc, Tổng Giám đốc Công ty ABX kiến nghị với Thủ tướng như sau.")
    assert got == {"Hầu Văn Lộc": ["Tổng Giám đốc Công ty ABX"]}
    got = posts("T\n\nÔng Hầu Văn Lộc, Giám đốc Sở Nội vụ liên quan đến việc này cho biết.")
    assert got == {"Hầu Văn Lộc": ["Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nBà Hà Thị Mây, Chủ tịch Hội Nông dân khi trả lời báo chí đã nói rõ.")
    assert got == {"Hà Thị Mây": ["Chủ tịch Hội Nông dân"]}
    got = posts("T\n\nÔng Lò Văn Khiêm, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam tham gia Đảng bộ tỉnh Sơn La.")
    assert got == {"Lò Văn Khiêm": ["Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]}


def test_a_place_name_in_a_run_on_caption_ends_before_a_title():
    # "… UBND tỉnh X Thứ trưởng Y …": a photo caption run on; the capitalised title is no part of the place's name
    got = posts("T\n\nÔng Lò Văn Khiêm, Chủ tịch UBND tỉnh Sơn La Thứ trưởng Hà Văn Páo nhận nhiệm vụ mới.")
    assert got == {"Lò Văn Khiêm": ["Chủ tịch UBND tỉnh Sơn La"], "Hà Văn Páo": ["Thứ trưởng"]}
    # an honorific's word inside a place name does not end it ("Bà" in "xã Hai Bà Lụa")
    got = posts("T\n\nBà Hà Thị Mây, Phó Chủ tịch UBND xã Hai Bà Lụa cho biết như vậy.")
    assert got == {"Hà Thị Mây": ["Phó Chủ tịch UBND xã Hai Bà Lụa"]}


def test_a_connective_run_on_from_a_caption_ends_a_name():
    # "Trước đây", "Đây là", "Ngoài ra" (``phrase_openers``: ``connective``) capitalised after a name open the text
    got = posts("T\n\nBà Hà Thị Mây - Hiệu trưởng Trường Mầm non Hoa Sen - Thị xã Hoàng Mai Trước đây học phí cao.")
    assert got == {"Hà Thị Mây": ["Hiệu trưởng Trường Mầm non Hoa Sen - Thị xã Hoàng Mai"]}
    got = posts("T\n\nTheo ông Lò Văn Khiêm - Bí thư Thành ủy Hải Phòng - Đây là dự án có ý nghĩa.")
    assert got == {"Lò Văn Khiêm": ["Bí thư Thành ủy Hải Phòng"]}
    got = posts("T\n\nÔng Lò Văn Khiêm, Phó Trưởng ban Thường trực Ngoài ra, tham gia còn có đại diện các sở.")
    assert got == {"Lò Văn Khiêm": ["Phó Trưởng ban Thường trực"]}
    # a noun that opens a sentence stays inside a body's name ("Dự án"), an acronym is no photo credit ("PV")
    got = posts("T\n\nÔng Lò Văn Khiêm, Giám đốc Ban Quản lý Dự án Đường sắt, và ông Hà Văn Páo, Chủ tịch PV Gas, dự.")
    assert got == {"Lò Văn Khiêm": ["Giám đốc Ban Quản lý Dự án Đường sắt"], "Hà Văn Páo": ["Chủ tịch PV Gas"]}


def test_a_verb_of_saying_ends_a_body_name_that_goes_on_in_lower_case():
    got = posts("T\n\nÔng Lò Văn Mười, Cục trưởng Cục Chống buôn lậu khẳng định sẽ xử lý.")
    assert got == {"Lò Văn Mười": ["Cục trưởng Cục Chống buôn lậu"]}
    got = posts("T\n\nBà Đào Thị Lan, Trưởng ban Quản lý chợ cho biết chợ mở cửa.")
    assert got == {"Đào Thị Lan": ["Trưởng ban Quản lý chợ"]}


def test_a_capitalised_connective_of_three_words_ends_a_place_name_run_on_into_the_text():
    got = posts("T\n\nÔng Lò Văn Mười, Phó chánh thanh tra TP Hòa Bình Trong quá trình kiểm tra, đoàn đã làm việc.")
    assert got == {"Lò Văn Mười": ["Phó chánh thanh tra TP Hòa Bình"]}


def test_a_noun_whose_second_syllable_alone_is_a_verb_completes_a_capitalised_word_of_a_body():
    got = posts("T\n\nBà Đào Thị Lan, Giám đốc Văn phòng Đăng ký đất đai tỉnh Hòa Bình cho biết.")
    assert got == {"Đào Thị Lan": ["Giám đốc Văn phòng Đăng ký đất đai tỉnh Hòa Bình"]}
    got = posts("T\n\nÔng Kha Văn Dũng, Cục trưởng Cục Hậu cần cho biết.")  # "cần" alone: a modal verb
    assert got == {"Kha Văn Dũng": ["Cục trưởng Cục Hậu cần"]}


def test_a_body_name_joins_a_second_lower_case_field_with_va():
    # after a lower-case word, "và" and lower-case words before a capitalised word, a level's name or "(" / "-"
    got = posts("T\n\nBà Đào Thị Lan, Phó Trưởng phòng Tài nguyên và môi trường huyện Mỹ Lâm, cho biết. "
                "Ông Kha Văn Dũng, Viện trưởng Viện Quy hoạch và phát triển đô thị (Bộ Xây dựng) cho biết.")
    assert got == {"Đào Thị Lan": ["Phó Trưởng phòng Tài nguyên và môi trường huyện Mỹ Lâm"],
                   "Kha Văn Dũng": ["Viện trưởng Viện Quy hoạch và phát triển đô thị"]}
    # a "và" that joins people, another body or a clause ends the name
    got = posts("T\n\nÔng Kha Văn Dũng, Giám đốc Sở Nội vụ và người dân đã dự. "
                "Bà Đào Thị Lan, Giám đốc Sở Y tế và bệnh viện Hòa Lạc đã dự.")
    assert got == {"Kha Văn Dũng": ["Giám đốc Sở Nội vụ"], "Đào Thị Lan": ["Giám đốc Sở Y tế"]}
    got = posts("T\n\nÔng Kha Văn Dũng, Trưởng Ban Kinh tế Trung ương và khẳng định Quỹ Sao Mai sẽ hợp tác.")
    assert got == {"Kha Văn Dũng": ["Trưởng Ban Kinh tế Trung ương"]}


def test_a_body_name_joins_a_second_lower_case_field_with_an_ampersand():
    # "&" as "và": "Sở Tài nguyên & môi trường tỉnh X", "Hội … công nghệ & quản lý X"
    got = posts("T\n\nBà Đào Thị Lan, Phó Giám đốc Sở Tài nguyên & môi trường tỉnh Mỹ Lâm, cho biết. "
                "Ông Kha Văn Dũng, Chủ tịch Hội tư vấn Khoa học công nghệ & quản lý Mỹ Lâm cho biết.")
    assert got == {"Đào Thị Lan": ["Phó Giám đốc Sở Tài nguyên & môi trường tỉnh Mỹ Lâm"],
                   "Kha Văn Dũng": ["Chủ tịch Hội tư vấn Khoa học công nghệ & quản lý Mỹ Lâm"]}


def test_tung_before_a_verb_ends_a_body_s_name():
    # "từng" (once, before a verb) opens the clause's predicate: "Chủ tịch Hội X TPHCM | từng hiến kế, …"
    got = posts("T\n\nVề việc này, TS Kha Văn Dũng – Chủ tịch Hội tư vấn TPHCM từng hiến kế, sẽ xử lý bằng cách nén.")
    assert got == {"Kha Văn Dũng": ["Chủ tịch Hội tư vấn TPHCM"]}


def test_a_two_syllable_noun_whose_second_syllable_is_a_verb_goes_on_in_a_lower_case_name():
    # "đăng ký" (lexicon name_nouns; "ký" alone: sign) written in lower case after a capitalised head
    got = posts("T\n\nÔng Kha Văn Dũng, Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Lâm cho biết.")
    assert got == {"Kha Văn Dũng": ["Giám đốc Văn phòng đăng ký đất đai huyện Mỹ Lâm"]}


def test_khu_quan_ly_heads_a_body_whose_name_goes_on_in_lower_case():
    got = posts("T\n\nÔng Kha Văn Dũng, Giám đốc Khu quản lý đường thủy số 3 cho biết.")
    assert got == {"Kha Văn Dũng": ["Giám đốc Khu quản lý đường thủy số 3"]}


def test_a_body_name_lists_lower_case_fields_with_a_comma_and_va():
    got = posts("T\n\nBà Đào Thị Lan, Giám đốc Trung tâm Xúc tiến thương mại, đầu tư và du lịch Mỹ Lâm, cho biết.")
    assert got == {"Đào Thị Lan": ["Giám đốc Trung tâm Xúc tiến thương mại, đầu tư và du lịch Mỹ Lâm"]}
    # a comma before people or another body ends the name
    got = posts("T\n\nBà Đào Thị Lan, Giám đốc Sở Y tế, nhân viên và bác sĩ Bệnh viện Mỹ Lâm đã dự.")
    assert got == {"Đào Thị Lan": ["Giám đốc Sở Y tế"]}


def test_a_district_youth_union_and_an_island_district_written_in_lower_case_after_a_bare_title():
    got = posts("T\n\nBà Lò Thị Sen, Phó bí thư huyện đoàn Mường Tè cho biết. "
                "Ông Đào Văn Hải, Bí thư huyện đảo Hòn Mê cho biết.")
    assert got == {"Lò Thị Sen": ["Phó bí thư huyện đoàn Mường Tè"], "Đào Văn Hải": ["Bí thư huyện đảo Hòn Mê"]}


def test_a_head_written_out_then_its_short_form_in_parentheses_takes_the_name_after_them():
    got = posts("T\n\nThầy Mạc Văn Lợi, Hiệu trưởng trường trung học cơ sở (THCS) Hòa Lạc, huyện Kim Sơn cho biết.")
    assert got == {"Mạc Văn Lợi": ["Hiệu trưởng trường trung học cơ sở (THCS) Hòa Lạc"]}


def test_a_branch_written_in_lower_case_after_a_bare_title_is_the_post_s_body():
    got = posts("T\n\nBà Tạ Thị Loan giữ chức Giám đốc chi nhánh Cẩm Phả Công ty cổ phần Hồng Hà từ năm 2012.")
    assert got == {"Tạ Thị Loan": ["Giám đốc chi nhánh Cẩm Phả Công ty cổ phần Hồng Hà"]}
    # a province's name opens the branch's name: no person "Hà Nam Công"
    got = posts("T\n\nBà Tạ Thị Loan giữ chức Giám đốc chi nhánh Hà Nam Công ty cổ phần Hồng Hà từ năm 2012.")
    assert got == {"Tạ Thị Loan": ["Giám đốc chi nhánh Hà Nam Công ty cổ phần Hồng Hà"]}


def test_a_lower_case_field_after_a_head_and_truong_is_the_post_s():
    got = posts("T\n\nAnh Lò Văn Tới - tổ trưởng bảo dưỡng, Xí nghiệp cơ khí số 2, được khen.")
    assert got == {"Lò Văn Tới": ["tổ trưởng bảo dưỡng"]}
    # a verb after the title is no field
    assert posts("T\n\nÔng Lò Văn Tới, Đội trưởng cho biết, đội đã làm việc.") == {"Lò Văn Tới": ["Đội trưởng"]}


def test_a_title_after_a_spaced_dash_ends_the_place_s_name_before_it():
    got = posts("T\n\nBà Lò Thị Mai, Phó Chủ tịch UBND TP Hòa Bình - Trưởng ban Tổ chức Thành ủy cho biết.")
    assert got == {"Lò Thị Mai": ["Phó Chủ tịch UBND TP Hòa Bình", "Trưởng ban Tổ chức Thành ủy"]}
    # a place's name of two parts joined by a dash stays whole
    got = posts("T\n\nBà Lò Thị Mai, Phó Chủ tịch UBND tỉnh Hòa Bình - Sơn La cho biết.")
    assert got == {"Lò Thị Mai": ["Phó Chủ tịch UBND tỉnh Hòa Bình - Sơn La"]}


def test_a_unit_named_by_a_name_and_a_number_keeps_the_number_before_punctuation():
    got = posts("T\n\nÔng Lò Văn Ba, Trưởng thôn Phú An 2, xã Lộc Sơn cho biết. "
                "Bà Lò Thị Na, Chủ tịch UBND xã Hòa Phú 3, huyện Kim Sơn cho biết.")
    assert got == {"Lò Văn Ba": ["Trưởng thôn Phú An 2"], "Lò Thị Na": ["Chủ tịch UBND xã Hòa Phú 3"]}
    # a number that counts something after the name is no part of it
    got = posts("T\n\nÔng Lò Văn Ba, Chủ tịch UBND xã Hòa Phú 3 năm liền, được khen.")
    assert got == {"Lò Văn Ba": ["Chủ tịch UBND xã Hòa Phú"]}


def test_a_fund_is_a_body_whose_name_may_go_on_in_lower_case():
    got = posts("T\n\nBà Lò Thị Mai - Giám đốc Quỹ từ thiện Hoa Sen Xanh cho biết.")
    assert got == {"Lò Thị Mai": ["Giám đốc Quỹ từ thiện Hoa Sen Xanh"]}
    got = posts("T\n\nÔng Lò Văn Ba, Phó Giám đốc Quỹ hỗ trợ nông dân tỉnh Kim An cho biết.")
    assert got == {"Lò Văn Ba": ["Phó Giám đốc Quỹ hỗ trợ nông dân tỉnh Kim An"]}
    # a verb after the head is no part of its name
    assert posts("T\n\nBà Lò Thị Mai, Giám đốc Quỹ cho biết quỹ đã chi.") == {"Lò Thị Mai": ["Giám đốc Quỹ"]}


def test_the_vu_of_chuc_vu_opens_no_vu_truong():
    got = posts("T\n\nÔng Lò Văn Ba đến nhận công tác và giữ chức vụ Trưởng phòng Kế hoạch Công ty Hoa Sen.")
    assert got == {"Lò Văn Ba": ["Trưởng phòng Kế hoạch Công ty Hoa Sen"]}
    # the title itself after "chức" stays a title
    assert posts("T\n\nÔng Lò Văn Ba giữ chức Vụ trưởng Vụ Kế hoạch.") == {"Lò Văn Ba": ["Vụ trưởng Vụ Kế hoạch"]}


def test_a_committee_named_by_its_topic_keeps_ve_and_the_topic():
    got = posts("T\n\nÔng Lò Văn Ba, Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống lũ quét cho biết.")
    assert got == {"Lò Văn Ba": ["Phó Trưởng ban Chỉ đạo Trung ương về phòng, chống lũ quét"]}
    got = posts("T\n\nBà Lò Thị Mai, Chủ nhiệm Ủy ban Quốc gia về trẻ em vùng cao cho biết.")
    assert got == {"Lò Thị Mai": ["Chủ nhiệm Ủy ban Quốc gia về trẻ em vùng cao"]}
    # "về" as the verb "come", or before "việc", is no topic
    got = posts("T\n\nÔng Lò Văn Ba, Chủ nhiệm Ủy ban Kinh tế về dự hội nghị.")
    assert got == {"Lò Văn Ba": ["Chủ nhiệm Ủy ban Kinh tế"]}
    got = posts("T\n\nÔng Lò Văn Ba, Chủ nhiệm Ủy ban Pháp luật về việc này cho biết.")
    assert got == {"Lò Văn Ba": ["Chủ nhiệm Ủy ban Pháp luật"]}


def test_a_province_after_a_spaced_dash_locates_a_district_and_is_no_part_of_its_name():
    got = posts("T\n\nÔng Lò Văn Ba - Chủ tịch UBND huyện Kim Sơn – Lâm Đồng xác nhận vụ việc.")
    assert got == {"Lò Văn Ba": ["Chủ tịch UBND huyện Kim Sơn"]}
    got = posts("T\n\nBà Lò Thị Mai, Phó Chủ tịch UBND thị xã Hòa Lạc - Hà Nam, cho biết.")
    assert got == {"Lò Thị Mai": ["Phó Chủ tịch UBND thị xã Hòa Lạc"]}
    # after a province or a city, or before more words, the dash joins two parts of one name
    got = posts("T\n\nÔng Lò Văn Ba, Chủ tịch UBND TP Hòa Bình - Sơn La cho biết.")
    assert got == {"Lò Văn Ba": ["Chủ tịch UBND TP Hòa Bình - Sơn La"]}


def test_a_corporation_written_tong_cong_ty_after_a_board_keeps_its_name():
    got = posts("T\n\nÔng Lò Văn Ba, Chủ tịch HĐTV Tổng Công ty Hoa Sen cho biết.")
    assert got == {"Lò Văn Ba": ["Chủ tịch HĐTV Tổng Công ty Hoa Sen"]}
    got = posts("T\n\nBà Lò Thị Mai, Chủ tịch Hội đồng thành viên Tổng Công ty Hoa Sen Xanh cho biết.")
    assert got == {"Lò Thị Mai": ["Chủ tịch Hội đồng thành viên Tổng Công ty Hoa Sen Xanh"]}


def test_quyen_is_acting_only_as_a_word_of_its_own():
    text = ("Tiêu đề\n\nChính quyền Tổng thống Lò Văn Minh đã ban hành lệnh mới. Theo thẩm quyền Chủ tịch nước, ông "
            "Khúc Văn Sáu ký. Ông Đinh Văn Bảy, quyền Chủ tịch UBND tỉnh Hòa Tây, đã ký.")
    got = posts(text)
    assert got["Lò Văn Minh"] == ["Tổng thống"]
    assert all(not p.startswith("quyền") for p in got.get("Khúc Văn Sáu", []))
    assert got["Đinh Văn Bảy"] == ["quyền Chủ tịch UBND tỉnh Hòa Tây"]


def test_the_head_of_a_task_team_keeps_its_lower_case_field():
    got = held("T\n\nÔng Đỗ Minh Sơn, Phó chủ tịch UBND xã, trưởng đoàn cưỡng chế đã tạm dừng buổi làm việc.")
    assert got == {"Đỗ Minh Sơn": ["Phó chủ tịch UBND xã", "trưởng đoàn cưỡng chế"]}
    got = held("T\n\nÔng Phan Văn Hòa, nguyên Trưởng đoàn tư vấn giám sát của Công ty cổ phần Hoa Mai, bị khởi tố.")
    assert got == {"Phan Văn Hòa": ["nguyên Trưởng đoàn tư vấn giám sát của Công ty cổ phần Hoa Mai"]}
    # what the team inspects may follow in lower case
    assert held("T\n\nÔng Lê Văn Tạo, trưởng đoàn kiểm tra liên ngành, cho biết.") == {
        "Lê Văn Tạo": ["trưởng đoàn kiểm tra liên ngành"]}
    # an organising committee's event keeps its name through lower-case words (the body's rule, no title of its own)
    got = held("T\n\nBà Lê Thị Hoa, Phó chủ tịch UBND huyện Hòa Bình, Trưởng ban tổ chức Lễ Rước nước đền Hùng "
                "Hòa Bình cho biết, sẽ kiểm tra.")
    assert got == {"Lê Thị Hoa": ["Phó chủ tịch UBND huyện Hòa Bình",
                                  "Trưởng ban tổ chức Lễ Rước nước đền Hùng Hòa Bình"]}


def test_a_private_enterprise_is_one_head_whose_name_may_open_in_lower_case():
    got = posts("T\n\nÔng Lê Văn Tạo, Giám đốc Doanh nghiệp tư nhân Hoa Mai, cho biết. "
                "Bà Đỗ Thị Sen - Giám đốc Doanh nghiệp tư nhân vận tải số 2 Nam Hà, cho biết.")
    assert got == {"Lê Văn Tạo": ["Giám đốc Doanh nghiệp tư nhân Hoa Mai"],
                   "Đỗ Thị Sen": ["Giám đốc Doanh nghiệp tư nhân vận tải số 2 Nam Hà"]}


def test_a_credit_word_before_a_lower_case_word_opens_the_next_sentence_after_a_body_or_place_name():
    got = posts("T\n\nÔng Đỗ Văn Sơn, tân Phó bí thư tỉnh ủy Nam Định Theo quyết định số 4, ông Sơn được chỉ định. "
                "Bà Lê Thị Hoa, Giám đốc Công ty Sao Mai Theo kế hoạch, công ty sẽ mở rộng. "
                "Ông Phan Văn Tạo, Chủ tịch UBND huyện Hoa Lư Ảnh minh họa.")
    assert got == {"Đỗ Văn Sơn": ["tân Phó bí thư tỉnh ủy Nam Định"], "Lê Thị Hoa": ["Giám đốc Công ty Sao Mai"],
                   "Phan Văn Tạo": ["Chủ tịch UBND huyện Hoa Lư"]}


def test_a_verb_of_saying_closes_a_lower_case_field_after_a_bare_head_as_a_comma_does():
    got = posts("T\n\nÔng Lê Văn Tạo, Cục trưởng Cục quản lý hàng rong nhận định việc này khó. "
                "Bà Đỗ Thị Sen, Trưởng phòng kế toán cho biết sẽ kiểm tra.")
    assert got == {"Lê Văn Tạo": ["Cục trưởng Cục quản lý hàng rong"], "Đỗ Thị Sen": ["Trưởng phòng kế toán"]}
    # "nói chung" is no verb of saying; a plain verb after the field opens the clause and closes nothing
    assert posts("T\n\nÔng Lê Văn Tạo, Cục trưởng Cục quản lý hàng rong nói chung là đúng.") == {
        "Lê Văn Tạo": ["Cục trưởng Cục"]}


def test_a_lower_case_field_after_a_bare_head_joins_its_body_through_cua():
    got = posts("T\n\nBà Đỗ Thị Sen, Trưởng phòng kinh doanh của Công ty TNHH Hoa Mai cho biết sẽ kiểm tra.")
    assert got == {"Đỗ Thị Sen": ["Trưởng phòng kinh doanh của Công ty TNHH Hoa Mai"]}


def test_a_head_the_lexicon_lacks_keeps_a_lower_case_field_and_the_proper_name_after_it():
    got = held("T\n\nÔng Lê Văn Tạo, nguyên Giám đốc Khu bảo tồn biển Hòn Mây, cho biết sẽ kiểm tra.")
    assert got == {"Lê Văn Tạo": ["nguyên Giám đốc Khu bảo tồn biển Hòn Mây"]}
    # a verb after the place ends it: no field follows ("tiếp dân" is no name)
    assert held("T\n\nÔng Lê Văn Tạo, Chủ tịch Huế tiếp dân Phú Xuyên, nói rõ.") == {"Lê Văn Tạo": ["Chủ tịch Huế"]}


def test_lam_and_a_title_close_a_lower_case_field_after_a_bare_head():
    got = posts("T\n\nĐoàn do bà Ngô Thị Hà, Cục trưởng Cục quản lý hàng rong làm trưởng đoàn.")
    assert got == {"Ngô Thị Hà": ["Cục trưởng Cục quản lý hàng rong", "trưởng đoàn"]}
    # "làm" and no title: the clause's verb, the field is not the body's name
    assert posts("T\n\nÔng Lê Văn Ba, Cục trưởng Cục quản lý hàng rong làm việc với tỉnh.") == {
        "Lê Văn Ba": ["Cục trưởng Cục"]}
