"""Person names: where a name ends (a capitalised word that opens the next clause is no part of it), and names
written without a title or honorific. Made-up names and places only."""

from helpers import mentions, posts

from kg.extract import lexicon


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_role_lexicons_have_known_roles_and_an_english_gloss():
    assert set(lexicon.roles("phrase_openers")) == {"time", "then", "phrase", "connective", "given"}
    assert {"speech", "noun", "subject", "owner", "age"} <= set(lexicon.roles("person_cues"))
    assert all(len(r) > 2 and r[2] for r in lexicon.rows("phrase_openers"))


def test_name_stops_before_a_time_word_and_a_date():
    # a caption run on into the text: "Chiều 12/5" opens the next sentence
    text = "Bộ trưởng Ngô Quang Vinh Chiều 12/5, đoàn công tác đến thăm xã."
    assert persons(text) == ["Ngô Quang Vinh"]


def test_name_stops_before_a_time_word_and_a_then_word_or_a_clock_time():
    assert persons("Giám đốc Sở Tạ Minh Khôi Sáng nay, hội nghị khai mạc.") == ["Tạ Minh Khôi"]
    assert persons("Chủ tịch Lâm Văn Hòa Đúng 8h30, buổi lễ bắt đầu.") == ["Lâm Văn Hòa"]


def test_name_stops_before_a_general_phrase():
    assert persons("Phó Giám đốc Kha Thành Lộc Tuy nhiên, vẫn còn khó khăn.") == ["Kha Thành Lộc"]
    assert persons("Ông Âu Ngọc Tín Dự án này được duyệt năm ngoái.") == ["Âu Ngọc Tín"]


def test_three_syllable_run_ends_before_a_phrase_and_the_rest_needs_an_anchor():
    # "Đồng Hưng" alone has nothing that makes it a person's name
    assert persons("Nhìn lại, Đồng Hưng Hiện nay đã đổi mới.") == []


def test_a_middle_name_is_never_left_last():
    # "Thông tin" is no clause here: the name keeps its given name
    assert persons("Ông Mạc Văn Thông tin rằng dự án sẽ xong.") == ["Mạc Văn Thông"]


def test_the_document_writes_the_two_words_in_lower_case_elsewhere():
    text = ("Trưởng phòng Lưu Thế Bảo Khánh thành nhà văn hóa mới. Lễ khánh thành diễn ra vui vẻ.")
    assert persons(text) == ["Lưu Thế Bảo"]


def test_the_document_writes_the_shorter_name_alone_elsewhere():
    text = ("Đại biểu Tôn Đức Khoa Hồi đáp ý kiến, cử tri vỗ tay. Ông Tôn Đức Khoa cảm ơn cử tri.")
    assert persons(text) == ["Tôn Đức Khoa", "Tôn Đức Khoa"]


def test_a_four_syllable_name_written_whole_elsewhere_is_kept():
    # "tâm chưa" is written in lower case, but so is the whole name, before another word
    text = ("Bà Quách Thị Minh Tâm chưa đồng ý. Ý kiến của bà Quách Thị Minh Tâm được ghi nhận, cử tri an tâm chưa.")
    assert persons(text) == ["Quách Thị Minh Tâm", "Quách Thị Minh Tâm"]


def test_a_function_word_after_the_name_proves_nothing():
    text = "Bà Kiều Thị Hải Bình và các đại biểu dự lễ. Hòa bình và hữu nghị."
    assert persons(text) == ["Kiều Thị Hải Bình"]


def test_a_lower_case_given_name_that_completes_a_name_of_the_document_joins_it():
    text = "Ông Võ Minh Khang dự họp. Sau đó ông Võ Minh khang trả lời cử tri."
    assert persons(text) == ["Võ Minh Khang", "Võ Minh khang"]


def test_a_name_never_ends_with_a_middle_name():
    assert persons("Chị Mạc Thị L.K (40 tuổi) cho biết.") == []


def test_a_two_word_run_before_a_phrase_leaves_no_name():
    assert persons("Ông được cử làm Phó Giám đốc Nha Thông tin quốc gia.") == []


def test_a_title_right_before_a_three_word_name_that_a_city_bears_makes_it_a_person():
    text = "Đoàn vào Lăng viếng Chủ tịch Hồ Chí Minh rồi thăm TP Hồ Chí Minh."
    assert persons(text) == ["Hồ Chí Minh"]


def test_names_after_place_and_institution_words_are_not_persons():
    text = ("Dự án nằm trong khu du lịch Hồ Thanh Lâm. Học viên trường ĐH Trần Quốc Vượng và chợ Lương Văn Tài "
            "đều tham gia.")
    assert persons(text) == []


def test_an_unanchored_name_that_opens_with_a_province_is_no_person():
    assert persons("Cổ phiếu của Tập đoàn Xây dựng Thái Bình Minh tăng giá.") == []


def test_foreign_names_after_a_country_a_rank_or_written_as_a_transliteration():
    assert persons("Chủ tịch Quốc hội Lào Somsak Phommavong dẫn đầu đoàn.") == ["Somsak Phommavong"]
    assert persons("Thượng tướng Rodrigo Alves Lemos phát biểu.") == ["Rodrigo Alves Lemos"]
    assert persons("Thủ tướng Nga Bô-rít Mi-khai-lốp đã tới thăm.") == ["Bô-rít Mi-khai-lốp"]


def test_a_foreign_looking_place_after_a_body_is_no_person():
    # minority-language place names look foreign: a title far before them does not make them a person
    assert persons("Ông Lò Văn Páo, Phó Bí thư Huyện ủy Đrăk Glum được điều động.") == ["Lò Văn Páo"]


def test_a_country_before_a_foreign_or_vietnamese_name_is_not_part_of_it():
    assert persons("Thủ tướng Ma-lai-xi-a Na-díp Ra-dắc phát biểu.") == ["Na-díp Ra-dắc"]
    assert persons("Thủ tướng Italy Paolo Rossini tới Hà Nội.") == ["Paolo Rossini"]


def test_a_name_hyphened_to_the_former_post_after_it_is_no_transliteration():
    text = "Kỷ luật các ông: Hà Văn Tiến-nguyên Trưởng phòng Tài chính; Lê Văn Hưng-nguyên cán bộ địa chính xã."
    assert "Hà Văn Tiến-nguyên" not in persons(text)


def test_a_mistyped_given_name_after_a_place_joins_the_name_but_a_phrase_does_not():
    text = ("Bí thư Tỉnh ủy Hà Giang Võ Minh khang phát biểu. Ông Võ Minh Khang đồng thời là Trưởng đoàn. "
            "Ông Đỗ Văn Hội đồng thời là Phó đoàn. Đoàn Đỗ Văn Hội Đồng Nai về dự.")
    # "Đỗ Văn Hội Đồng" is written elsewhere, but "đồng thời" is a phrase of its own
    assert persons(text)[:3] == ["Võ Minh khang", "Võ Minh Khang", "Đỗ Văn Hội"]


def test_a_foreign_company_name_after_an_abbreviated_head_is_no_person():
    assert persons("Ông Phùng Văn Khải, Giám đốc Cty Blue Harbor Travel cho biết.") == ["Phùng Văn Khải"]


# Names without a title or honorific (issue 8, item 4): the cues of person_cues.tsv, foreign names, and what keeps
# streets, schools, companies, awards and ships named after someone out.

def test_a_name_as_the_subject_of_a_verb_of_saying_is_a_person():
    assert persons("Triệu Khang cho biết hồ sơ đã đủ.") == ["Triệu Khang"]
    assert persons("“Chúng tôi sẽ làm ngay”, Đàm Khuê nói.") == ["Đàm Khuê"]


def test_a_province_before_a_verb_of_saying_is_no_person():
    assert persons("Hà Giang cho biết năm nay mưa nhiều.") == []


def test_theo_before_a_full_name_and_a_comma_quotes_a_person_but_a_source_is_a_credit():
    assert persons("Theo Khúc Minh Quân, dự án sẽ xong trong năm.") == ["Khúc Minh Quân"]
    assert persons("Theo Tin Sáng Mai Mới") == []
    assert persons("Dự án sẽ xong trong năm. Ảnh: Khúc Minh Quân") == []


def test_a_person_noun_before_a_name_makes_it_a_person():
    assert persons("Nhà sử học Kha Vĩnh Tường cho rằng đó là chuyện cũ.") == ["Kha Vĩnh Tường"]
    assert persons("Bé Mạc Gia Huy cần được giúp đỡ.") == ["Mạc Gia Huy"]
    assert persons("Theo nhà văn Tô Khê, sách vẫn bán chạy.") == ["Tô Khê"]


def test_the_owner_of_a_ship_is_a_person_but_a_ship_named_after_someone_is_not():
    assert persons("Chủ tàu Khúc Văn Định cho biết tàu bị hỏng máy.") == ["Khúc Văn Định"]
    assert persons("Tàu Khúc Văn Định cập cảng sáng nay.") == []


def test_latin_script_foreign_names_as_subjects():
    assert persons("Marta Kellner cho biết Áo sẽ hỗ trợ.") == ["Marta Kellner"]
    assert persons("Henrik Olsberg đã tới thăm nhà máy.") == ["Henrik Olsberg"]
    assert persons("Tổng thống Pháp Henri Duval đã tới dự.") == ["Henri Duval"]


def test_a_middle_initial_inside_a_foreign_name_is_kept():
    assert persons("Johann K. Brenner phát biểu tại hội thảo.") == ["Johann K. Brenner"]
    # a withheld Vietnamese given name is still no one to name
    assert persons("Ông Khúc Văn K. phát biểu tại hội thảo.") == []


def test_hyphenated_transliterations_as_subjects():
    assert persons("Lu Wen-hao đã gặp các đại biểu.") == ["Lu Wen-hao"]
    assert persons("Bounmy Vongsavanh sẽ dẫn đầu đoàn.") == ["Bounmy Vongsavanh"]


def test_things_named_after_people_are_no_persons_even_before_a_verb():
    text = ("Đường Khúc Văn Định được lát đá. Học sinh trường THPT Kha Vĩnh Tường đạt giải. Quảng trường Khúc Minh "
            "Quân rực rỡ. Công ty TNHH Khúc Văn Định cho biết sẽ nộp phạt. Giải thưởng Kha Vĩnh Tường được trao. "
            "Người dân phường Khúc Minh Quân cho biết đường ngập. Lễ hội Khúc Minh Quân đã khai mạc.")
    assert persons(text) == []


def test_a_foreign_company_before_a_verb_is_no_person():
    assert persons("Công ty Blue Harbor cho biết giá sẽ tăng.") == []


def test_latin_script_organisations_works_and_countries_before_a_verb_are_no_persons():
    text = ("Quỹ Harbor Group cũng quyết định rút vốn. Phim Kong: Misty Island đã công chiếu. SkyJet Air sẽ mở "
            "đường bay. Đại sứ quán tại Thái Lan cho biết không có ai bị thương.")
    assert persons(text) == []


def test_a_house_number_before_a_name_makes_it_a_street():
    assert persons("Dự án tại 25 Khúc Minh Quân đã hoàn thành.") == []


def test_a_family_name_that_is_also_a_function_word_still_opens_a_name():
    assert persons("Võ sĩ Từ Hiểu Minh thắng trận. Thiếu tướng Từ Hồng Hà phát biểu.") == ["Từ Hiểu Minh", "Từ Hồng Hà"]


def test_a_function_word_before_a_province_is_no_family_name():
    assert persons("Từ Hà Giang đi Hà Nội mất 8 tiếng.") == []


def test_an_ordinal_or_a_class_number_before_a_name_is_no_house_number():
    assert persons("Đây là lần thứ 2 Khúc Minh Quân giành giải.") == ["Khúc Minh Quân"]
    assert persons("Dân phản ánh tại nhà số 12 Khúc Minh Quân thì bị ngập.") == []


def test_a_phrase_that_opens_with_a_verb_of_saying_but_says_nothing_anchors_no_name():
    assert persons("Vùng Khúc Giang nói chung đã đổi mới.") == []


def test_a_country_after_a_title_is_no_person():
    assert persons("Ông Trần Văn Bình, Đại sứ Việt Nam tại Lào, cho biết như vậy.") == ["Trần Văn Bình"]
    assert persons("Thủ tướng Lào Thongloun Sisoulith thăm Hà Nội.") == ["Thongloun Sisoulith"]


def test_a_country_written_twice_after_a_body_is_no_person():
    # a typo repeats the country at the end of a body's name: neither copy is a name, nor holds the titles before
    text = "Bà Lê Thị Hoa, Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam Việt Nam (Hội ND) vừa phát biểu."
    assert persons(text) == ["Lê Thị Hoa"]
    assert sorted(posts("T\n\n" + text)) == ["Lê Thị Hoa"]


def test_a_middle_initial_glued_to_a_foreign_family_name_is_part_of_the_name():
    text = "Cùng dự có ông Marko T.Wendling - Giám đốc Công ty Kestrel và ông Jonas Brecht."
    assert persons(text) == ["Marko T.Wendling", "Jonas Brecht"]
    assert posts("T\n\n" + text)["Marko T.Wendling"] == ["Giám đốc Công ty Kestrel"]
    # an abbreviated level glued to a Vietnamese place's name is no initial
    assert persons("Cửa hàng ở Q.Bình Khê có ông Quách Văn Tám.") == ["Quách Văn Tám"]


def test_a_long_transliterated_name_after_an_honorific_is_one_name():
    text = "Ông Xổm Phi Lạ Vông Khăm, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Bò Ca Lư phát biểu."
    assert persons(text) == ["Xổm Phi Lạ Vông Khăm"]
    assert posts("T\n\n" + text) == {"Xổm Phi Lạ Vông Khăm": ["Bí thư Tỉnh ủy", "Tỉnh trưởng tỉnh Bò Ca Lư"]}
    # a syllable that is a middle name in Vietnamese may end it
    assert persons("Ông Bun Ta Khăm Phi La Văn nhấn mạnh ý kiến.") == ["Bun Ta Khăm Phi La Văn"]
    # a Vietnamese name opens with a family name: the capitalised words after it are no part of it
    assert persons("Ông Quách Văn Tám Hòa Bình Mới phát biểu.") != ["Quách Văn Tám Hòa Bình Mới"]


def test_a_two_word_name_after_a_country_that_ends_in_a_compass_word():
    text = "Dự có Chủ nhiệm Tổng cục Hậu cần Quân đội Việt Nam Đào Khải; Bí thư Tỉnh ủy Hồ Văn Kiên."
    assert persons(text) == ["Đào Khải", "Hồ Văn Kiên"]


def test_a_name_like_item_that_continues_a_list_of_places_is_no_person():
    text = "Đồng chí từng là Bí thư Tỉnh ủy Vĩnh Khê, Hà Đồng, Bí thư liên tỉnh; Thứ trưởng Bộ Công an."
    assert persons(text) == []
    assert persons("Đoàn công tác đi các huyện Ka Lum, Hà Đồng, Bò Ca cho biết.") == []


def test_a_name_after_a_place_word_under_a_title_names_the_place():
    text = "Bà Lê Thị Hoa, Trưởng ban tổ chức lễ hội miếu Trần Vĩnh Khê cho biết, sẽ kiểm tra."
    assert persons(text) == ["Lê Thị Hoa"]
    assert persons("Trưởng ban quản lý đền Quách Văn Khải cho biết như vậy.") == []
    # a level word alone is no place's name: the writer left it out
    assert persons("Chủ tịch UBND huyện Quách Văn Khải cho biết như vậy.") == ["Quách Văn Khải"]


def test_a_law_office_named_after_a_lawyer_is_no_person():
    text = "Ông Kha Minh Tú - Văn phòng Luật sư Kha Tú cho biết, phiên tòa sẽ mở."
    assert persons(text) == ["Kha Minh Tú"]
    # the person noun alone still anchors a name
    assert persons("Luật sư Kha Minh Tú cho biết như vậy.") == ["Kha Minh Tú"]


def test_a_byline_of_several_authors_joined_by_dashes_names_no_person():
    text = "Ông Quách Văn Tám đã được bổ nhiệm. Kha Tú - Đào Minh Khải"
    assert persons(text) == ["Quách Văn Tám"]
    # a name and a title after a dash is no byline
    assert persons("Khúc Văn Định - Giám đốc Sở Y tế.") == ["Khúc Văn Định"]


def test_a_capitalised_honorific_inside_a_place_name_names_no_one():
    text = ("T\n\nBà Lê Thị Ba, Trưởng phòng Giáo dục quận Hai Bà Trưng, cho biết. Tỉnh Bà Rịa có ông Ngô Văn Hai dự. "
            "Sau đó ông Dũng nói.")
    assert mentions(text, "person") == ["Lê Thị Ba", "Ngô Văn Hai", "Dũng"]


def test_a_four_syllable_name_of_two_family_names_after_an_abbreviated_title():
    got = posts("T\n\nĐB Phan Nguyễn Văn Khải cho biết. ĐB Lê Trần Thị Mai, Giám đốc Sở Nội vụ, phát biểu.")
    assert got == {"Phan Nguyễn Văn Khải": ["ĐB"], "Lê Trần Thị Mai": ["ĐB", "Giám đốc Sở Nội vụ"]}


def test_less_common_family_names_open_a_name():
    got = mentions("T\n\nBan Chấp hành gồm các đồng chí: Tào Văn Lực và Tất Thị Hoa. Tất cả đều có mặt.", "person")
    assert got == ["Tào Văn Lực", "Tất Thị Hoa"]


def test_a_name_ends_before_a_body_head_its_last_word_opens():
    got = mentions("T\n\nDưới sự chủ trì của Tổng Bí thư Lò Văn Mười Ban Bí thư Trung ương Đảng đã họp.", "person")
    assert got == ["Lò Văn Mười"]
    # a given name that is a body's head stays the name's
    assert mentions("T\n\nÔng Lò Văn Ban dự họp.", "person") == ["Lò Văn Ban"]


def test_a_pen_name_opening_with_a_body_head_after_an_honorific_or_a_national_title():
    # "Trường" opens a school's name, but after "ông" or a title that implies its own body it is a pen name
    assert persons("Tại hội nghị, ông Trường Khê được bầu làm Tổng Bí thư.") == ["Trường Khê"]
    assert persons("Từ trái sang: Tổng Bí thư Trường Khê, Chủ tịch Lê Văn Tâm.") == ["Trường Khê", "Lê Văn Tâm"]
    assert posts("T\n\nTừ trái sang: Tổng Bí thư Trường Khê, Chủ tịch Lê Văn Tâm.") == {
        "Trường Khê": ["Tổng Bí thư"], "Lê Văn Tâm": ["Chủ tịch"]}
    # a title without a body of its own takes the school, and a country is no name
    assert persons("Hiệu trưởng Trường Khê cho biết.") == []
    assert persons("Thủ tướng Đài Loan cho biết.") == []


def test_the_streets_of_a_junction_or_a_stretch_are_no_persons():
    # "ngã tư A - B", "vòng xoay A – B", "đoạn A - B": both names are streets, the one after the dash too
    assert persons("Công nhân đào hố ga tại ngã tư Lạc Long - Đỗ Văn Khiêm (quận 9).") == []
    assert persons("Cầu vượt tại vòng xoay Phạm Thế Lữ – Hồ Văn Mạnh dài 300m.") == []
    assert persons("Dự án làm tuyến số 2 đoạn Lý Đăng Quang - Kim Sơn Hà và tuyến 3.") == []
    assert persons("Bé trai bị bỏ rơi gần ngã 3 Võ Hữu Tâm – Đặng Quý Bi, phường Ba.") == []
    assert persons("Tại giao lộ Tạ Quang Lữ - Lâm Đức Thọ, xe tải bị lật.") == []
    assert persons("Một cầu vượt hướng Ngô Văn Kiềm - Lê Thái Sâm dài 367 mét.") == []
    assert persons("Cải tạo các đường gồm: Hạ Long Sơn, Đào Duy Kha - Phùng Chí Thắng, Lê Quý Mạc.") == []
    # a dash after a person's name is no junction
    assert persons("Tài xế Lâm Đức Thọ - người lái xe - bị thương.") == ["Lâm Đức Thọ"]


def test_a_body_word_before_a_place_is_a_delegation_not_a_family_name():
    # "Đoàn" is a family name and a delegation's head word; a province or a country after it is no given name
    assert persons("Đoàn Việt Nam do Chủ tịch Lã Văn Bổng dẫn đầu.") == ["Lã Văn Bổng"]
    assert persons("Hôm qua, Đoàn Thanh Hóa đến thăm xã.") == []
    assert persons("Ông Đoàn Thái Bình cho biết sẽ đi.") == ["Đoàn Thái Bình"]


def test_a_birth_year_or_an_age_in_a_bracket_makes_a_two_word_name_a_person():
    assert persons("Cơ quan công an bắt đối tượng là Thào Vừ (SN 1980) tại bản.") == ["Thào Vừ"]
    assert persons("Anh ta cãi nhau với Ksor Bla (sinh năm 1985) rồi bỏ đi.") == ["Ksor Bla"]
    assert persons("Sau đó, Đỗ Hòa (sinh 1992) bị bắt.") == ["Đỗ Hòa"]
    assert persons("Nạn nhân là cháu gái Lò Mỷ (8 tuổi) bị thương.") == ["Lò Mỷ"]
    # no family name, or a place before it: no person
    assert persons("Sau đó, Bến Đồng (35 tuổi) bị bắt.") == []
    assert persons("Tại xã Đoàn Kết (SN 1990) có 3 hộ.") == []


def test_a_name_the_document_writes_as_a_company_or_a_place_is_no_person_anywhere_in_it():
    text = ("Công ty TNHH Thương mại Xuất nhập khẩu Hoàng Gia Lộc bán máy cho ngư dân. Sau đó Hoàng Gia Lộc phải "
            "trả tiền. Người dân phường Bạch Long Hải họp. Bạch Long Hải có nhiều cá.")
    assert persons(text) == []
    # a title's holder after a level word is no such evidence (the place's name left out)
    assert persons("Phó Chủ tịch UBND TP Lý Văn Cư chỉ đạo. Sau đó Lý Văn Cư đi thăm.") == ["Lý Văn Cư", "Lý Văn Cư"]
    # nor a date before the name ("sáng 16.6 X")
    assert persons("Ngày 16.6 Lý Thị Cúc, học sinh lớp 5, bị ốm. Lý Thị Cúc đã khỏi.")[-1:] == ["Lý Thị Cúc"]
    # the document says X is a person somewhere: a street named after X leaves the bare X a person
    text = "Lễ gắn biển đường Lý Văn Cư diễn ra. Nhà báo Lý Văn Cư sinh năm 1921. Lý Văn Cư hy sinh năm 1947."
    assert persons(text) == ["Lý Văn Cư", "Lý Văn Cư"]
    # a place word is no such evidence: "nhà X" is X's house
    assert persons("Công an khám nhà Hồ Thị Ngân. Sau đó Hồ Thị Ngân bị bắt.") == ["Hồ Thị Ngân"]
    # without the company's head, the same sentence keeps the name (a family name and three syllables)
    assert persons("Sau đó Hoàng Gia Lộc phải trả tiền.") == ["Hoàng Gia Lộc"]
    # a title, an honorific or a cue vouches for a person whatever the document writes elsewhere
    assert persons("Đường Lý Văn Cư rộng 20m. Ông Lý Văn Cư cho biết đường đẹp.") == ["Lý Văn Cư"]


def test_three_capitalised_words_that_open_with_a_province_s_name_after_a_body_are_no_person():
    assert persons("Bà Trần Thu Hà, Chủ tịch Công ty Luật Hà Nam Xanh hoa cho biết.") == ["Trần Thu Hà"]
    # with a title right before it or an honorific, the same words are a name
    assert persons("Giám đốc Hà Nam Khánh cho biết.") == ["Hà Nam Khánh"]
    assert persons("Ông Hà Nam Khánh cho biết.") == ["Hà Nam Khánh"]


def test_a_four_syllable_name_after_a_body_whose_name_ends_in_lower_case_is_one_name():
    assert persons("Thứ trưởng Bộ Nội vụ Tạ Hoàng Minh Khôi cho biết.") == ["Tạ Hoàng Minh Khôi"]
    # a capitalised compound ("Trung ương") and a body's head after it ("Đoàn") stay the body's
    assert persons("Bí thư Ban Chấp hành Trung ương Đoàn Lò Văn Phong dự họp.") == ["Lò Văn Phong"]
    # a body's name ending in a capitalised word still ends before a three-syllable name
    assert persons("Thứ trưởng Bộ Nội vụ Lào Tạ Minh Khôi cho biết.") == ["Tạ Minh Khôi"]


def test_a_national_park_after_a_title_is_its_body_not_a_person():
    # "Vườn quốc gia" (lexicon body): the capitalised "Vườn Quốc" is no name, and the park is the post's body
    text = "Xin nói đến Giám đốc Vườn Quốc gia Hòa Lạc Lê Văn Tịnh, người đứng đầu đơn vị."
    assert persons(text) == ["Lê Văn Tịnh"]
    assert posts("T\n\n" + text)["Lê Văn Tịnh"] == ["Giám đốc Vườn Quốc gia Hòa Lạc"]


def test_a_region_after_a_title_is_no_person():
    # "Nam Bộ", "Nam Kỳ" (lexicon regions.tsv) name a region of the country, not the holder of the title before it
    assert persons("Ông từng là Chính ủy Quân khu; Thanh tra Bộ Tư lệnh Nam Bộ.") == []
    assert persons("Năm ấy thống đốc Nam Kỳ ra nghị định mới.") == []
    assert persons("Ông Lê Văn Hải, Phó Tư lệnh Nam Bộ, phát biểu.") == ["Lê Văn Hải"]


def test_a_name_after_chuc_and_a_title_is_the_office_s_place_not_its_holder():
    # "rời chức Bí thư X", "thôi chức Ủy viên X": the office is named, X is its place or body
    assert persons("Năm 2015, ông Lưu Văn Dân rời chức Bí thư Kha Lâm về thủ đô.") == ["Lưu Văn Dân"]
    assert persons("Việc cho thôi chức Ủy viên Bô Chính trị đối với ông Lê Văn Hải là đúng.") == ["Lê Văn Hải"]
    # "nhậm chức": the inauguration of the holder named after the title
    assert persons("Lễ nhậm chức Tổng thống Donald Trump diễn ra hôm qua.") == ["Donald Trump"]


def test_a_name_after_a_title_in_a_list_of_offices_is_the_office_s_place():
    # "giữ các chức Tỉnh trưởng, Bí thư X, Bí thư Y", "các chức vụ như …", "… gồm Bí thư tỉnh ủy X, …": the places
    text = "Ông Lưu Văn Dân từng giữ các chức Tỉnh trưởng, Bí thư Hòa Lâm, Bí thư Kim Ninh; sau đó về hưu."
    assert persons(text) == ["Lưu Văn Dân"]
    assert persons("Ông Lưu Văn Dân lợi dụng các chức vụ như Bí thư Lâm Khê, Bí thư Vân Lĩnh để thu tiền.") == [
        "Lưu Văn Dân"]
    assert persons("Ông ta lợi dụng các chức vụ trước đó, gồm Bí thư tỉnh ủy Lâm Khê, Hiệu phó Trường Đảng trung "
                   "ương, Bí thư tỉnh ủy Vân Lĩnh, để vơ vét tiền.") == []
    # a list of offices with their holders' full names keeps the holders
    text = "Hội đồng kiện toàn các chức vụ: Chủ tịch Nguyễn Văn An, Phó Chủ tịch Lê Văn Bình."
    assert posts("T\n\n" + text) == {"Nguyễn Văn An": ["Chủ tịch"], "Lê Văn Bình": ["Phó Chủ tịch"]}
