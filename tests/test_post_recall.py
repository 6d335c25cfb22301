"""Post constructions found by frequency on corpus articles nobody annotated (issue 8, recall on unseen text):
one neutral made-up example per construction, none from the corpus or the reference report."""

from helpers import held, mentions, posts, run

from kg.extract.facts.model import Lit


def test_a_spaced_dash_between_two_posts_separates_them_as_a_comma_does():
    got = posts("T\n\nHôm qua, Ủy viên Bộ Chính trị - Bí thư Tỉnh ủy Yên Bái Đàm Văn Tư dẫn đầu đoàn.")
    assert sorted(got["Đàm Văn Tư"]) == ["Bí thư Tỉnh ủy Yên Bái", "Ủy viên Bộ Chính trị"]
    # "Tổng Thư ký" (lexicon) ends the bare title before it: no name word
    got = posts("T\n\nÔng Đàm Văn Tư, Phó Chủ tịch - Tổng Thư ký Hội Nông dân Việt Nam phát biểu.")
    assert sorted(got["Đàm Văn Tư"]) == ["Phó Chủ tịch", "Tổng Thư ký Hội Nông dân Việt Nam"]


def test_a_bare_body_head_before_a_spaced_dash_ends_the_first_post():
    got = posts("T\n\nBà Lò Thị Mai, Bí thư chi bộ - Giám đốc Trung tâm Văn hóa tặng hoa.")
    assert sorted(got["Lò Thị Mai"]) == ["Bí thư chi bộ", "Giám đốc Trung tâm Văn hóa"]


def test_ham_vu_truong_is_a_post_title():
    got = posts("T\n\nDự lễ có ông Vi Văn Khải, hàm Vụ trưởng Vụ Dân tộc thiểu số.")
    assert got == {"Vi Văn Khải": ["hàm Vụ trưởng Vụ Dân tộc thiểu số"]}


def test_appointment_verbs_kiem_nhiem_and_duoc_giao_trong_trach():
    got = posts("T\n\nHôm qua, Thứ trưởng Hà Văn Lũy nhận quyết định về việc kiêm nhiệm chức vụ Cục trưởng Cục Thú y. "
                "Năm 2010, ông Mạc Văn Kha được giao trọng trách là Tổng giám đốc Công ty Sông Mã.")
    assert got == {"Hà Văn Lũy": ["Thứ trưởng", "Cục trưởng Cục Thú y"],
                   "Mạc Văn Kha": ["Tổng giám đốc Công ty Sông Mã"]}


def test_who_appoints_between_duoc_and_the_verb_holds_nothing():
    got = posts("T\n\nNăm 2015, ông Mạc Văn Kha được Chủ tịch UBND tỉnh bổ nhiệm làm Phó giám đốc Sở Xây dựng.")
    assert got == {"Mạc Văn Kha": ["Phó giám đốc Sở Xây dựng"]}
    # without "được" the person named first is the one who appoints
    got = posts("T\n\nÔng Mạc Văn Kha, Chủ tịch UBND tỉnh bổ nhiệm Phó giám đốc Sở Xây dựng.")
    assert got == {"Mạc Văn Kha": ["Chủ tịch UBND tỉnh"]}


def test_a_post_first_given_to_a_person_after_cho():
    got = posts("T\n\nBà Vi Thị Lựu đã ký quyết định bổ nhiệm chức vụ Giám đốc Sở Nội vụ cho ông Mạc Văn Kha.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Nội vụ"]}
    # no appointment verb before the post: "cho" joins no holder
    assert posts("T\n\nBà Vi Thị Lựu gửi thư của Giám đốc Sở Nội vụ cho ông Mạc Văn Kha.") == {}


def test_a_former_post_after_tu_that_a_move_follows():
    res = posts("T\n\nBà Vi Thị Lựu từ Trưởng phòng Tổ chức Sở Nội vụ được bổ nhiệm làm Phó giám đốc Sở Nội vụ.")
    assert res == {"Vi Thị Lựu": ["Trưởng phòng Tổ chức Sở Nội vụ", "Phó giám đốc Sở Nội vụ"]}
    assert posts("T\n\nBà Vi Thị Lựu từ Trưởng phòng Tổ chức Sở Nội vụ đến dự.") == {}


def test_the_post_after_tu_is_a_former_one():
    res = run("T\n\nBà Vi Thị Lựu từ Trưởng phòng Tổ chức Sở Nội vụ được bổ nhiệm làm Phó giám đốc Sở Nội vụ.")
    former = sorted(res.links.entities[dict(f.props)["vnr:post"].id].label for f in res.facts
                    if f.cls == "PostHolding" and ("vnr:former", Lit("true", "xsd:boolean")) in f.props)
    assert former == ["Trưởng phòng Tổ chức Sở Nội vụ"]


def test_the_body_above_the_posts_in_parentheses_before_the_name():
    got = posts("T\n\nHôm qua, Phó Cục trưởng Cục Thú y (Bộ Nông nghiệp) Vi Văn Khải dẫn đầu đoàn.")
    assert got == {"Vi Văn Khải": ["Phó Cục trưởng Cục Thú y"]}
    # a lower-case aside (a photo's position) is not skipped
    assert posts("T\n\nHôm qua, Phó Cục trưởng Cục Thú y (bên trái) Vi Văn Khải dẫn đầu đoàn.") == {}


def test_a_birth_date_in_words_between_the_name_and_its_posts():
    got = posts("T\n\nÔng Vi Văn Khải, sinh ngày 2 tháng 9 năm 1965, Phó Bí thư Tỉnh ủy Lạng Sơn.")
    assert got == {"Vi Văn Khải": ["Phó Bí thư Tỉnh ủy Lạng Sơn"]}


def test_tan_new_before_a_title_after_a_comma():
    got = posts("T\n\nÔng Vi Văn Khải, Tân Chủ tịch Hội Nông dân tỉnh phát biểu.")
    assert got == {"Vi Văn Khải": ["Tân Chủ tịch Hội Nông dân tỉnh"]}
    # the last syllable of a name is no qualifier
    assert posts("T\n\nÔng Vi Văn Tân Chủ tịch Hội Nông dân tỉnh phát biểu.") == {
        "Vi Văn Tân": ["Chủ tịch Hội Nông dân tỉnh"]}


def test_a_terms_years_in_parentheses_between_two_held():
    got = held("T\n\nÔng Vi Văn Khải là đại biểu HĐND tỉnh khóa X (2016-2021), Bí thư Đảng ủy xã Tân Lập.")
    assert sorted(got["Vi Văn Khải"]) == ["Bí thư Đảng ủy xã Tân Lập", "đại biểu HĐND tỉnh khóa X"]


def test_a_biography_list_after_dam_nhan_nhung_nhiem_vu_la():
    got = posts("T\n\nÔng Vi Văn Khải từng đảm nhận những nhiệm vụ là Giám đốc Sở Y tế, Bí thư Huyện ủy Cao Lộc.")
    assert sorted(got["Vi Văn Khải"]) == ["Bí thư Huyện ủy Cao Lộc", "Giám đốc Sở Y tế"]


def test_a_bare_title_then_cu_or_duong_nhiem_and_a_dash_before_the_name():
    res = run("T\n\nViệc bàn giao giữa Giám đốc cũ – ông Vi Văn Khải và Giám đốc đương nhiệm – bà Lò Thị Mai chậm.")
    held = {res.links.entities[dict(f.props)["org:member"].id].label: ("vnr:former", Lit("true", "xsd:boolean"))
            in f.props for f in res.facts if f.cls == "PostHolding"}
    assert held == {"Vi Văn Khải": True, "Lò Thị Mai": False}


def test_la_mot_trong_nhung_before_a_post():
    got = posts("T\n\nÔng Vi Văn Khải cũng là một trong những đại biểu Quốc hội bấm nút thông qua.")
    assert got == {"Vi Văn Khải": ["đại biểu Quốc hội"]}


def test_a_short_form_in_parentheses_then_a_place_before_the_name():
    text = "T\n\nDự lễ có Giám đốc Sở Khoa học và Công nghệ (KH-CN) tỉnh Lai Châu Lò Văn Pình."
    assert mentions(text, "person") == ["Lò Văn Pình"]
    assert posts(text) == {"Lò Văn Pình": ["Giám đốc Sở Khoa học và Công nghệ (KH-CN) tỉnh Lai Châu"]}
    # a lower-case aside still cuts the run: no title vouches for the name
    assert mentions("T\n\nDự lễ có Giám đốc Sở Khoa học (mới lập) tỉnh Lai Châu Lò Văn Pình.", "person") == []


def test_duoc_cu_la_and_vao_thoi_diem_do_la():
    got = posts("T\n\nÔng Vi Văn Khải, Chánh Thanh tra Sở Y tế được cử là Trưởng đoàn thanh tra. "
                "Bà Lò Thị Mai (40 tuổi), vào thời điểm đó là Phó Giám đốc Sở Y tế.")
    assert got == {"Vi Văn Khải": ["Chánh Thanh tra Sở Y tế", "Trưởng đoàn thanh tra"],
                   "Lò Thị Mai": ["Phó Giám đốc Sở Y tế"]}


def test_tham_muu_truong_is_a_post_title():
    assert posts("T\n\nDự lễ có Thiếu tướng Vi Văn Khải, Tham mưu trưởng Quân khu 2.") == {
        "Vi Văn Khải": ["Tham mưu trưởng Quân khu 2"]}


def test_a_number_of_posts_given_to_persons_after_voi():
    got = posts("T\n\nHội đồng thông qua việc bổ nhiệm 2 Phó Giám đốc Sở Y tế với ông Vi Văn Khải và bà Lò Thị Mai.")
    assert got == {"Vi Văn Khải": ["Phó Giám đốc Sở Y tế"], "Lò Thị Mai": ["Phó Giám đốc Sở Y tế"]}
    # without an appointment verb before the post, "với" joins no holder
    assert posts("T\n\nHội đồng đã làm việc với 2 Phó Giám đốc Sở Y tế với ông Vi Văn Khải.") == {}


def test_tu_vi_tri_a_post_len_the_next_then_sau_do_lam():
    got = posts("T\n\nÔng Vi Văn Khải từ vị trí Giám đốc Sở Y tế lên Giám đốc Bệnh viện tỉnh; sau đó làm "
                "Phó Chủ tịch UBND tỉnh.")
    assert got == {"Vi Văn Khải": ["Giám đốc Sở Y tế", "Giám đốc Bệnh viện tỉnh", "Phó Chủ tịch UBND tỉnh"]}


def test_dang_cong_san_is_one_name_with_its_lower_case_syllable():
    got = posts("T\n\nĐoàn do ông Vi Văn Khải, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Lào, Phó Chủ tịch "
                "Quốc hội Lào dẫn đầu.")
    assert got == {"Vi Văn Khải": ["Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Lào", "Phó Chủ tịch Quốc hội Lào"]}
    assert posts("T\n\nÔng Vi Văn Khải, Bí thư Đảng Cộng sản Lào, Chủ tịch Hội Nông dân tỉnh phát biểu.") == {
        "Vi Văn Khải": ["Bí thư Đảng Cộng sản Lào", "Chủ tịch Hội Nông dân tỉnh"]}


def test_a_body_name_that_enumerates_its_fields():
    text = "T\n\nDự lễ có Bộ trưởng Bộ Nông nghiệp, Thủy lợi và Xã hội Lò Văn Pình."
    assert mentions(text, "body") == ["Bộ Nông nghiệp, Thủy lợi và Xã hội"]
    assert posts(text) == {"Lò Văn Pình": ["Bộ trưởng Bộ Nông nghiệp, Thủy lợi và Xã hội"]}
    got = posts("T\n\nDự lễ có bà Lò Thị Mai, Phó Chủ nhiệm Ủy ban Dân tộc, Tôn giáo và Nhi đồng của Quốc hội.")
    assert got == {"Lò Thị Mai": ["Phó Chủ nhiệm Ủy ban Dân tộc, Tôn giáo và Nhi đồng của Quốc hội"]}
    # a list of bodies, each with its own head, stays a list
    assert mentions("T\n\nDự lễ có đại diện Ban Dân vận, Ban Tuyên giáo.", "body") == ["Ban Dân vận", "Ban Tuyên giáo"]


def test_the_body_above_after_cua_before_the_name():
    text = "T\n\nDự lễ có Chủ nhiệm Ủy ban Dân tộc của Quốc hội Lò Văn Pình."
    assert mentions(text, "person") == ["Lò Văn Pình"]
    assert posts(text) == {"Lò Văn Pình": ["Chủ nhiệm Ủy ban Dân tộc của Quốc hội"]}


def test_cua_and_the_body_above_in_the_rest_of_a_name_before_the_holder():
    got = posts("T\n\nPhó chủ nhiệm UB Các vấn đề dân tộc của QH Lò Văn Pình phát biểu.")
    assert got == {"Lò Văn Pình": ["Phó chủ nhiệm UB Các vấn đề dân tộc của QH"]}
    # "của" before a lower-case word is no body above: the run does not reach the name
    assert posts("T\n\nPhó chủ nhiệm UB Các vấn đề của nhiều người Lò Văn Pình phát biểu.") == {}


def test_the_posts_of_a_tenure_listed_before_their_holder():
    got = posts("T\n\nTheo kết luận, trong thời gian giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty Sông Mã "
                "(tháng 1/2004 - 5/2010), bà Lò Thị Mai đã có vi phạm.")
    assert sorted(got["Lò Thị Mai"]) == ["Bí thư Đảng ủy", "Giám đốc Công ty Sông Mã"]
    got = posts("T\n\nTrong thời gian làm Giám đốc Sở Y tế, ông Vi Văn Khải đã ký nhiều văn bản.")
    assert got == {"Vi Văn Khải": ["Giám đốc Sở Y tế"]}
    # a period in other words than a short aside ends the list: no holder follows it
    assert posts("T\n\nTrong thời gian giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty Sông Mã (từ năm 2004 đến "
                 "tháng 5 năm 2010 theo quyết định), bà Lò Thị Mai đã có vi phạm.") == {}


def test_a_semicolon_and_a_province_between_two_posts_after_the_name():
    got = held("T\n\nÔng Vi Văn Khải là Ủy viên Ban Chấp hành Trung ương Đảng Lao động Việt Nam khóa III; "
                "Bộ trưởng Bộ Thủy lợi.")
    assert got == {"Vi Văn Khải": ["Ủy viên Ban Chấp hành Trung ương Đảng Lao động Việt Nam khóa III",
                                   "Bộ trưởng Bộ Thủy lợi"]}
    got = held("T\n\nÔng Vi Văn Khải, Phó Chủ tịch UBND huyện Mường Tè, tỉnh Lai Châu, Trưởng Ban Chỉ đạo cho biết.")
    assert got == {"Vi Văn Khải": ["Phó Chủ tịch UBND huyện Mường Tè", "Trưởng Ban Chỉ đạo"]}


def test_the_district_and_province_after_a_local_post():
    got = posts("T\n\nNgày 2/7, Chủ tịch UBND xã Tân Lập, huyện Mường Tè (Lai Châu) - ông Vi Văn Khải xác nhận.")
    assert got == {"Vi Văn Khải": ["Chủ tịch UBND xã Tân Lập"]}
    got = posts("T\n\nDự có Chủ tịch UBND xã Tân Lập, huyện Mường Tè, Bí thư Đảng ủy xã Vi Văn Khải.")
    assert sorted(got["Vi Văn Khải"]) == ["Bí thư Đảng ủy xã", "Chủ tịch UBND xã Tân Lập"]
    # a lower-case word after the comma is no place
    assert posts("T\n\nNgày 2/7, Chủ tịch UBND xã Tân Lập, huyện này - ông Vi Văn Khải xác nhận.") == {}


def test_a_semicolon_in_a_list_of_guests_does_not_join_the_next_guests_posts():
    got = posts("T\n\nDự lễ có Chủ tịch nước Vi Văn Khải, Trưởng Ban Chỉ đạo Trung ương; Bí thư Trung ương Đảng, "
                "Chánh án Tòa án nhân dân tối cao Lò Văn Pình; đại diện các ban.")
    assert sorted(got["Vi Văn Khải"]) == ["Chủ tịch nước", "Trưởng Ban Chỉ đạo Trung ương"]
    assert sorted(got["Lò Văn Pình"]) == ["Bí thư Trung ương Đảng", "Chánh án Tòa án nhân dân tối cao"]


def test_a_foreign_name_after_a_title_and_its_country_needs_no_listed_family_name():
    got = posts("T\n\nHôm qua, ông Lê Văn Tám hội đàm với Chủ tịch Trung Quốc Xích Tú Bình tại Hà Nội.")
    assert got == {"Xích Tú Bình": ["Chủ tịch Trung Quốc"]}
    got = posts("T\n\nĐón đoàn có Đại sứ Lào tại Việt Nam Xổm Khăm Phi.")
    assert got == {"Xổm Khăm Phi": ["Đại sứ Lào tại Việt Nam"]}
    # a body's head after the country is no name; without a title before the country nothing anchors it
    assert posts("T\n\nĐoàn của Chủ tịch Trung Quốc Tập Đoàn Khổng tới.") == {}
    assert mentions("T\n\nHàng hóa từ Trung Quốc Xổm Khăm Phi tới.", "person") == []


def test_the_countries_of_missions_abroad_are_listed_beyond_the_neighbours():
    got = posts("T\n\nĐại sứ Syria tại Lào Ahmad Karimo cũng cho biết như vậy.")
    assert got == {"Ahmad Karimo": ["Đại sứ Syria tại Lào"]}


def test_a_post_whose_duty_ends_thoi_nhiem_vu_is_a_former_one():
    for text in ("Ông Mạc Văn Kha đã có đơn xin thôi nhiệm vụ đại biểu HĐND tỉnh vì lý do sức khỏe.",
                 "Thường trực HĐND đồng ý cho thôi làm nhiệm vụ đại biểu HĐND tỉnh với ông Mạc Văn Kha.",
                 "Vì sao ông Mạc Văn Kha thôi Ủy viên Ban Thường vụ Tỉnh ủy?"):
        res = run("T\n\n" + text)
        got = [(res.links.entities[dict(f.props)["vnr:post"].id].label,
                ("vnr:former", Lit("true", "xsd:boolean")) in f.props) for f in res.facts if f.cls == "PostHolding"]
        assert len(got) == 1 and got[0][1], text
    assert posts("T\n\nÔng Mạc Văn Kha thôi làm việc ở Sở Nội vụ.") == {}


def test_a_tenure_told_before_its_holder_after_an_appointment_and_its_time():
    got = posts("T\n\nTrước khi được bầu làm Chủ tịch Hội Nông dân tỉnh vào năm 2012, bà Lò Thị Mai làm ở huyện.")
    assert got == {"Lò Thị Mai": ["Chủ tịch Hội Nông dân tỉnh"]}
    got = posts("T\n\nKhi được bổ nhiệm làm Hiệu trưởng năm 2015, ông Vi Văn Khải mới 40 tuổi.")
    assert got == {"Vi Văn Khải": ["Hiệu trưởng"]}


def test_an_honorific_before_a_name_ends_the_body_after_a_title():
    got = posts("T\n\nPhó giám đốc Sở Nội vụ ông Vi Văn Khải cho biết như vậy.")
    assert got == {"Vi Văn Khải": ["Phó giám đốc Sở Nội vụ"]}
    assert mentions("T\n\nPhó giám đốc Sở Nội vụ bà Lò Thị Mai cho biết.", "body") == ["Sở Nội vụ"]


def test_an_office_a_noun_opens_is_the_holder_named_after_cua():
    got = posts("T\n\nCử tri hỏi về tư cách đại biểu HĐND tỉnh của ông Vi Văn Khải.")
    assert got == {"Vi Văn Khải": ["đại biểu HĐND tỉnh"]}
    # without a noun of office before the post, "của" names no holder
    assert posts("T\n\nCử tri hỏi về ý kiến của đại biểu HĐND tỉnh của ông Vi Văn Khải.") == {}


def test_a_latin_name_after_a_titles_field_or_a_bodys_short_form_is_the_holder():
    got = posts("T\n\nHôm qua, ông Lê Văn Tám tiếp Bộ trưởng Ngoại giao Markus Tellen tại Hà Nội.")
    assert got == {"Markus Tellen": ["Bộ trưởng Ngoại giao"]}
    got = posts("T\n\nÔng Lê Văn Tám gặp Tổng Thư ký ASEM Markus Tellen tại Hà Nội.")
    assert got == {"Markus Tellen": ["Tổng Thư ký ASEM"]}
    # a company's Latin name after a short form is no person (person_cues: latin-not-name)
    assert posts("T\n\nGiám đốc VNPT Hanoi Telecom Company cho biết.") == {}


def test_the_middle_a_of_a_hmong_name_is_no_withheld_initial():
    got = posts("T\n\nÔng Thò A Chớ, Chủ tịch UBND xã Pà Vầu, cho biết như vậy.")
    assert got == {"Thò A Chớ": ["Chủ tịch UBND xã Pà Vầu"]}
    assert mentions("T\n\nChị Thò Thị A. cho biết như vậy.", "person") == []


def test_theo_and_an_honorific_open_the_next_sentence_after_a_place():
    got = posts("T\n\nÔng Vi Văn Hùng, Giám đốc Sở Nội vụ tỉnh Yên Bái Theo ông Lò Văn Tư, việc này tốt.")
    assert got == {"Vi Văn Hùng": ["Giám đốc Sở Nội vụ tỉnh Yên Bái"]}


def test_an_ended_post_whose_holder_follows_doi_voi_is_not_the_first_names():
    got = posts("T\n\nHội nghị mặc niệm ông Lò Văn Tư đã từ trần; rồi nghe báo cáo về việc cho thôi làm nhiệm vụ "
                "đại biểu HĐND tỉnh đối với ông Vi Văn Khải.")
    assert got == {"Vi Văn Khải": ["đại biểu HĐND tỉnh"]}


def test_a_foreign_name_after_a_title_its_body_and_its_country():
    got = posts("T\n\nĐón đoàn có Bộ trưởng Bộ Thương mại Trung Quốc Xích Tú Bình, "
                "Đại sứ Lào tại Việt Nam Xổm Khăm Phi.")
    assert got == {"Xích Tú Bình": ["Bộ trưởng Bộ Thương mại Trung Quốc"], "Xổm Khăm Phi": ["Đại sứ Lào tại Việt Nam"]}


def test_doi_voi_and_a_term_of_office_end_a_body_name():
    assert mentions("T\n\nSở cách chức Phó Chi cục trưởng Chi cục Quản lý đất đai đối với ông Hà Văn Lũy.",
                    "body") == ["Chi cục Quản lý đất đai"]
    assert mentions("T\n\nÔng Hà Văn Lũy, Giám đốc Sở Nội vụ nhiệm kỳ 2030 - 2035 phát biểu.", "body") == [
        "Sở Nội vụ"]


def test_a_post_first_its_holder_after_doi_voi_past_a_term_a_parent_body_or_a_comma():
    got = posts("T\n\nTỉnh ủy quyết định cách chức Phó Trưởng Ban Dân vận Tỉnh ủy đối với ông Hà Văn Lũy.")
    assert got == {"Hà Văn Lũy": ["Phó Trưởng Ban Dân vận Tỉnh ủy"]}
    got = posts("T\n\nĐảng ủy cách chức Ủy viên Ban Thường vụ Đảng ủy Sở Nội vụ nhiệm kỳ 2030 - 2035 đối với "
                "ông Hà Văn Lũy.")
    assert got == {"Hà Văn Lũy": ["Ủy viên Ban Thường vụ Đảng ủy Sở Nội vụ"]}
    got = posts("T\n\nBộ có quyết định cách chức Cục trưởng Cục Thú y (Tổng cục Chăn nuôi) đối với ông Hà Văn Lũy.")
    assert got == {"Hà Văn Lũy": ["Cục trưởng Cục Thú y"]}
    got = posts("T\n\nHuyện ủy cho thôi chức Phó Chủ tịch UBND xã Bản Giốc, đối với ông Hà Văn Lũy vì lý do sức khỏe.")
    assert got == {"Hà Văn Lũy": ["Phó Chủ tịch UBND xã Bản Giốc"]}


def test_posts_an_ending_verb_opens_and_va_joins_have_one_holder_after_doi_voi():
    res = run("T\n\nHuyện ủy cho thôi chức Ủy viên Ban chấp hành Đảng bộ xã nhiệm kỳ 2030 – 2035 và thôi chức "
              "Phó Chủ tịch UBND xã Bản Giốc nhiệm kỳ 2031 – 2036 đối với ông Hà Văn Lũy.")
    former = sorted(res.links.entities[dict(f.props)["vnr:post"].id].label for f in res.facts
                    if f.cls == "PostHolding" and ("vnr:former", Lit("true", "xsd:boolean")) in f.props)
    assert former == ["Phó Chủ tịch UBND xã Bản Giốc", "Ủy viên Ban chấp hành Đảng bộ xã"]
    got = posts("T\n\nChi bộ đề nghị cách hết các chức vụ trong Đảng, gồm Bí thư Chi bộ khoa Nội và Phó bí thư "
                "Đảng bộ (Bệnh viện huyện Bảo Lâm) đối với ông Hà Văn Lũy.")
    assert sorted(got["Hà Văn Lũy"]) == ["Bí thư Chi bộ khoa Nội", "Phó bí thư Đảng bộ"]
    # no verb opens the posts: the first is no one's
    got = posts("T\n\nThư của Chủ tịch UBND xã Bản Giốc và Bí thư Đảng ủy xã đối với ông Hà Văn Lũy rất ngắn.")
    assert "Chủ tịch UBND xã Bản Giốc" not in got.get("Hà Văn Lũy", [])


def test_the_body_above_after_a_comma_between_the_post_and_the_name():
    got = posts("T\n\nCục trưởng Cục Thú y, Bộ Nông nghiệp Vi Văn Khải công bố quyết định.")
    assert got == {"Vi Văn Khải": ["Cục trưởng Cục Thú y"]}
    # a post of the name before, not the next name's
    got = posts("T\n\nÔng Lò Văn Mai, Giám đốc Sở Y tế, Sở Xây dựng Vi Văn Khải cho hay việc cấp phép đã xong.")
    assert got == {"Lò Văn Mai": ["Giám đốc Sở Y tế"]}


def test_appointment_verbs_nhan_nhiem_vu_len_chuc_nham_chuc():
    got = posts("T\n\nÔng Vi Văn Khải thôi giữ chức Trưởng ban Tuyên giáo Tỉnh ủy và nhận nhiệm vụ mới là Bí thư "
                "Huyện ủy Bảo Lâm. Bà Lò Thị Mai ký bổ nhiệm ông Hà Văn Lũy lên chức Phó giám đốc Xí nghiệp Bảo Lâm. "
                "Ông Đàm Văn Tư thời điểm nhậm chức Chủ tịch UBND huyện vào cuối năm 2030.")
    assert got == {"Vi Văn Khải": ["Trưởng ban Tuyên giáo Tỉnh ủy", "Bí thư Huyện ủy Bảo Lâm"],
                   "Hà Văn Lũy": ["Phó giám đốc Xí nghiệp Bảo Lâm"], "Đàm Văn Tư": ["Chủ tịch UBND huyện"]}


def test_a_former_post_after_a_verb_of_moving_and_tu():
    res = run("T\n\nÔng Vi Văn Khải được UBND tỉnh điều động, bổ nhiệm từ Phó Giám đốc Sở Y tế lên làm Chi cục trưởng "
              "Chi cục Thú y.")
    got = {res.links.entities[dict(f.props)["vnr:post"].id].label:
           ("vnr:former", Lit("true", "xsd:boolean")) in f.props for f in res.facts if f.cls == "PostHolding"}
    assert got == {"Phó Giám đốc Sở Y tế": True, "Chi cục trưởng Chi cục Thú y": False}
    # "từ" before a date is no former post
    assert posts("T\n\nÔng Vi Văn Khải được bổ nhiệm từ ngày 1/7 làm Chi cục trưởng Chi cục Thú y.") == {
        "Vi Văn Khải": ["Chi cục trưởng Chi cục Thú y"]}


def test_a_counted_title_heads_a_list_after_gom_and_a_colon():
    got = posts("T\n\nNhư vậy, UBND tỉnh có 3 Phó Chủ tịch UBND gồm các ông: Vi Văn Khải, Hà Văn Lũy và Đàm Văn Tư.")
    assert got == {"Vi Văn Khải": ["Phó Chủ tịch UBND"], "Hà Văn Lũy": ["Phó Chủ tịch UBND"],
                   "Đàm Văn Tư": ["Phó Chủ tịch UBND"]}
    # without a colon the list may be of anyone ("3 đại biểu gồm ông A, …"): the count heads nothing
    assert posts("T\n\nĐoàn có 3 đại biểu gồm ông Vi Văn Khải, Giám đốc Sở Y tế và ông Hà Văn Lũy.") == {
        "Vi Văn Khải": ["Giám đốc Sở Y tế"]}


def test_nong_thon_in_a_ministry_name_is_no_place_before_the_holder():
    got = posts("T\n\nBộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Văn Kha trả lời các câu hỏi.")
    assert got == {"Nguyễn Văn Kha": ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]}


def test_a_latin_name_after_a_government_body_or_a_foreign_country_holds_the_title():
    got = posts("T\n\nVề phía nước bạn có Bộ trưởng Bộ Quốc phòng Ivan Petrov; Bộ trưởng Bộ Công thương Denis Orlov.")
    assert got == {"Ivan Petrov": ["Bộ trưởng Bộ Quốc phòng"], "Denis Orlov": ["Bộ trưởng Bộ Công thương"]}
    got = posts("T\n\nTổng Bí thư Nguyễn Văn Kha tiếp Chủ tịch Thượng viện Cộng hòa Haiti Jean Morel.")
    assert got["Jean Morel"] == ["Chủ tịch Thượng viện Cộng hòa Haiti"]
    # after a company the Latin words may be its name; after a dash, the body's short name
    assert posts("T\n\nGiám đốc Công ty Hanoi Tourist cho biết doanh thu tăng.") == {}
    assert "Keidanren Jean Morel" not in posts("T\n\nChủ tịch Liên đoàn kinh tế Nhật Bản – Keidanren Jean Morel .")
    assert "Claude Morel" not in posts("T\n\nCó Chủ tịch Ủy ban châu Âu Jean-Claude Morel và bà Lò Thị Mai.")
    # after an acronym, the rest of its Latin name
    got = posts("T\n\nCó Vụ trưởng Vụ Hợp tác của CCT Lille Nord-de- Flandre, bà Marie Dubois.")
    assert got == {"Marie Dubois": ["Vụ trưởng Vụ Hợp tác của CCT Lille Nord-de- Flandre"]}
    # after a local body its place's name, which may look Latin
    got = posts("T\n\nÔng Vi Quang Khải, Phó Bí thư Huyện ủy Đăk Tling được điều động.")
    assert got == {"Vi Quang Khải": ["Phó Bí thư Huyện ủy Đăk Tling"]}


def test_a_biography_list_after_chuc_danh_chuc_vu_lanh_dao_quan_ly_nhu():
    got = posts("T\n\nÔng Vi Văn Khải từng giữ các chức danh, chức vụ lãnh đạo, quản lý như: Phó Chánh Văn phòng UBND "
                "tỉnh, Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh.")
    assert got == {"Vi Văn Khải": ["Phó Chánh Văn phòng UBND tỉnh", "Giám đốc Sở Nội vụ", "Chủ tịch UBND tỉnh"]}


def test_du_phong_is_a_noun_inside_a_body_name():
    assert mentions("T\n\nÔng Vi Văn Khải là Phó Giám đốc Trung tâm Y tế dự phòng tỉnh Cao Bằng.", "body") == [
        "Trung tâm Y tế dự phòng tỉnh Cao Bằng"]
    # "dự" alone is a verb: it ends the name
    assert mentions("T\n\nSở Y tế dự hội nghị.", "body") == ["Sở Y tế"]


def test_a_post_after_a_birth_year_the_residence_and_a_dash_in_parentheses():
    got = held("T\n\nCác bị cáo gồm: Vi Văn Khải (SN 1964, trú tại phường Tân Mai, quận Hoàng Mai - Nguyên Phó "
                "Chủ tịch UBND phường Tân Mai).")
    assert got == {"Vi Văn Khải": ["Nguyên Phó Chủ tịch UBND phường Tân Mai"]}


def test_a_title_right_after_a_name_with_a_rank_before_it():
    got = posts("T\n\nSáng nay, Thiếu tướng Vi Văn Khải Phó Chủ nhiệm Tổng cục Chính trị cho rằng hai nước là bạn.")
    assert got == {"Vi Văn Khải": ["Phó Chủ nhiệm Tổng cục Chính trị"]}


def test_tieng_noi_is_a_noun_inside_a_body_name_not_a_verb_of_saying():
    got = posts("T\n\nTheo Tổng Giám đốc Đài Tiếng nói Việt Nam Vi Văn Khải, việc phối hợp đạt hiệu quả.")
    assert got == {"Vi Văn Khải": ["Tổng Giám đốc Đài Tiếng nói Việt Nam"]}


def test_the_united_nations_as_a_post_s_country_and_a_mission_s_place():
    got = posts("T\n\nTổng Thư ký Liên hợp quốc Jean Morel cho biết.")
    assert got == {"Jean Morel": ["Tổng Thư ký Liên hợp quốc"]}
    got = posts("T\n\nBài của Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc Vi Văn Khải nêu ý.")
    assert sorted(got["Vi Văn Khải"]) == ["Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc", "Đại sứ"]


def test_a_former_post_after_khi_con_or_luc_con():
    res = run("T\n\nĐồng chí Vi Văn Khải khi còn là Chủ tịch HĐQT Tập đoàn Sông Mã có trách nhiệm. "
              "Ông Hà Văn Lũy, khi còn Chủ tịch UBND tỉnh Cao Bằng, ký quyết định bổ nhiệm.")
    got = {res.links.entities[dict(f.props)["vnr:post"].id].label:
           ("vnr:former", Lit("true", "xsd:boolean")) in f.props for f in res.facts if f.cls == "PostHolding"}
    assert got == {"Chủ tịch HĐQT Tập đoàn Sông Mã": True, "Chủ tịch UBND tỉnh Cao Bằng": True}


def test_who_signs_an_appointment_does_not_hold_the_post():
    got = posts("T\n\nÔng Vi Văn Khải, Chủ tịch UBND tỉnh, ký quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Vi Văn Khải": ["Chủ tịch UBND tỉnh"]}
    got = posts("T\n\nÔng Vi Văn Khải nhận quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Vi Văn Khải": ["Giám đốc Sở Nội vụ"]}


def test_a_post_after_tren_cuong_vi_is_the_names():
    got = posts("T\n\nÔng Mạc Văn Kha có ngày làm việc đầu tiên trên cương vị Giám đốc Sở Nội vụ.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Nội vụ"]}
    # a name between: the post is the later name's, not the speaker's
    got = posts("T\n\nBộ trưởng Lê Văn Ba mong đồng chí Mạc Văn Kha trên cương vị Phó Chủ tịch Hội Nông dân, "
                "tiếp tục đóng góp.")
    assert got == {"Lê Văn Ba": ["Bộ trưởng"], "Mạc Văn Kha": ["Phó Chủ tịch Hội Nông dân"]}


def test_truong_doan_thanh_tra_before_a_name_is_one_post():
    got = posts("T\n\nTrưởng đoàn thanh tra Mạc Văn Kha cho hay đoàn đã làm việc.")
    assert got == {"Mạc Văn Kha": ["Trưởng đoàn thanh tra"]}
    got = posts("T\n\nPhó trưởng đoàn thanh tra Mạc Văn Kha cho hay đoàn đã làm việc.")
    assert got == {"Mạc Văn Kha": ["Phó trưởng đoàn thanh tra"]}


def test_a_delegation_after_a_delegate_post_does_not_end_the_list_of_posts():
    got = posts("T\n\nÔng Mạc Văn Kha, đại biểu Quốc hội đoàn Yên Bái, Ủy viên Ủy ban Kinh tế của Quốc hội, phát biểu.")
    assert got == {"Mạc Văn Kha": ["đại biểu Quốc hội", "Ủy viên Ủy ban Kinh tế của Quốc hội"]}


def test_tren_cuong_vi_after_a_comma_gives_the_name_nothing():
    got = posts("T\n\nTheo bà Vi Thị Lựu, người dân rất quý trọng, nhất là trên cương vị Giám đốc Sở Nội vụ.")
    assert got == {}


def test_nhan_nhiem_vu_moi_before_a_dash_gives_the_post():
    got = posts("T\n\nHôm qua, ông Mạc Văn Kha đã nhận nhiệm vụ mới - Phó trưởng ban Dân vận Tỉnh ủy.")
    assert got == {"Mạc Văn Kha": ["Phó trưởng ban Dân vận Tỉnh ủy"]}


def test_thoi_chuc_a_post_voi_a_name_is_the_names_post():
    got = posts("T\n\nHội nghị quyết định cho thôi chức Ủy viên Ban Thường vụ Tỉnh ủy với ông Mạc Văn Kha.")
    assert got == {"Mạc Văn Kha": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}


def test_two_terms_of_office_between_a_post_named_first_and_doi_voi():
    got = posts("T\n\nBan Bí thư cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2001 - 2006 và nhiệm kỳ 2006 - 2011 "
                "đối với ông Mạc Văn Kha.")
    assert got == {"Mạc Văn Kha": ["Ủy viên Ban Thường vụ Tỉnh ủy"]}


def test_a_place_in_parentheses_between_two_posts_after_a_name():
    got = posts("T\n\nÔng Mạc Văn Kha, Phó Chủ tịch UBND huyện Yên Lạc (Tây Bình), Trưởng ban tổ chức hội thi, "
                "phát biểu.")
    assert sorted(got["Mạc Văn Kha"]) == ["Phó Chủ tịch UBND huyện Yên Lạc", "Trưởng ban tổ chức hội thi"]


def test_a_post_after_a_name_and_its_age_in_parentheses():
    got = held("T\n\nBị cáo Mạc Văn Kha (SN: 1961) nguyên Trưởng phòng Tài chính huyện Yên Lạc bị tuyên 3 năm tù.")
    assert got == {"Mạc Văn Kha": ["nguyên Trưởng phòng Tài chính huyện Yên Lạc"]}
    got = held("T\n\nTheo cáo trạng, Mạc Văn Kha (SN 1961, trú tại xã Yên Lạc), lúc này đang là Trưởng công an xã "
                "Yên Lạc.")
    assert got == {"Mạc Văn Kha": ["Trưởng công an xã Yên Lạc"]}


def test_a_delegators_office_with_the_delegators_name_after_it_is_the_names():
    got = posts("T\n\nThay mặt Chủ tịch nước Mạc Văn Kha, Thủ tướng Chính phủ Lò Văn Tám đã mời Tổng thống tham dự.")
    assert got == {"Mạc Văn Kha": ["Chủ tịch nước"], "Lò Văn Tám": ["Thủ tướng Chính phủ"]}
    # no name right after the office: the office is the delegator's, nobody named here holds it
    got = posts("T\n\nThừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Xây dựng Lò Văn Tám trao tặng Huân chương.")
    assert got == {"Lò Văn Tám": ["Thứ trưởng Bộ Xây dựng"]}


def test_a_plural_title_before_nhu_heads_a_list_of_names():
    got = held("T\n\nThôn đã liên lạc với các đại biểu Quốc hội như Mạc Văn Kha, Lò Văn Tám để nắm thông tin.")
    assert got == {"Mạc Văn Kha": ["đại biểu Quốc hội"], "Lò Văn Tám": ["đại biểu Quốc hội"]}
    got = held("T\n\nVừa qua đã xử lý mấy nguyên Ủy viên Trung ương như Mạc Văn Kha, Lò Văn Tám.")
    assert got == {"Mạc Văn Kha": ["nguyên Ủy viên Trung ương"], "Lò Văn Tám": ["nguyên Ủy viên Trung ương"]}


def test_o_vi_tri_after_a_comma_and_vao_vi_tri_after_an_appointment_open_a_list_of_the_names_posts():
    got = posts("T\n\nKhi ông Mạc Văn Kha còn làm lãnh đạo tỉnh Yên Lạc, ở vị trí Phó Chủ tịch UBND tỉnh, "
                "Bí thư Tỉnh ủy, việc kêu gọi đầu tư rất khó.")
    assert sorted(got["Mạc Văn Kha"]) == ["Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"]
    got = posts("T\n\nSau đó, ông Mạc Văn Kha được bố trí vào vị trí mới Phó trưởng ban Kinh tế.")
    assert got == {"Mạc Văn Kha": ["Phó trưởng ban Kinh tế"]}
    # a generic "người ở vị trí" after a comma names nobody's post
    got = posts("T\n\nÔng Mạc Văn Kha cho biết, người ở vị trí Giám đốc Sở phải chịu trách nhiệm.")
    assert got == {}


def test_a_title_then_a_colon_heads_the_names_after_it_without_a_plural_header():
    got = held("T\n\nDự có Chủ tịch nước Mạc Văn Kha, nguyên Tổng Bí thư: Lò Văn Tám, Hà Văn Chín; Thủ tướng Vi Văn "
                "Mười.")
    assert got == {"Mạc Văn Kha": ["Chủ tịch nước"], "Lò Văn Tám": ["nguyên Tổng Bí thư"],
                   "Hà Văn Chín": ["nguyên Tổng Bí thư"], "Vi Văn Mười": ["Thủ tướng"]}
    # asides in parentheses between the names; a counted lower-case title
    got = held("T\n\n+ Ba cựu chủ tịch xã Phú Hữu: Lò Văn Tám (SN 1950, trú tại thôn Đông), Hà Văn Chín (SN 1960).")
    assert got == {"Lò Văn Tám": ["cựu chủ tịch xã Phú Hữu"], "Hà Văn Chín": ["cựu chủ tịch xã Phú Hữu"]}


def test_a_counted_title_with_gom_co_and_no_colon_heads_the_names():
    got = posts("T\n\nSở có 3 Phó Giám đốc Sở Nội vụ gồm có ông Hà Văn Bảy, Lò Văn Tám và bà Vi Thị Chín.")
    assert got == {n: ["Phó Giám đốc Sở Nội vụ"] for n in ("Hà Văn Bảy", "Lò Văn Tám", "Vi Thị Chín")}


def test_a_former_title_before_two_names_joined_by_va_is_both_names_post():
    got = held("T\n\nNguyên Tổng Bí thư Lò Văn Tám và Hà Văn Chín; Bộ trưởng Mạc Văn Kha và ông Vi Văn Mười cùng dự.")
    assert got == {"Lò Văn Tám": ["Nguyên Tổng Bí thư"], "Hà Văn Chín": ["Nguyên Tổng Bí thư"],
                   "Mạc Văn Kha": ["Bộ trưởng"]}


def test_a_degree_with_a_dot_does_not_end_a_list_under_a_header():
    got = posts("T\n\nHội đồng có Chủ tịch Lê Văn Sáu; Các ủy viên gồm: TS. Vũ Văn Tám, TS. Lò Văn Chín, PGS.TS Mạc "
                "Văn Mười.")
    assert got == {"Lê Văn Sáu": ["Chủ tịch"], "Vũ Văn Tám": ["ủy viên"], "Lò Văn Chín": ["ủy viên"],
                   "Mạc Văn Mười": ["ủy viên"]}


def test_president_head_and_inspector_general_are_post_titles():
    got = posts("T\n\nThượng tá Lò Văn Tám, Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Phú Yên, đã ký quyết định. "
                "Phó tổng Thanh tra Hà Văn Chín có văn bản. Ông Mạc Văn Kha gặp Tổng thống Cộng hòa Pháp Henri Duval.")
    assert got == {"Lò Văn Tám": ["Phó Thủ trưởng Cơ quan CSĐT Công an tỉnh Phú Yên"],
                   "Hà Văn Chín": ["Phó tổng Thanh tra"], "Henri Duval": ["Tổng thống Cộng hòa Pháp"]}


def test_a_role_phrase_reaches_its_holder_across_comma_set_asides():
    got = posts("T\n\nTrên cương vị Bí thư Tỉnh ủy, từ năm 1990, cùng với Ban Thường vụ Tỉnh ủy, ông Mạc Văn Kha "
                "đã có nhiều quyết sách đúng đắn.")
    assert got == {"Mạc Văn Kha": ["Bí thư Tỉnh ủy"]}
    got = posts("T\n\nGiữ cương vị Giám đốc Sở Xây dựng suốt 10 năm, từ 2001 đến 2011, ông Mạc Văn Kha được đánh "
                "giá cao.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Xây dựng"]}
    # an aside that names a person or a post stops the search: the name after it is not the role's holder
    got = posts("T\n\nTrên cương vị Bí thư Tỉnh ủy, ông Lò Văn Tám nhiều lần làm việc với Phó Chủ tịch Hà Văn Lũy, "
                "ông Mạc Văn Kha cho biết.")
    assert "Mạc Văn Kha" not in got


def test_a_body_name_in_lower_case_between_a_title_and_a_name():
    got = posts("T\n\nHôm qua, Thứ trưởng Bộ xây dựng Mạc Văn Kha đã làm việc với tỉnh.")
    assert got == {"Mạc Văn Kha": ["Thứ trưởng Bộ xây dựng"]}
    got = posts("T\n\nHôm qua, Thứ trưởng Bộ Giao thông, xây dựng và đô thị Mạc Văn Kha đã làm việc với tỉnh.")
    assert got == {"Mạc Văn Kha": ["Thứ trưởng Bộ Giao thông, xây dựng và đô thị"]}
    # lower-case items of a list after a body's name, with no name after them, stay out of it
    got = mentions("T\n\nBộ Giao thông, xây dựng và đô thị tổ chức lễ.", "body")
    assert got == ["Bộ Giao thông"]


def test_a_mission_abroad_in_a_country_whose_name_opens_with_lower_case_words():
    got = posts("T\n\nDự lễ có Đại sứ Việt Nam tại Liên bang Nga Mạc Văn Kha và nhiều khách mời.")
    assert got == {"Mạc Văn Kha": ["Đại sứ Việt Nam tại Liên bang Nga"]}


def test_dai_su_quan_is_an_embassy_not_an_ambassadors_title():
    got = posts("T\n\nPhát biểu tại lễ, Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào, bà Lò Thị Mai, cảm ơn các "
                "đơn vị tổ chức.")
    assert got == {"Lò Thị Mai": ["Bí thư thứ nhất Đại sứ quán Việt Nam tại Lào"]}
    assert mentions("T\n\nĐại diện Đại sứ quán Việt Nam tại Lào và ông Lò Văn Tám đã dự.", "title") == []


def test_an_abbreviated_academic_title_before_a_name_marks_a_person_and_no_body():
    got = posts("T\n\nHôm qua, tân Hiệu trưởng PGS.TS Lò Tám đã nhận hoa chúc mừng.")
    assert got == {"Lò Tám": ["tân Hiệu trưởng"]}
    got = posts("T\n\nTheo quyết định, PGS-TS Lò Tám - Phó Hiệu trưởng, được giao phụ trách nhà trường.")
    assert got == {"Lò Tám": ["Phó Hiệu trưởng"]}


def test_va_sau_do_la_between_two_posts_after_a_name():
    got = posts("T\n\nÔng Mạc Văn Kha từng giữ chức Giám đốc Sở Xây dựng, và sau đó là Phó Chủ tịch UBND tỉnh.")
    assert sorted(got["Mạc Văn Kha"]) == ["Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh"]
    got = posts("T\n\nÔng Mạc Văn Kha từng giữ chức Giám đốc Sở Xây dựng và hiện nay là Phó Chủ tịch UBND tỉnh.")
    assert sorted(got["Mạc Văn Kha"]) == ["Giám đốc Sở Xây dựng", "Phó Chủ tịch UBND tỉnh"]


def test_a_chain_of_posts_after_voi_in_the_middle_of_a_clause_is_the_names():
    got = posts("T\n\nÔng Lò Văn Tám đã làm việc với Giám đốc Sở Nội vụ, Phó Chủ tịch Hội Nông dân tỉnh Mạc Văn Kha.")
    assert sorted(got["Mạc Văn Kha"]) == ["Giám đốc Sở Nội vụ", "Phó Chủ tịch Hội Nông dân tỉnh"]
    # fronted, "với POST," names whom the subject after the comma speaks to, chained posts or not
    got = posts("T\n\nBáo cáo với Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ Mạc Văn Kha cho biết đã xong.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Nội vụ"]}


def test_a_post_after_an_active_appointment_verb_and_its_object_is_the_objects():
    got = posts("T\n\nBà Lò Thị Mai - khi đó là Chủ tịch UBND tỉnh - đã ký quyết định bổ nhiệm em trai mình làm Giám "
                "đốc Sở Xây dựng.")
    assert got == {"Lò Thị Mai": ["Chủ tịch UBND tỉnh"]}
    got = posts("T\n\nNăm 2010, ông Mạc Văn Kha được điều động về tỉnh làm Giám đốc Sở Xây dựng.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Xây dựng"]}
    # a bare pronoun object stands for the name itself
    got = posts("T\n\nTỉnh ủy phân công ông Mạc Văn Kha làm Bí thư Huyện ủy và sẽ phân công ông làm Trưởng ban "
                "Dân vận.")
    assert sorted(got["Mạc Văn Kha"]) == ["Bí thư Huyện ủy", "Trưởng ban Dân vận"]


def test_a_post_after_cua_before_a_name_that_has_its_own_post_is_anothers():
    got = posts("T\n\nTheo quyết định của Giám đốc Sở Nội vụ, ông Lò Văn Tám - Phó Hiệu trưởng, được bổ nhiệm làm "
                "Hiệu trưởng Trường Cao đẳng Y tế thay cho ông Mạc Văn Kha.")
    assert sorted(got["Lò Văn Tám"]) == ["Hiệu trưởng Trường Cao đẳng Y tế", "Phó Hiệu trưởng"]
    # with no post of its own after the name, the name is the post's holder, named again
    got = posts("T\n\nTheo lời của Giám đốc Sở Nội vụ, ông Mạc Văn Kha, việc này đã xong.")
    assert got == {"Mạc Văn Kha": ["Giám đốc Sở Nội vụ"]}


def test_a_semicolon_ends_a_headed_list_whose_items_a_comma_separates():
    got = posts("T\n\nTham gia đoàn có các Ủy viên Trung ương Đảng: Bộ trưởng Bộ Tài chính Lò Văn Tám, Bộ trưởng "
                "Bộ Xây dựng Hà Văn Lũy; Đại sứ Việt Nam tại Lào Mạc Văn Kha; lãnh đạo một số bộ.")
    assert got["Mạc Văn Kha"] == ["Đại sứ Việt Nam tại Lào"]
    assert "Ủy viên Trung ương Đảng" in got["Hà Văn Lũy"]
    # items of one name and its post each, split by semicolons, all stay under the header
    got = posts("T\n\nDự lễ có các đồng chí Ủy viên Bộ Chính trị: Lò Văn Tám, Bí thư Tỉnh ủy Hà Giang; Hà Văn Lũy, "
                "Chủ tịch UBND tỉnh.")
    assert "Ủy viên Bộ Chính trị" in got["Hà Văn Lũy"]


def test_pho_phong_and_truong_before_an_office_or_a_station_are_titles():
    got = held("T\n\nÔng Lò Văn Tám, Phó phòng Quản lý đô thị, Sở Xây dựng cho biết việc đã xong.")
    assert got == {"Lò Văn Tám": ["Phó phòng Quản lý đô thị, Sở Xây dựng"]}  # (the body above kept: prec27)
    got = held("T\n\nTòa đã xử Lò Văn Tám (nguyên Trưởng Trạm Kiểm lâm Khe Mơ, Ban Quản lý rừng) 6 tháng tù.")
    assert got == {"Lò Văn Tám": ["nguyên Trưởng Trạm Kiểm lâm Khe Mơ, Ban Quản lý rừng"]}
    got = held("T\n\nBà Lò Thị Mai, Trưởng Văn phòng Chính sách nhà ở TP.HCM, khẳng định như vậy.")
    assert got == {"Lò Thị Mai": ["Trưởng Văn phòng Chính sách nhà ở TP.HCM"]}
    # the head that ends "Phó phòng" opens the division's name, written in lower case after it as after "Trưởng phòng"
    got = held("T\n\nBà Lò Thị Mai, Phó phòng Phát triển nhà và Thị trường BĐS (Sở Xây dựng) khẳng định như vậy.")
    assert got == {"Lò Thị Mai": ["Phó phòng Phát triển nhà và Thị trường BĐS"]}


def test_lower_case_deputy_village_heads_and_a_deputy_police_chief():
    assert posts("T\n\nÔng Lò Văn Tám, phó thôn Đông, cho biết việc đã xong.") == {"Lò Văn Tám": ["phó thôn Đông"]}
    got = posts("T\n\n\"Giá thấp lắm\" - ông Lò Văn Tám, phó bản Nà Lừa, xã Nà Lừa nói.")
    assert got == {"Lò Văn Tám": ["phó bản Nà Lừa"]}
    got = posts("T\n\nAnh Lò Văn Tám, Phó công an xã chở anh Hà Văn Lũy đi tuần.")
    assert got == {"Lò Văn Tám": ["Phó công an xã"]}


def test_imperial_governors_and_a_bare_title_at_the_sentences_end_without_its_full_stop():
    got = posts("T\n\nCử nhân Lò Văn Tám, Tổng đốc Nam Định và Tiến sĩ Hà Văn Lũy, Tuần phủ Hưng Yên.")
    assert got == {"Lò Văn Tám": ["Tổng đốc Nam Định"], "Hà Văn Lũy": ["Tuần phủ Hưng Yên"]}
    assert posts("T\n\nDự có ông Lò Văn Tám, Giám đốc Hưng Yên.") == {"Lò Văn Tám": ["Giám đốc Hưng Yên"]}
    assert posts("T\n\nDự có ông Lò Văn Tám, Giám đốc Hưng Yên...") == {"Lò Văn Tám": ["Giám đốc Hưng Yên"]}


def test_names_before_la_cac_and_a_title_each_hold_it():
    got = posts("T\n\nHội đồng quản trị gồm các ông Lò Văn Tám - Chủ tịch, Hà Văn Lũy, Tổng giám đốc, Mạc Văn Kha, "
                "Đàm Văn Tư và Lò Thị Mai là các ủy viên.")
    assert got == {"Lò Văn Tám": ["Chủ tịch"], "Hà Văn Lũy": ["Tổng giám đốc"], "Mạc Văn Kha": ["ủy viên"],
                   "Đàm Văn Tư": ["ủy viên"], "Lò Thị Mai": ["ủy viên"]}
    got = posts("T\n\nÔng Lò Văn Tám và ông Hà Văn Lũy là các Phó Chủ tịch UBND tỉnh.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch UBND tỉnh"], "Hà Văn Lũy": ["Phó Chủ tịch UBND tỉnh"]}


def test_a_clans_name_ending_in_toc_is_no_persons_and_ends_a_body_after_a_title():
    got = posts("T\n\nÔng Lò Văn Tám - Chủ tịch Hội đồng trị sự Mạc Phước Tộc, cho biết việc đã xong.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hội đồng trị sự Mạc Phước Tộc"]}
    assert mentions("T\n\nLăng mộ bị san ủi trong sự xót xa của Mạc Phước Tộc!", "person") == []
    assert mentions("T\n\nÔng Lò Văn Tộc cho biết việc đã xong.", "person") == ["Lò Văn Tộc"]


def test_a_counted_title_with_gom_heads_names_split_by_semicolons_with_posts_of_their_own():
    got = posts("T\n\nUBND tỉnh còn có 4 phó chủ tịch, gồm các ông Lò Văn Tám, Phó chủ tịch Thường trực; Hà Văn Chín; "
                "Vi Văn Mười, Giám đốc Sở Nội vụ (kiêm nhiệm) và ông Mạc Văn Kha.")
    assert got == {"Lò Văn Tám": ["Phó chủ tịch Thường trực"], "Hà Văn Chín": ["phó chủ tịch"],
                   "Vi Văn Mười": ["Giám đốc Sở Nội vụ", "phó chủ tịch"], "Mạc Văn Kha": ["phó chủ tịch"]}
    # "gồm các ông" without "có" and without semicolons
    got = posts("T\n\nSở có 3 Phó Giám đốc Sở Nội vụ, gồm các ông Hà Văn Bảy, Lò Văn Tám và Vi Văn Chín.")
    assert got == {n: ["Phó Giám đốc Sở Nội vụ"] for n in ("Hà Văn Bảy", "Lò Văn Tám", "Vi Văn Chín")}


def test_pho_phong_and_giam_doc_dieu_hanh_are_titles_and_lien_doanh_heads_a_body():
    got = posts("T\n\nSở khiển trách ông Lò Văn Tám (Phó phòng Tổ chức cán bộ).")
    assert got == {"Lò Văn Tám": ["Phó phòng Tổ chức cán bộ"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc điều hành Liên doanh Sông Mã cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc điều hành Liên doanh Sông Mã"]}


def test_a_business_function_between_an_enterprise_title_and_its_body_stays_in_the_post():
    got = posts("T\n\nNăm 2001, bà Lò Thị Tám được bổ nhiệm làm Phó giám đốc kinh doanh Công ty Sông Mã.")
    assert got == {"Lò Thị Tám": ["Phó giám đốc kinh doanh Công ty Sông Mã"]}


def test_a_lower_case_field_after_a_title_that_ends_with_a_body_head_is_the_body_name():
    got = posts("T\n\nSở khiển trách ông Lò Văn Tám (Phó phòng thanh tra) và ông Hà Văn Chín (Trưởng phòng kế toán).")
    assert got == {"Lò Văn Tám": ["Phó phòng thanh tra"], "Hà Văn Chín": ["Trưởng phòng kế toán"]}
    # a verb after the title is no field
    assert posts("T\n\nÔng Lò Văn Tám, Trưởng phòng cho biết.") == {"Lò Văn Tám": ["Trưởng phòng"]}
    # a field of five or six lower-case words, closed by a comma or a spaced dash
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng phòng quản lý giá tài sản công, Sở Tài chính cho biết.")
    assert got == {"Lò Văn Tám": ["Trưởng phòng quản lý giá tài sản công, Sở Tài chính"]}  # (body above: prec27)
    got = posts("T\n\nBác sĩ Hà Văn Chín, Trưởng khoa hồi sức tích cực ngoại - Bệnh viện tỉnh cho biết.")
    assert got == {"Hà Văn Chín": ["Trưởng khoa hồi sức tích cực ngoại"]}


def test_unit_commanders_deputy_heads_mayors_and_imperial_chancellors_are_titles():
    # lexicon: Tiểu đội/Trung đội/Đại đội/Tiểu đoàn/Trung đoàn/Sư đoàn trưởng and phó, Phó khoa, Phó chi cục,
    # Thị trưởng, Tể tướng
    got = posts("T\n\nTrong trận đó, Tiểu đội phó Lò Văn Tám và Trung đoàn trưởng Hà Văn Chín bị thương.")
    assert got == {"Lò Văn Tám": ["Tiểu đội phó"], "Hà Văn Chín": ["Trung đoàn trưởng"]}
    got = posts("T\n\nBà Vi Thị Mười, Phó khoa Nội tiết (Bệnh viện tỉnh) cho biết như vậy.")
    assert got == {"Vi Thị Mười": ["Phó khoa Nội tiết"]}
    got = posts("T\n\nÔng Lò Văn Tám, Phó chi cục Kiểm lâm cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Phó chi cục Kiểm lâm"]}
    got = posts("T\n\nHôm qua, Phó Thị trưởng Mạc Văn Kha đến thăm.")
    assert got == {"Mạc Văn Kha": ["Phó Thị trưởng"]}
    got = posts("T\n\nNgôi đền do ông Mạc Văn Kha, Tể tướng, cho xây dựng.")
    assert got == {"Mạc Văn Kha": ["Tể tướng"]}


def test_luc_bay_gio_before_la_is_a_time_of_the_post():
    got = posts("T\n\nNgôi đền do ông Mạc Văn Kha - lúc bấy giờ là Bí thư Huyện ủy - cho xây dựng.")
    assert got == {"Mạc Văn Kha": ["Bí thư Huyện ủy"]}
    got = posts("T\n\nBí thư Huyện ủy lúc bấy giờ là ông Mạc Văn Kha.")
    assert got == {"Mạc Văn Kha": ["Bí thư Huyện ủy"]}


def test_nhieu_can_bo_post_with_a_term_and_nhu_cac_ong_heads_a_list():
    got = held("T\n\nNhiều cán bộ nguyên Ủy viên Trung ương mấy khóa như ông Lò Văn Tám, Hà Văn Chín bị kỷ luật.")
    assert got == {n: ["nguyên Ủy viên Trung ương"] for n in ("Lò Văn Tám", "Hà Văn Chín")}
    got = held("T\n\nĐã xử lý các cán bộ nguyên Ủy viên T.Ư như các ông Lò Văn Tám, Hà Văn Chín… và sẽ còn nữa.")
    assert got == {n: ["nguyên Ủy viên T.Ư"] for n in ("Lò Văn Tám", "Hà Văn Chín")}
    # no header before the title: the first name only ("ông A" after "như" is not listed)
    assert held("T\n\nCán bộ như ông Lò Văn Tám, Hà Văn Chín bị kỷ luật.") == {}


def test_a_firms_branch_in_a_country_after_a_title_is_no_person():
    got = posts("T\n\nTheo ông Kim Ho-jin, Phó tổng giám đốc Lotteco Hàn Quốc, doanh thu tăng.")
    assert got == {"Kim Ho-jin": ["Phó tổng giám đốc Lotteco Hàn Quốc"]}
    assert mentions("T\n\nTheo ông Kim Ho-jin, Phó tổng giám đốc Lotteco Hàn Quốc, doanh thu tăng.", "person") \
        == ["Kim Ho-jin"]


def test_a_title_in_apposition_to_a_name_ends_in_its_body_not_in_a_second_person():
    got = posts("T\n\nVợ ông Lò Văn Tám, Giám đốc công ty TNHH Thương mại dịch vụ Hà Văn Chín đã đến.")
    assert got == {"Lò Văn Tám": ["Giám đốc công ty TNHH Thương mại dịch vụ Hà Văn Chín"]}
    got = posts("T\n\nHắn quen với Lữ Tịnh Khang - Phó thị trưởng Lạc Hoa, em rể của Tào Bá.")
    assert got == {"Lữ Tịnh Khang": ["Phó thị trưởng Lạc Hoa"]}
    # a title that anchors the first name itself: two persons ("Thủ tướng A - Tổng thống B")
    got = posts("T\n\nHội đàm giữa Thủ tướng Lò Văn Tám - Chủ tịch nước Hà Văn Chín diễn ra.")
    assert got == {"Lò Văn Tám": ["Thủ tướng"], "Hà Văn Chín": ["Chủ tịch nước"]}
    # a full name after the body's capitalised name is a new clause's subject
    got = posts("T\n\nChúc mừng đại tá Lò Văn Tám, Bí thư Huyện ủy Mường La Hà Văn Chín nói.")
    assert got == {"Hà Văn Chín": ["Bí thư Huyện ủy Mường La"]}


def test_a_two_word_name_after_a_local_head_abroad_is_the_place():
    # place_words: "thị trưởng", "tỉnh trưởng" (a full name after them is a person's)
    assert held("T\n\nNăm 2008, ông được điều làm Thị trưởng Lạc Hoa, đại biểu Quốc hội.") == {}
    got = held("T\n\nÔng Lưu Chí Khang, nguyên Phó tỉnh trưởng Quảng Hòa bị bắt.")
    assert got == {"Lưu Chí Khang": ["nguyên Phó tỉnh trưởng Quảng Hòa"]}
    assert held("T\n\nCông việc do Thị trưởng Vương Thanh Khang chủ trì.") == {"Vương Thanh Khang": ["Thị trưởng"]}


def test_a_verb_after_an_appositive_title_leaves_the_next_name_a_person():
    got = posts("T\n\nBà Vi Thị Mười, Giám đốc Sở Nội vụ tặng giấy khen vinh danh Lò Văn Tám.")
    assert got == {"Vi Thị Mười": ["Giám đốc Sở Nội vụ"]}
    assert mentions("T\n\nBà Vi Thị Mười, Giám đốc Sở Nội vụ tặng giấy khen vinh danh Lò Văn Tám.", "person") \
        == ["Vi Thị Mười", "Lò Văn Tám"]


def test_abbreviated_titles_pct_and_chanh_ttgt():
    # lexicon: "PCT" (Phó Chủ tịch), "Chánh TTGT" (Chánh Thanh tra giao thông, with its "Phó")
    got = posts("T\n\nÔng Lò Văn Tám – PCT UBND huyện Mường La chủ trì cuộc họp.")
    assert got == {"Lò Văn Tám": ["PCT UBND huyện Mường La"]}
    got = posts("T\n\nÔng Hà Văn Chín, Phó chánh TTGT Sơn La cho hay, xe đã bị phạt.")
    assert got == {"Hà Văn Chín": ["Phó chánh TTGT Sơn La"]}


def test_truong_bo_mon_and_co_van_are_post_titles():
    got = posts("T\n\nTS Lò Văn Tám (Trưởng bộ môn Luật dân sự, Trường ĐH Luật Sơn La) cho rằng như vậy là đúng.")
    assert got["Lò Văn Tám"][0].startswith("Trưởng bộ môn Luật dân sự")
    got = posts("T\n\n- Ông Hà Văn Chín (Cố vấn cao cấp, Viện Nghiên cứu Phát triển Mường La): Tôi cho rằng vậy.")
    assert got["Hà Văn Chín"][0].startswith("Cố vấn cao cấp")


def test_a_company_name_after_its_type_in_apposition_is_no_second_person():
    # "Cty TNHH" then capitalised words with no family name: the company's own name goes on over "Lò Dương"
    got = posts("T\n\nTham dự có ông Lò Văn Tám – Giám đốc Cty TNHH Sao Lò Dương.")
    assert got == {"Lò Văn Tám": ["Giám đốc Cty TNHH Sao Lò Dương"]}
    got = posts("T\n\nTham dự có ông Lò Văn Tám, Giám đốc Công ty CP Sao Lò Dương.")
    assert got == {"Lò Văn Tám": ["Giám đốc Công ty CP Sao Lò Dương"]}
    # a family name right after the type: a new clause's subject, as after a body's capitalised name
    got = posts("T\n\nChúc mừng ông Lò Văn Tám, Giám đốc Công ty TNHH Sao Mai Hà Văn Chín nói.")
    assert got == {"Hà Văn Chín": ["Giám đốc Công ty TNHH Sao Mai"]}


def test_a_capitalised_function_word_before_a_comma_and_a_title_ends_the_name():
    # "Đang", "Tại" (stopnames, ends-name) open a clause after a name, but not before ", TITLE"
    got = posts("T\n\nKỷ luật bà Lò Thị Hồng Đang, Phó bí thư Quận ủy Tân Lập vì sai phạm.")
    assert got == {"Lò Thị Hồng Đang": ["Phó bí thư Quận ủy Tân Lập"]}
    got = posts("T\n\nÔng Lê Ngọc Tại - Trưởng phòng Kế toán Sở Tài chính bị phạt.")
    assert got == {"Lê Ngọc Tại": ["Trưởng phòng Kế toán Sở Tài chính"]}
    assert mentions("T\n\nĐó là ý kiến của ông Lò Văn Tám Tại hội nghị hôm qua.", "person") == ["Lò Văn Tám"]


def test_the_posts_a_disciplined_name_is_stripped_of_listed_after_cach_chuc_cac_chuc_vu():
    got = posts("T\n\nTỉnh ủy quyết định kỷ luật ông Lò Văn Tám, cách chức Ủy viên Ban Thường vụ Huyện ủy, bao gồm "
                "cách chức cả các chức vụ Bí thư Đảng ủy xã Nà Ngần, Chủ tịch UBND xã Nà Ngần.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư Đảng ủy xã Nà Ngần", "Chủ tịch UBND xã Nà Ngần",
                                         "Ủy viên Ban Thường vụ Huyện ủy"]
    got = posts("T\n\nBác sĩ Lò Văn Tám còn bị cách hết các chức vụ trong Đảng, gồm Bí thư Chi bộ khoa Nội và "
                "Phó bí thư Đảng bộ bệnh viện.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư Chi bộ khoa Nội", "Phó bí thư Đảng bộ bệnh viện"]
    # the name who proposes it is not the one disciplined; nor is a name before another that follows the list
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh đề nghị cách hết các chức vụ Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh"]}
    got = posts("T\n\nÔng Lò Văn Tám bị phê bình vì chưa cách hết các chức vụ Giám đốc Sở Nội vụ đối với "
                "ông Hà Văn Chín.")
    assert "Giám đốc Sở Nội vụ" not in got.get("Lò Văn Tám", [])


def test_a_career_told_by_its_years_after_the_name():
    got = posts("T\n\nÔng Lò Văn Tám sinh tháng 8/1957, năm 2001 là Phó Chánh Văn phòng UBND tỉnh, năm 2002 là Phó "
                "Tổng thư ký Hội Nông dân tỉnh; tháng 11/2006 là Giám đốc Sở Xây dựng.")
    assert got == {"Lò Văn Tám": ["Phó Chánh Văn phòng UBND tỉnh", "Phó Tổng thư ký Hội Nông dân tỉnh",
                                  "Giám đốc Sở Xây dựng"]}
    got = posts("T\n\nBà Lò Thị Mai, Bí thư Đảng ủy Công ty Sông Mã, từ năm 2030 đến 2035 là Tổng Giám đốc Công ty "
                "và từ 2035 đến 2040 là Chủ tịch Hội đồng quản trị Công ty.")
    assert sorted(got["Lò Thị Mai"]) == ["Bí thư Đảng ủy Công ty Sông Mã", "Chủ tịch Hội đồng quản trị Công ty",
                                         "Tổng Giám đốc Công ty"]
    # a year before a verb that is no copula: the post after it is another's
    got = posts("T\n\nÔng Lò Văn Tám, năm 2030 làm việc với Giám đốc Sở Xây dựng.")
    assert got == {}


def test_a_list_header_mot_loat_or_nguyen_la_before_the_plural_title():
    got = held("T\n\nTham dự có một loạt đồng chí nguyên Ủy viên Trung ương như đồng chí Lò Văn Tám, Hà Văn Chín.")
    assert got == {"Lò Văn Tám": ["nguyên Ủy viên Trung ương"], "Hà Văn Chín": ["nguyên Ủy viên Trung ương"]}
    got = held("T\n\nTới dự có các đồng chí nguyên là Bí thư Tỉnh ủy như các ông Lò Văn Tám, Hà Văn Chín.")
    assert got == {"Lò Văn Tám": ["Bí thư Tỉnh ủy"], "Hà Văn Chín": ["Bí thư Tỉnh ủy"]}


def test_a_post_first_that_phe_chuan_gives_to_the_name_after_voi():
    got = posts("T\n\nĐến tháng 7.2030, HĐND tỉnh đã phê chuẩn chức danh Phó Chủ tịch UBND tỉnh với ông Lò Văn Tám.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch UBND tỉnh"]}


def test_con_la_after_a_name_and_a_pronoun_after_khi_or_luc():
    got = posts("T\n\nDư luận cho rằng bà Lò Thị Mai, Phó Bí thư Huyện ủy, đã giúp chồng khi bà còn là Phó Chủ tịch "
                "UBND huyện.")
    assert got == {"Lò Thị Mai": ["Phó Bí thư Huyện ủy", "Phó Chủ tịch UBND huyện"]}
    assert posts("T\n\nÔng Lò Văn Tám còn là Chủ tịch Hội Nông dân tỉnh.") == {
        "Lò Văn Tám": ["Chủ tịch Hội Nông dân tỉnh"]}
    # the other pronoun stands for no one here
    assert posts("T\n\nBà Lò Thị Mai cho biết, khi ông còn là Giám đốc Sở, mọi việc đều ổn.") == {}


def test_deputy_x_pho_forms_of_x_truong_titles():
    # postless sample 227: 'Vụ phó', 'Hiệu phó' (and 'Cục phó', 'Viện phó' of the same class) were no titles
    got = posts("T\n\nÔng Lò Văn Tám, Vụ phó Vụ Pháp chế - Bộ Công Thương, cho rằng như vậy.")
    assert got == {"Lò Văn Tám": ["Vụ phó Vụ Pháp chế - Bộ Công Thương"]}
    assert posts("T\n\nÔng Hà Văn Chín, Hiệu phó trường THCS Tân Lạc cho biết như vậy.") == {
        "Hà Văn Chín": ["Hiệu phó trường THCS Tân Lạc"]}
    assert posts("T\n\nÔng Hà Văn Chín, Cục phó Cục Quản lý thị trường, cho biết như vậy.") == {
        "Hà Văn Chín": ["Cục phó Cục Quản lý thị trường"]}


def test_truong_khu_and_pho_thuong_truc_are_titles():
    assert posts("T\n\nÔng Lò Văn Tám (61 tuổi) - Trưởng khu Tân Lạc cho biết như vậy.") == {
        "Lò Văn Tám": ["Trưởng khu Tân Lạc"]}
    assert posts("T\n\nBà Lò Thị Mai, Phó Thường trực Ban Chỉ đạo cải cách, nhìn nhận như vậy.") == {
        "Lò Thị Mai": ["Phó Thường trực Ban Chỉ đạo cải cách"]}


def test_a_former_title_before_two_names_joined_by_a_comma_that_end_the_clause():
    # postless sample 227: "nguyên POST A, B;" gave B nothing
    got = held("T\n\nDự có Chủ tịch nước Lò Văn Tám; nguyên Chủ tịch Quốc hội Hà Văn Chín, Mạc Văn Kha; các vị khách.")
    assert got == {"Lò Văn Tám": ["Chủ tịch nước"], "Hà Văn Chín": ["nguyên Chủ tịch Quốc hội"],
                   "Mạc Văn Kha": ["nguyên Chủ tịch Quốc hội"]}
    # not when the clause goes on after the second name
    got = held("T\n\nNguyên Chủ tịch Quốc hội Hà Văn Chín, Mạc Văn Kha cho biết như vậy.")
    assert "Mạc Văn Kha" not in got


def test_a_number_alone_names_the_unit_after_a_title_ending_in_a_place_word():
    # postless sample 227: "Trưởng khu 1, phường …" was cut to "Trưởng khu"
    assert posts("T\n\nÔng Lò Văn Tám (61 tuổi) - Trưởng khu 4, phường Tân Lạc cho biết như vậy.") == {
        "Lò Văn Tám": ["Trưởng khu 4"]}
    assert posts("T\n\nÔng Lò Văn Tám, Trưởng thôn 12, cho biết như vậy.") == {"Lò Văn Tám": ["Trưởng thôn 12"]}
    # not after another title: "Phó Giám đốc 2" is no unit
    assert posts("T\n\nÔng Lò Văn Tám, Giám đốc 2 năm, cho biết như vậy.") == {"Lò Văn Tám": ["Giám đốc"]}


def test_the_lower_case_vu_of_nhiem_vu_opens_no_title_vu_pho():
    # 'Vụ phó' (a title since postless sample 227) is not read in "nhiệm vụ Phó Trưởng ban …" (found on devown)
    got = posts("T\n\nÔng Lò Văn Tám được phân công nhiệm vụ Phó Trưởng Ban Dân vận Tỉnh ủy.")
    assert got == {"Lò Văn Tám": ["Phó Trưởng Ban Dân vận Tỉnh ủy"]}


def test_a_counted_title_heads_as_many_names():
    got = posts("T\n\nHôm qua, hai ĐBQH Lò Văn Tư, Mạc Văn Kha đã tiếp xúc cử tri.")
    assert got == {"Lò Văn Tư": ["ĐBQH"], "Mạc Văn Kha": ["ĐBQH"]}
    got = posts("T\n\nHôm qua, hai công an viên của xã gồm anh Lò Văn Tư và anh Mạc Văn Kha đi tuần tra.")
    assert got == {"Lò Văn Tư": ["công an viên"], "Mạc Văn Kha": ["công an viên"]}
    # another count: the list may name only some of them, or others too
    got = posts("T\n\nHôm qua, 3 Phó Giám đốc Sở Lò Văn Tư và Mạc Văn Kha đã dự họp.")
    assert got == {"Lò Văn Tư": ["Phó Giám đốc Sở"]}


def test_doi_pho_is_a_post_title_and_heads_a_counted_list():
    got = posts("T\n\nHôm qua, 2 đội phó là các ông Lò Văn Tư và Mạc Văn Kha đã dự họp.")
    assert got == {"Lò Văn Tư": ["đội phó"], "Mạc Văn Kha": ["đội phó"]}


def test_pho_huyen_truong_is_a_post_title():
    got = posts("T\n\nÔng Lò Văn Tư, Phó Huyện trưởng huyện Hà Khẩu (Trung Quốc) cho biết như vậy.")
    assert got == {"Lò Văn Tư": ["Phó Huyện trưởng huyện Hà Khẩu"]}


def test_a_post_whose_body_a_short_form_ends_is_the_name_after_it_in_a_list():
    got = posts("T\n\nDự có Chủ tịch QH Lò Văn Tư, Chủ tịch MTTQ VN Mạc Văn Kha, Bí thư thành ủy HN Hà Văn Lũy…")
    assert got == {"Lò Văn Tư": ["Chủ tịch QH"], "Mạc Văn Kha": ["Chủ tịch MTTQ VN"],
                   "Hà Văn Lũy": ["Bí thư thành ủy HN"]}
    # a third titled name before them (the phrase a chain extends stays the one phrase it was)
    got = posts("T\n\nDự có Bộ trưởng Ngoại giao Vi Văn Khải, Chủ tịch MTTQ VN Mạc Văn Kha, Bí thư thành ủy HN Hà "
                "Văn Lũy…")
    assert got["Hà Văn Lũy"] == ["Bí thư thành ủy HN"]


def test_two_posts_a_dash_joins_before_a_name_in_a_list_are_that_names():
    got = posts("T\n\nDự có Chủ tịch QH Lò Văn Tư, Phó Thủ tướng – Bộ trưởng Ngoại giao Mạc Văn Kha, Bí thư Tỉnh ủy Vi "
                "Văn Khải.")
    assert got == {"Lò Văn Tư": ["Chủ tịch QH"], "Mạc Văn Kha": ["Bộ trưởng Ngoại giao", "Phó Thủ tướng"],
                   "Vi Văn Khải": ["Bí thư Tỉnh ủy"]}


def test_a_current_form_naming_the_body_of_a_former_post_is_that_post():
    got = held("T\n\nÔng Lò Văn Tư, nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã bị khởi tố. Hành vi của ông Lò Văn Tư "
                "xảy ra khi ông Tư làm Chủ tịch HĐQT Sông Mã, chủ đầu tư dự án.")
    assert got == {"Lò Văn Tư": ["nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã"]}
    # a bare title names no body: it may be another post
    got = held("T\n\nÔng Lò Văn Tư, nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã, nay là Chủ tịch.")
    assert sorted(got["Lò Văn Tư"]) == ["Chủ tịch", "nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã"]
    # a bare form that joins the current form joins the former post with it
    got = held("T\n\nÔng Lò Văn Tư, nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã bị khởi tố. Khi ông Tư làm Chủ tịch "
                "HĐQT Sông Mã, Chủ tịch Lò Văn Tư đã ký.")
    assert got == {"Lò Văn Tư": ["nguyên Chủ tịch HĐQT Tổng Công ty Sông Mã"]}


def test_a_title_in_parentheses_after_a_list_item_of_bare_names_is_each_one_s():
    text = ("T\n\nNăm 2004, HĐQT Tổng công ty Hòa Lạc gồm các ông Lê Văn Hải (chủ tịch); Trần Văn Nam (tổng giám đốc); "
            "Hà Văn Sơn, Đỗ Minh Tâm, Vũ Đình Lộc (ủy viên HĐQT) đã ký quyết định.")
    got = posts(text)
    assert got["Lê Văn Hải"] == ["chủ tịch"] and got["Trần Văn Nam"] == ["tổng giám đốc"]
    assert got["Hà Văn Sơn"] == got["Đỗ Minh Tâm"] == got["Vũ Đình Lộc"] == ["ủy viên HĐQT"]
    # a name with a title of its own in parentheses before them: no list item of bare names
    got = posts("T\n\nDự có Lê Văn Hải (chủ tịch), Trần Văn Nam, Hà Văn Sơn (ủy viên) cùng đoàn.")
    assert got["Lê Văn Hải"] == ["chủ tịch"] and "Trần Văn Nam" not in got
    # "A và B (POST)": the title may be B's alone
    got = posts("T\n\nÔng Lê Văn Hải và ông Trần Văn Nam (nguyên giám đốc) không bị khởi tố.")
    assert "Lê Văn Hải" not in got and got["Trần Văn Nam"] == ["giám đốc"]  # the post node, without "nguyên"


def test_a_time_word_and_la_after_a_bare_name_gives_the_post():
    got = posts("T\n\nHuyện ủy vừa kỷ luật với Đàm Văn Tư, nguyên là Bí thư chi bộ, bị khai trừ.")
    assert got == {"Đàm Văn Tư": ["Bí thư chi bộ"]}
    got = posts("T\n\nTòa xử Lò Văn Mai, từng là Giám đốc Sở Xây dựng tỉnh Yên Bái.")
    assert got == {"Lò Văn Mai": ["Giám đốc Sở Xây dựng tỉnh Yên Bái"]}
    # a capitalised word before the name: the name may end a body's ("Trường Lò Văn Mai, nguyên là …")
    got = posts("T\n\nTrường Lò Văn Mai, nguyên là Trường Sư phạm, nay là Đại học.")
    assert "Lò Văn Mai" not in got


def test_a_ship_commander_is_a_post_title():
    got = posts("T\n\nVề phía bạn có Đại tá Lò Văn Mai, Chỉ huy tàu; sĩ quan và thủy thủ trên tàu.")
    assert got == {"Lò Văn Mai": ["Chỉ huy tàu"]}
    assert posts("T\n\nHạm trưởng Lò Văn Mai cho biết tàu sẽ rời cảng.") == {"Lò Văn Mai": ["Hạm trưởng"]}
