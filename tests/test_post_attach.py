"""Which person holds a post phrase (issue 8, the attachment half of the post grammar): asides, kin words,
pronouns, roles, copulas and appointment verbs — one neutral made-up example per construction, none from the
corpus or the reference report."""

from helpers import held, mentions, posts, run


def test_an_aside_in_parentheses_after_the_name_is_skipped_and_its_names_hold_nothing():
    got = posts("T\n\nBà Lưu Thị Nga (em họ ông Tạ Văn Khê) là Phó chủ tịch UBND xã. "
                "Ông Phùng Văn Lực (cùng quê với ông Tạ Văn Khê) làm Trưởng công an xã.")
    assert got == {"Lưu Thị Nga": ["Phó chủ tịch UBND xã"], "Phùng Văn Lực": ["Trưởng công an xã"]}
    # an aside that gives the post is still read as one
    assert posts("T\n\nÔng Phùng Văn Lực (Chủ tịch UBND xã) cho biết.") == {"Phùng Văn Lực": ["Chủ tịch UBND xã"]}


def test_a_second_post_after_va_la():
    got = posts("T\n\nHiện, ông Kiều Văn Tám là Phó Giám đốc Sở Xây dựng và là Chủ tịch Công đoàn Sở Xây dựng.")
    assert sorted(got["Kiều Văn Tám"]) == ["Chủ tịch Công đoàn Sở Xây dựng", "Phó Giám đốc Sở Xây dựng"]
    # a bare "và" may join another (unnamed) holder: not the named person's post
    got = posts("T\n\nÔng Kiều Văn Tám, Phó Giám đốc Sở Xây dựng và Chủ tịch UBND huyện đã kiểm tra.")
    assert got == {"Kiều Văn Tám": ["Phó Giám đốc Sở Xây dựng"]}


def test_a_pronoun_subject_stands_for_the_person_named_just_before():
    got = posts("T\n\nÔng Lê Văn Ba sinh năm 1961 tại Hà Nam. Trước khi về Bộ, ông từng giữ các chức vụ: "
                "Phó vụ trưởng Vụ Kế hoạch, Chánh Văn phòng Bộ. Sau đó, ông lần lượt giữ chức Phó Cục trưởng, "
                "Cục trưởng Cục Thuế.")
    assert sorted(got["Lê Văn Ba"]) == ["Chánh Văn phòng Bộ", "Cục trưởng Cục Thuế", "Phó Cục trưởng",
                                        "Phó vụ trưởng Vụ Kế hoạch"]
    # a person introduced with the other honorific is no antecedent
    assert posts("T\n\nBà Ngô Thị Hà dự lễ. Sau đó, ông lần lượt giữ chức Trưởng phòng Kế hoạch.") == {}


def test_appointment_verbs_phan_cong_nhiem_vu_and_tro_thanh():
    got = posts("T\n\nÔng Lê Văn Hạ, Ủy viên Trung ương Đảng, thôi giữ chức Bí thư Tỉnh ủy Nam Định (nhiệm kỳ "
                "2015 - 2020), được phân công nhiệm vụ Phó Trưởng Ban Kinh tế Trung ương. "
                "Tháng 4/2001, bà Trịnh Thị Lê trở thành Tổng giám đốc Công ty Sao Mai.")
    assert got == {"Lê Văn Hạ": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nam Định",
                                 "Phó Trưởng Ban Kinh tế Trung ương"],
                   "Trịnh Thị Lê": ["Tổng giám đốc Công ty Sao Mai"]}


def test_a_bare_title_stacked_on_the_next_without_a_comma_is_one_post():
    got = posts("T\n\nTrả lời báo chí, Bộ trưởng Chủ nhiệm Ủy ban Dân tộc, ông Vi Văn Tâm cho biết như vậy.")
    assert got == {"Vi Văn Tâm": ["Bộ trưởng Chủ nhiệm Ủy ban Dân tộc"]}
    # with a comma, two posts
    got = posts("T\n\nTrả lời báo chí, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Vi Văn Tâm cho biết như vậy.")
    assert sorted(got["Vi Văn Tâm"]) == ["Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"]


def test_a_lower_case_description_between_the_name_and_its_posts():
    got = held("T\n\nĐoàn đến thăm đồng chí Hà Văn Lộc, cựu chiến binh, Nguyên Chủ tịch Hội Nông dân tỉnh Thái Bình.")
    assert got == {"Hà Văn Lộc": ["Nguyên Chủ tịch Hội Nông dân tỉnh Thái Bình"]}
    # a verb is no description: the post after it is not the name's
    assert held("T\n\nÔng Hà Văn Lộc, cho biết, Chủ tịch Hội Nông dân tỉnh Thái Bình đã đến.") == {}


def test_a_post_told_as_a_role_before_its_holder():
    got = posts("T\n\nBà Đào Thị Lan dự lễ. Với vai trò là Phó chủ tịch Hội Chữ thập đỏ tỉnh Nam Định, bà đã giúp "
                "nhiều người. Trên cương vị Bí thư Huyện ủy Vụ Bản, ông Trịnh Văn Hòa đã chỉ đạo.")
    assert got == {"Đào Thị Lan": ["Phó chủ tịch Hội Chữ thập đỏ tỉnh Nam Định"],
                   "Trịnh Văn Hòa": ["Bí thư Huyện ủy Vụ Bản"]}
    # the pronoun needs an antecedent of its own honorific
    assert posts("T\n\nÔng Đào Văn Lan dự lễ. Với vai trò là Phó chủ tịch Hội Chữ thập đỏ, bà đã giúp người.") == {}


def test_copulas_of_a_former_post_and_an_age_before_the_post():
    res = run("T\n\nÔng Lê Văn Hạ, người từng là Giám đốc Sở Tư pháp tỉnh Nam Định, cho biết. "
              "Bà Ngô Thị Mai, 52 tuổi, Phó Giám đốc Sở Y tế, dự họp.")
    by_person = {res.links.entities[dict(f.props)["org:member"].id].label: dict(f.props) for f in res.facts
                 if f.cls == "PostHolding"}
    assert sorted(by_person) == ["Lê Văn Hạ", "Ngô Thị Mai"]
    assert "vnr:former" in by_person["Lê Văn Hạ"] and "vnr:former" not in by_person["Ngô Thị Mai"]
    got = held("T\n\nÔng Lê Văn Hạ, nguyên Giám đốc Sở Tư pháp, nay là Chủ tịch UBND huyện Vụ Bản, cho biết.")
    assert got == {"Lê Văn Hạ": ["nguyên Giám đốc Sở Tư pháp", "Chủ tịch UBND huyện Vụ Bản"]}


def test_a_relative_named_by_a_kin_word_holds_no_post_a_verb_gives():
    assert posts("T\n\nCon trai ông Lê Văn Hạ là Trưởng công an xã.") == {}
    got = posts("T\n\nÔng Hồ Văn Hưng, em trai bà Ngô Thị Mai, hiện là Chủ tịch Hội Nông dân xã.")
    assert got == {"Hồ Văn Hưng": ["Chủ tịch Hội Nông dân xã"]}
    # without a verb the post after the relative's name is the relative's
    got = posts("T\n\nBà Ngô Thị Mai, vợ ông Lê Văn Hạ, Chủ tịch UBND xã, cho biết.")
    assert got == {"Lê Văn Hạ": ["Chủ tịch UBND xã"]}
    # "anh" alone before a name is an honorific, not a kin word
    got = posts("T\n\nAnh Nguyễn Văn Tú là Chủ tịch Hội Nông dân xã.")
    assert got == {"Nguyễn Văn Tú": ["Chủ tịch Hội Nông dân xã"]}


def test_a_rank_after_a_copula_before_the_post():
    got = held("T\n\nÔng Trần Văn Phú là đại tá, nguyên Hiệu trưởng Trường Sỹ quan Pháo binh. "
                "Ông Lê Văn Tư là người tâm huyết, Chủ tịch UBND xã đánh giá.")
    # a description after a copula that is no rank may end the clause: the post after it starts another
    assert got == {"Trần Văn Phú": ["nguyên Hiệu trưởng Trường Sỹ quan Pháo binh"]}


def test_comma_copula_needs_an_honoured_name_and_a_name_inside_a_post_holds_nothing():
    got = posts("T\n\nÔng Lê Văn Tư (SN 1963, quê Nam Định), là Chủ tịch Hội Khuyến học xã.")
    assert got == {"Lê Văn Tư": ["Chủ tịch Hội Khuyến học xã"]}
    # a bare name before ", là" may end a body named after a person: no copula holding for it
    got = posts("T\n\nÔng Lê Văn Tư, Giám đốc Trường THPT Lê Văn Hưu, là Chủ tịch Hội Khuyến học xã.")
    assert "Chủ tịch Hội Khuyến học xã" not in got.get("Lê Văn Hưu", [])


def test_dong_chi_as_a_pronoun_and_a_career_list_after_tieu_bieu_la():
    got = posts("T\n\nLễ tưởng niệm đồng chí Lê Văn Ba được tổ chức tại quê nhà. Đồng chí đã trải qua nhiều cương vị "
                "công tác, tiêu biểu là: Bí thư Tỉnh ủy Nam Hà; Thứ trưởng Bộ Công an; Bộ trưởng Bộ Thủy lợi.")
    assert sorted(got["Lê Văn Ba"]) == ["Bí thư Tỉnh ủy Nam Hà", "Bộ trưởng Bộ Thủy lợi", "Thứ trưởng Bộ Công an"]


def test_a_term_after_a_post_is_part_of_it_and_does_not_end_the_chain():
    got = held("T\n\nÔng Lê Văn Ba, Ủy viên Ban Chấp hành Trung ương Đảng khóa XII, Bí thư Tỉnh ủy Nam Hà dự lễ.")
    assert got == {"Lê Văn Ba": ["Ủy viên Ban Chấp hành Trung ương Đảng khóa XII", "Bí thư Tỉnh ủy Nam Hà"]}
    got = held("T\n\nÔng Lê Văn Ba từng giữ nhiều chức vụ: Ủy viên Ban Chấp hành Trung ương Đảng các khóa III, IV; "
                "đại biểu Quốc hội từ khóa II đến khóa VI; Thứ trưởng Bộ Công an.")
    assert got == {"Lê Văn Ba": ["Ủy viên Ban Chấp hành Trung ương Đảng các khóa III, IV",
                                 "đại biểu Quốc hội từ khóa II đến khóa VI", "Thứ trưởng Bộ Công an"]}
    # a term of office is no part of the post, and another post may follow it
    assert held("T\n\nÔng Lê Văn Ba, Bí thư Huyện ủy Yên Mô nhiệm kỳ 2015-2020, Chủ tịch HĐND huyện phát biểu.") == {
        "Lê Văn Ba": ["Bí thư Huyện ủy Yên Mô", "Chủ tịch HĐND huyện"]}


def test_a_career_list_goes_on_past_a_rank_a_unit_number_and_a_dash_in_a_name():
    got = posts("T\n\nÔng Lê Văn Ba từng giữ nhiều chức vụ: Bí thư liên tỉnh Hà Nam - Nam Định - Ninh Bình; Thiếu "
                "tướng Quân đội nhân dân Việt Nam, Chính ủy Đoàn 379; Bộ trưởng Bộ Giao thông - Vận tải.")
    assert got == {"Lê Văn Ba": ["Bí thư liên tỉnh Hà Nam - Nam Định - Ninh Bình", "Chính ủy Đoàn 379",
                                 "Bộ trưởng Bộ Giao thông - Vận tải"]}


def test_a_country_after_a_national_body_and_numbered_military_units():
    got = posts("T\n\nDự lễ có bà Lê Thị Ba, Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam; ông Ngô Văn "
                "Hai, Thủ tướng Chính phủ nước CHDCND Lào; Thiếu tướng Đỗ Văn Tư, Tư lệnh Quân đoàn 3.")
    assert got == {"Lê Thị Ba": ["Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"],
                   "Ngô Văn Hai": ["Thủ tướng Chính phủ nước CHDCND Lào"], "Đỗ Văn Tư": ["Tư lệnh Quân đoàn 3"]}


def test_a_deputy_title_written_after_its_unit_and_a_second_field_after_a_dash():
    got = posts("T\n\nÔng Lê Văn Ba, Chi cục phó Chi cục Trồng trọt - bảo vệ thực vật tỉnh Nam Hà, cho biết. "
                "Ông Đỗ Văn Tư, Giám đốc Sở Y tế - người phụ trách nói.")
    assert got == {"Lê Văn Ba": ["Chi cục phó Chi cục Trồng trọt - bảo vệ thực vật tỉnh Nam Hà"],
                   "Đỗ Văn Tư": ["Giám đốc Sở Y tế"]}


def test_the_rest_of_a_body_name_between_the_title_and_the_name_is_the_posts():
    got = posts("T\n\nChủ tịch Hiệp hội Thủy sản TP.HCM Lê Văn Ba nhận định. Phó Chủ tịch UBND quận 5 Ngô Văn Hai cho "
                "biết. Giám đốc Trung tâm quản lý & điều hành giao thông đô thị Hà Nội Đỗ Văn Tư nói.")
    assert got == {"Lê Văn Ba": ["Chủ tịch Hiệp hội Thủy sản TP.HCM"], "Ngô Văn Hai": ["Phó Chủ tịch UBND quận 5"],
                   "Đỗ Văn Tư": ["Giám đốc Trung tâm quản lý & điều hành giao thông đô thị Hà Nội"]}
    # a verb between the title and the name: the name is not the title's holder
    assert posts("T\n\nChủ tịch nói Lê Văn Ba đã về.") == {}


def test_chuc_vu_after_the_name_and_its_age():
    got = posts("T\n\nÔng Lê Văn Ba (SN 1964), chức vụ Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy thôi "
                "giữ chức.")
    assert got == {"Lê Văn Ba": ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy"]}


def test_a_bare_level_word_a_past_copula_giu_vi_tri_and_an_academic_title():
    got = posts("T\n\nTrong buổi làm việc, Chủ tịch quận Lê Thị Ba cho biết. Tiến sĩ Ngô Văn Hai, khi đó là Viện "
                "trưởng Viện Kinh tế TP đã đề nghị. Ông Đỗ Văn Tư, Giám đốc Sở Xây dựng giữ vị trí Phó Chủ tịch "
                "thường trực.")
    assert got == {"Lê Thị Ba": ["Chủ tịch quận"], "Ngô Văn Hai": ["Viện trưởng Viện Kinh tế TP"],
                   "Đỗ Văn Tư": ["Giám đốc Sở Xây dựng", "Phó Chủ tịch thường trực"]}


def test_a_body_name_enumerated_with_commas_and_va_and_a_compound_syllable_before_the_name():
    got = posts("T\n\nSáng 4/6, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Lê Văn Ba trả lời. Phó Chủ tịch Quân "
                "ủy Ngô Văn Hai cho biết.")
    assert got == {"Lê Văn Ba": ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"], "Ngô Văn Hai": ["Phó Chủ tịch Quân ủy"]}
    # a lower-case word after a bare title is no part of a body's name
    assert posts("T\n\nGiám đốc mới Lê Văn Ba đã về.") == {}


def test_a_title_right_after_an_honoured_name_without_a_comma_is_hers():
    got = posts("T\n\nBuổi lễ có bà Mali Sổmphon Ủy viên Bộ Chính trị, Chủ tịch Quốc hội, cùng đông đảo nhân dân.")
    assert got == {"Mali Sổmphon": ["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"]}
    # when the chain runs into the next name, the whole chain is that person's
    got = posts("T\n\nDự có ông Quách Văn Tám Ủy viên Bộ Chính trị, Bí thư Thành ủy Hồ Văn Kiên.")
    assert got == {"Hồ Văn Kiên": ["Bí thư Thành ủy", "Ủy viên Bộ Chính trị"]}


def test_dai_bieu_before_a_name_is_a_deputys_post_but_not_in_doan_dai_bieu():
    got = posts("T\n\nĐại biểu Lê Văn Ba (Nam Hà) cho rằng cần sửa luật. Chiều 2/5, đoàn đại biểu Trung ương Hội Nông "
                "dân do ông Ngô Văn Hai, Phó Chủ tịch Hội Nông dân Việt Nam dẫn đầu đã đến thăm.")
    assert got == {"Lê Văn Ba": ["Đại biểu"], "Ngô Văn Hai": ["Phó Chủ tịch Hội Nông dân Việt Nam"]}


def test_a_term_of_office_between_the_post_and_the_name_after_it():
    assert posts("T\n\nBí thư Huyện ủy Yên Mô nhiệm kỳ 2015-2020 Lê Văn Ba phát biểu.") == {
        "Lê Văn Ba": ["Bí thư Huyện ủy Yên Mô"]}


def test_a_place_in_parentheses_between_the_post_and_the_name_is_skipped():
    got = posts("T\n\nTrưởng thôn Đông Hòa (xã Tân Lập, huyện Yên Mô) Lê Văn Ba cho biết. Giám đốc Sở Y tế (bên phải) "
                "Ngô Văn Hai nói.")
    assert got == {"Lê Văn Ba": ["Trưởng thôn Đông Hòa"]}


def test_a_copula_after_a_dash_or_an_opening_parenthesis_gives_the_post():
    got = posts("T\n\nÔng Lê Văn Ba - khi đó là Phó Chủ tịch UBND huyện Yên Lạc đã ký. "
                "Theo hồ sơ, Đỗ Văn Tư (là Trưởng Công an xã Hòa Bình, huyện Yên Lạc) đã nhận tiền.")
    assert got == {"Lê Văn Ba": ["Phó Chủ tịch UBND huyện Yên Lạc"], "Đỗ Văn Tư": ["Trưởng Công an xã Hòa Bình"]}


def test_an_indefinite_article_before_a_post_in_apposition():
    got = posts("T\n\nBà Lê Thị Na, một Phó Giám đốc Sở Xây dựng, cho biết.")
    assert got == {"Lê Thị Na": ["Phó Giám đốc Sở Xây dựng"]}


def test_a_later_post_in_parentheses_after_a_time_word():
    got = held("T\n\nBà Lê Thị Na, nguyên Chủ tịch UBND huyện Yên Lạc (hiện nay là Bí thư Huyện ủy Yên Lạc), dự.")
    assert sorted(got["Lê Thị Na"]) == ["Bí thư Huyện ủy Yên Lạc", "nguyên Chủ tịch UBND huyện Yên Lạc"]
    # the later post is held now, not a former one
    h = [f for f in run("T\n\nBà Lê Thị Na, nguyên Chủ tịch UBND huyện Yên Lạc (hiện nay là Bí thư Huyện ủy Yên "
                        "Lạc), dự.").facts if f.cls == "PostHolding"]
    label = {f.subject: next(v.value for p, v in f.props if p == "rdfs:label").split(" — ")[1] for f in h}
    former = {label[f.subject]: any(p == "vnr:former" for p, _ in f.props) for f in h}
    assert former == {"nguyên Chủ tịch UBND huyện Yên Lạc": True, "Bí thư Huyện ủy Yên Lạc": False}


def test_appointment_verbs_giu_cuong_vi_and_giu_lai_chuc():
    got = posts("T\n\nBà Lê Thị Na giữ cương vị Chủ tịch Hội Nông dân tỉnh. "
                "Sở đề xuất cho ông Đỗ Văn Tư giữ lại chức Phó Giám đốc Sở Xây dựng.")
    assert got == {"Lê Thị Na": ["Chủ tịch Hội Nông dân tỉnh"], "Đỗ Văn Tư": ["Phó Giám đốc Sở Xây dựng"]}


def test_a_post_named_first_with_a_time_word_before_la():
    got = posts("T\n\nNhờ Bí thư Huyện ủy lúc đó là ông Đỗ Văn Tư giúp đỡ, dự án hoàn thành.")
    assert got == {"Đỗ Văn Tư": ["Bí thư Huyện ủy"]}


def test_a_biography_list_after_an_aside_is_the_named_persons_not_the_asides():
    got = posts("T\n\nTừ năm 2013, bà Lê Thị Na (vợ ông Đỗ Văn Tư) lần lượt được bổ nhiệm các chức vụ: "
                "Phó hiệu trưởng, Hiệu trưởng Trường THPT Yên Lạc.")
    assert got == {"Lê Thị Na": ["Phó hiệu trưởng", "Hiệu trưởng Trường THPT Yên Lạc"]}


def test_a_transfer_from_one_post_to_another_gives_both_the_first_ended():
    text = ("T\n\nÔng Lê Văn Ba được bổ nhiệm từ chức vụ Giám đốc Trung tâm y tế huyện Yên Lạc về giữ chức "
            "Giám đốc Bệnh viện đa khoa huyện Yên Lạc.")
    h = [f for f in run(text).facts if f.cls == "PostHolding"]
    label = {f.subject: next(v.value for p, v in f.props if p == "rdfs:label").split(" — ")[1] for f in h}
    former = {label[f.subject]: any(p == "vnr:former" for p, _ in f.props) for f in h}
    assert former == {"Giám đốc Trung tâm y tế huyện Yên Lạc": True,
                      "Giám đốc Bệnh viện đa khoa huyện Yên Lạc": False}


def test_two_time_words_before_the_copula_and_a_promotion_verb():
    got = posts("T\n\nÔng Lê Văn Ba vẫn đang là Bí thư Đảng ủy Sở Xây dựng. "
                "Ông Đỗ Văn Tư (SN 1971) được thăng chức Giám đốc Sở Y tế ngày 9/9/2016.")
    assert got == {"Lê Văn Ba": ["Bí thư Đảng ủy Sở Xây dựng"], "Đỗ Văn Tư": ["Giám đốc Sở Y tế"]}
    h = [f for f in run("T\n\nÔng Lê Văn Ba - cũng nguyên là Chủ tịch UBND huyện Yên Lạc nói.").facts
         if f.cls == "PostHolding"]
    assert len(h) == 1 and any(p == "vnr:former" for p, _ in h[0].props)


def test_a_pair_written_with_a_comma_stays_inside_the_body_name():
    # "phòng, chống" (prevent and combat): the comma joins the pair, the next title is still the person's
    got = posts("T\n\nÔng Đào Văn Khải, Cục trưởng Cục Phòng, chống buôn lậu, Trưởng đoàn kiểm tra, cho biết.")
    assert got == {"Đào Văn Khải": ["Cục trưởng Cục Phòng, chống buôn lậu", "Trưởng đoàn kiểm tra"]}
    got = posts("T\n\nÔng Đào Văn Khải - Trưởng ban Chỉ đạo phòng, chống bão lũ, cho biết.")
    assert got == {"Đào Văn Khải": ["Trưởng ban Chỉ đạo phòng, chống bão lũ"]}
    # any other comma still ends the name
    got = posts("T\n\nÔng Đào Văn Khải, Cục trưởng Cục Kiểm định, Trưởng đoàn kiểm tra, cho biết.")
    assert got == {"Đào Văn Khải": ["Cục trưởng Cục Kiểm định", "Trưởng đoàn kiểm tra"]}


def test_dam_nhiem_and_nhan_quyet_dinh_bo_nhiem_give_the_post_to_the_subject():
    got = posts("T\n\nÔng Đào Văn Khải đảm nhiệm chức vụ Phó Giám đốc Sở Công Thương từ năm 2016. "
                "Bà Tạ Thị Mơ khi nhận quyết định bổ nhiệm chức vụ Chi cục trưởng Chi cục Kiểm lâm.")
    assert got == {"Đào Văn Khải": ["Phó Giám đốc Sở Công Thương"],
                   "Tạ Thị Mơ": ["Chi cục trưởng Chi cục Kiểm lâm"]}
    # another person named between the subject and the post takes it
    got = posts("T\n\nBà Tạ Thị Mơ đề nghị ông Đào Văn Khải đảm nhiệm chức vụ Phó Giám đốc Sở Công Thương.")
    assert got == {"Đào Văn Khải": ["Phó Giám đốc Sở Công Thương"]}


def test_ban_can_su_dang_is_a_body_and_the_titles_after_it_stay_the_persons():
    got = posts("T\n\nBà Hồ Thị Lan, Ủy viên Ban cán sự Đảng, Phó Giám đốc Sở Công Thương cho biết.")
    assert got == {"Hồ Thị Lan": ["Ủy viên Ban cán sự Đảng", "Phó Giám đốc Sở Công Thương"]}


def test_the_executive_committee_of_a_party_organisation_keeps_its_unit():
    got = posts("T\n\nÔng Kha Văn Đình, Ủy viên Ban Chấp hành Đảng bộ huyện Kim Sơn, Bí thư Đảng ủy xã Đông Hà, "
                "dự họp. Bà Hồ Thị Lan, Ủy viên Ban Chấp hành Đảng bộ Công an tỉnh, cho biết.")
    assert got == {"Kha Văn Đình": ["Ủy viên Ban Chấp hành Đảng bộ huyện Kim Sơn", "Bí thư Đảng ủy xã Đông Hà"],
                   "Hồ Thị Lan": ["Ủy viên Ban Chấp hành Đảng bộ Công an tỉnh"]}


def test_the_post_a_delegate_acts_for_is_not_the_delegates():
    got = posts("T\n\nThừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Lê Văn Tám trao Huân chương. "
                "Thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ Công Thương Đỗ Văn Hai trao Bằng khen.")
    assert got == {"Lê Văn Tám": ["Phó Chủ tịch UBND tỉnh"], "Đỗ Văn Hai": ["Thứ trưởng Bộ Công Thương"]}
    # the delegate's own posts after the name
    got = posts("T\n\nThừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Tám - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã "
                "trao Huân chương.")
    assert got == {"Lê Văn Tám": ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"]}
    # a delegate with no post of his own holds none: the office is the delegator's
    assert posts("T\n\nĐược sự ủy quyền của Chủ tịch nước, ông Lê Văn Tám trao Huân chương Lao động.") == {}
    assert posts("T\n\nThay mặt Chủ tịch UBND tỉnh, bà Đỗ Thị Hai tặng hoa.") == {}
    # without the delegation the stacked titles are the person's own
    got = posts("T\n\nPhó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo Lê Văn Tám trao Huân chương.")
    assert sorted(got["Lê Văn Tám"]) == ["Phó Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo"]


def test_cuu_marks_a_former_post_like_nguyen():
    got = held("T\n\nCựu Phó Thủ tướng Lê Văn Năm, cựu Bí thư Tỉnh ủy Nam Định Đỗ Văn Sáu đến dự. "
                "Ông Đỗ Văn Sáu, Cựu Bí thư Tỉnh ủy Nam Định, phát biểu.")
    assert got == {"Lê Văn Năm": ["Cựu Phó Thủ tướng"], "Đỗ Văn Sáu": ["cựu Bí thư Tỉnh ủy Nam Định"]}
    res = run("T\n\nCựu Phó Thủ tướng Lê Văn Năm đến dự.")
    holding = next(f for f in res.facts if f.cls == "PostHolding")
    assert any(p == "vnr:former" for p, _v in holding.props)


def test_a_lower_case_head_that_ends_a_title_takes_the_name_after_it():
    got = posts("T\n\nÔng Lê Văn Bảy, Trưởng ban Quản lý khu công nghệ cao TP Đà Nẵng, cho biết.")
    assert got == {"Lê Văn Bảy": ["Trưởng ban Quản lý khu công nghệ cao TP Đà Nẵng"]}
    # a lower-case head that only follows a title takes no lower-case words: they open the clause
    assert posts("T\n\nÔng Lê Văn Bảy, Phó tổng giám đốc công ty lý giải: “Tàu hỏng”.") == {
        "Lê Văn Bảy": ["Phó tổng giám đốc"]}


def test_unit_heads_named_after_their_unit_and_a_judges_grade():
    got = posts("T\n\nÔng Hà Văn Sơn - Hạt trưởng Hạt Kiểm lâm huyện Yên Lập, cho biết. Bà Đỗ Thị Mận, Trạm trưởng "
                "Trạm Y tế xã Tân Lập, cho biết. Ông Vũ Văn Đông, Thẩm phán trung cấp, Chánh án Tòa án nhân dân "
                "huyện Yên Lập đã xét xử nhiều vụ.")
    assert posts("T\n\nÔng Hà Văn Sơn - Hạt trưởng Hạt Quản lý đê điều số 2 cho biết.") == {
        "Hà Văn Sơn": ["Hạt trưởng Hạt Quản lý đê điều số 2"]}
    assert got == {"Hà Văn Sơn": ["Hạt trưởng Hạt Kiểm lâm huyện Yên Lập"],
                   "Đỗ Thị Mận": ["Trạm trưởng Trạm Y tế xã Tân Lập"],
                   "Vũ Văn Đông": ["Thẩm phán trung cấp", "Chánh án Tòa án nhân dân huyện Yên Lập"]}


def test_a_youth_union_branch_and_a_verb_of_reporting_after_its_name():
    got = posts("T\n\nĐồng chí Lê Văn Tư, Bí thư Chi đoàn Công ty Sao Mai báo cáo tổng kết hoạt động của chi đoàn.")
    assert got == {"Lê Văn Tư": ["Bí thư Chi đoàn Công ty Sao Mai"]}


def test_a_head_right_after_a_title_with_a_lower_case_kind_before_its_name():
    got = posts("T\n\nCô Lê Thị Hoa, Phó Hiệu trưởng Trường tiểu học Hòa Bình, đã cứu các cháu.")
    assert got == {"Lê Thị Hoa": ["Phó Hiệu trưởng Trường tiểu học Hòa Bình"]}
    # a verb after the head is no name
    assert posts("T\n\nÔng Lê Văn Tư, Giám đốc Sở cho biết Hà Nam đã làm.") == {"Lê Văn Tư": ["Giám đốc Sở"]}


def test_a_library_and_a_museum_are_bodies_and_one_named_after_a_person_names_no_person():
    res = run("T\n\nBà Lê Thị Hoa, Giám đốc Thư viện tỉnh Yên Lập, cho biết. Đoàn đến thăm Bảo tàng Trần Văn Khê.")
    assert [m.text for m in res.doc.mentions if m.kind == "person"] == ["Lê Thị Hoa"]
    assert posts("T\n\nBà Lê Thị Hoa, Giám đốc Thư viện tỉnh Yên Lập, cho biết.") == {
        "Lê Thị Hoa": ["Giám đốc Thư viện tỉnh Yên Lập"]}


def test_a_pair_of_two_syllable_words_written_with_a_comma_stays_in_the_body_name():
    got = posts("T\n\nÔng Lê Văn Tư, Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo phía Nam, công bố quyết định.")
    assert got == {"Lê Văn Tư": ["Phó Cục trưởng Cục Giải quyết khiếu nại, tố cáo phía Nam"]}
    # a comma between other words still ends the name
    got = posts("T\n\nÔng Lê Văn Tư, Phó Cục trưởng Cục Giải quyết khiếu nại, Trưởng phòng Pháp chế, công bố.")
    assert sorted(got["Lê Văn Tư"]) == ["Phó Cục trưởng Cục Giải quyết khiếu nại", "Trưởng phòng Pháp chế"]


def test_the_rest_of_a_body_name_before_a_name_holds_no_other_person():
    # "… Ủy viên Trung ương như đồng chí A, B": the words up to B are no body name, A's name being among them
    got = posts("T\n\nHọ đã xử lý nhiều đồng chí nguyên Ủy viên Trung ương như đồng chí Lò Văn Khiêm, Hà Văn Páo, "
                "sắp tới sẽ còn nữa.")
    assert not any("như" in post for held in got.values() for post in held)


def test_a_post_that_runs_into_the_next_name_through_the_rest_of_its_body_is_that_persons():
    # "A, Bộ trưởng Công thương B": the lower-case syllable ends the body's name; the post is B's, not A's
    got = posts("T\n\nCó mặt Bộ trưởng KH-ĐT Lò Văn Khiêm, Bộ trưởng Công thương Hà Văn Páo cũng trả lời.")
    assert got == {"Lò Văn Khiêm": ["Bộ trưởng KH-ĐT"], "Hà Văn Páo": ["Bộ trưởng Công thương"]}
    # "và" and a rank between a post and the next name: the post stays with the name before it
    got = posts("T\n\nÔng Lò Văn Khiêm - Chủ tịch UBND tỉnh và Thiếu tướng Hà Văn Páo, Giám đốc Công an tỉnh Sơn La "
                "đã tặng hoa.")
    assert got == {"Lò Văn Khiêm": ["Chủ tịch UBND tỉnh"], "Hà Văn Páo": ["Giám đốc Công an tỉnh Sơn La"]}


def test_a_title_inside_a_collective_or_a_body_name_is_no_post():
    # "Đoàn ĐBQH": a delegation; "Ban Bí thư": a body whose name holds a title
    assert posts("T\n\nChuyển sinh hoạt Đoàn ĐBQH đối với ông Lò Văn Khiêm và ông Hà Văn Páo.") == {}
    assert posts("T\n\nNhất trí chuyển sinh hoạt Đoàn đại biểu Quốc hội đối với ông Lò Văn Khiêm.") == {}
    assert posts("T\n\nSau kết luận của Ban Bí thư, ông Lò Văn Khiêm đã có đơn xin thôi.") == {}
    # the delegation's head holds a post
    got = posts("T\n\nÔng Lò Văn Khiêm, Trưởng Đoàn ĐBQH tỉnh Sơn La, dự.")
    assert got == {"Lò Văn Khiêm": ["Trưởng Đoàn ĐBQH tỉnh Sơn La"]}
    got = posts("T\n\nÔng Lò Văn Khiêm, Phó trưởng đoàn đại biểu Quốc hội tỉnh Sơn La, dự.")
    assert got == {"Lò Văn Khiêm": ["Phó trưởng đoàn đại biểu Quốc hội tỉnh Sơn La"]}


def test_a_speaker_is_not_the_one_an_appointment_he_reports_names():
    got = posts("T\n\nÔng Tạ Văn Khê, Phó giám đốc Sở Y tế, cho biết, UBND tỉnh đã cách chức Trưởng phòng Kế hoạch "
                "của ông Lò Văn Mười.")
    # (the post the dismissal takes is the one of the name after "của": rect23)
    assert got == {"Tạ Văn Khê": ["Phó giám đốc Sở Y tế"], "Lò Văn Mười": ["Trưởng phòng Kế hoạch"]}
    got = posts("T\n\nBà Đào Thị Lan nói Sở Nội vụ đã bổ nhiệm Trưởng phòng Kế hoạch.")
    assert got == {}
    # without a verb of saying the appointment is still the name's
    got = posts("T\n\nBà Đào Thị Lan, sau đó được bổ nhiệm làm Trưởng phòng Kế hoạch.")
    assert got == {"Đào Thị Lan": ["Trưởng phòng Kế hoạch"]}


def test_do_by_is_no_syllable_of_a_body_name_before_the_holder():
    got = posts("T\n\nHĐND huyện đã miễn nhiệm chức vụ Phó chủ tịch UBND huyện Kim Sơn do ông Lò Văn Mười nắm giữ.")
    assert got == {"Lò Văn Mười": ["Phó chủ tịch UBND huyện Kim Sơn"]}
    assert posts("T\n\nQuyết định bổ nhiệm Giám đốc Sở Y tế do ông Lò Văn Mười ký.") == {}
    got = posts("T\n\nĐoàn công tác do Phó chủ tịch UBND huyện Kim Sơn Lò Văn Mười dẫn đầu.")
    assert got == {"Lò Văn Mười": ["Phó chủ tịch UBND huyện Kim Sơn"]}


def test_a_list_under_a_header_ends_at_the_next_header():
    got = posts("T\n\nDự lễ có các đồng chí Ủy viên Trung ương Đảng: Lò Văn Mười, Tổng Giám đốc Công ty Sao Mai; "
                "Đinh Văn Hai, Bí thư Tỉnh ủy; các đồng chí: Tạ Văn Khê, Chủ tịch UBND tỉnh Hòa Bình.")
    assert got["Tạ Văn Khê"] == ["Chủ tịch UBND tỉnh Hòa Bình"]
    assert sorted(got["Đinh Văn Hai"]) == ["Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng"]


def test_a_relative_named_with_a_post_before_the_name_is_not_the_appointee():
    got = posts("T\n\nTỉnh bổ nhiệm ông Lò Văn Mười, em trai Bí thư Tỉnh ủy Hòa Bình Đào Thị Lan làm Giám đốc Sở "
                "Xây dựng.")
    assert got.get("Đào Thị Lan") == ["Bí thư Tỉnh ủy Hòa Bình"]
    # with no kin word the post after the verb is the name's
    got = posts("T\n\nBí thư Tỉnh ủy Hòa Bình Đào Thị Lan làm Trưởng đoàn.")
    assert got == {"Đào Thị Lan": ["Bí thư Tỉnh ủy Hòa Bình", "Trưởng đoàn"]}


def test_a_bare_title_before_cac_names_the_officials_of_several_bodies():
    got = posts("T\n\nDự họp có Giám đốc Sở Y tế Lò Văn Mười, Phó Giám đốc các Sở: Xây dựng, Tài chính.")
    assert got == {"Lò Văn Mười": ["Giám đốc Sở Y tế"]}
    # a plural before the title still heads a list of names
    got = posts("T\n\nDự họp có các Phó Giám đốc Lò Văn Mười, Tạ Văn Khê.")
    assert got == {"Lò Văn Mười": ["Phó Giám đốc"], "Tạ Văn Khê": ["Phó Giám đốc"]}
    # a career's posts in several units, the units in lower case, are the holder's
    got = posts("T\n\nSau đó, ông Lò Văn Mười lần lượt giữ chức phó bí thư các tỉnh Hòa Bình, Sơn La.")
    assert got == {"Lò Văn Mười": ["phó bí thư"]}


def test_a_post_after_voi_and_a_comma_is_whom_the_subject_meets():
    got = posts("T\n\nBáo cáo với Chủ tịch UBND tỉnh, bà Đào Thị Lan cho biết đã xong.")
    assert got == {}
    # a plural "các" between "với" and the post
    assert posts("T\n\nThông tin với các đại biểu, ông Lò Văn Mười cho biết đã xong.") == {}
    # without the comma the name after the post is its holder
    got = posts("T\n\nBà Đào Thị Lan đã làm việc với Chủ tịch UBND tỉnh Lò Văn Mười.")
    assert got == {"Lò Văn Mười": ["Chủ tịch UBND tỉnh"]}


def test_a_bare_national_title_before_a_verb_after_a_governed_name_opens_the_main_clause():
    got = held("T\n\nĐối với trường hợp của ông Hà Văn Khải, Tổng Bí thư nhấn mạnh việc xử lý là đúng. "
                "Với sự có mặt của bà Lò Thị Mai, Phó Giám đốc Sở Xây dựng, Thủ tướng giao Sở lập đề án.")
    assert got == {"Lò Thị Mai": ["Phó Giám đốc Sở Xây dựng"]}
    # the same title after a name that is the subject, or closed by a comma, is the name's
    got = held("T\n\nÔng Hà Văn Khải, Chủ tịch nước nhấn mạnh việc xử lý là đúng. "
                "Về trường hợp của bà Lò Thị Mai, Chủ tịch nước, đã có kết luận.")
    assert got == {"Hà Văn Khải": ["Chủ tịch nước"], "Lò Thị Mai": ["Chủ tịch nước"]}
    # a title of many holders with its term, before a word that is no verb, stays the name's
    got = held("T\n\nThôi làm nhiệm vụ đối với ông Hà Văn Khải, đại biểu Quốc hội khóa XIV thuộc Đoàn tỉnh Mỹ Lâm.")
    assert got == {"Hà Văn Khải": ["đại biểu Quốc hội khóa XIV"]}


def test_a_title_inside_an_events_name_is_no_post():
    got = posts("T\n\nTại Đại hội đại biểu toàn quốc lần thứ IX của Hội, ông Đỗ Văn Rạng được bầu làm Chủ tịch "
                "Hội Làm vườn Việt Nam.")
    assert got == {"Đỗ Văn Rạng": ["Chủ tịch Hội Làm vườn Việt Nam"]}
    # a holder named inside the event keeps the post
    got = posts("T\n\nLễ đón chính thức Chủ tịch nước Đỗ Văn Rạng tại Viêng Chăn.")
    assert got == {"Đỗ Văn Rạng": ["Chủ tịch nước"]}
    # a deputy's post outside an event's name stays his
    assert posts("T\n\nĐại biểu Quốc hội Đỗ Văn Rạng phát biểu.") == {"Đỗ Văn Rạng": ["Đại biểu Quốc hội"]}


def test_a_post_after_a_comma_before_a_degree_and_a_name_is_that_names_where_posts_come_first():
    got = posts("T\n\nPhó Chủ tịch UBND tỉnh Vũ Văn Khang, Hiệu trưởng Trường Đại học Sông Lam, PGS.TS Đặng Thị Mơ "
                "trao giấy khen.")
    assert got == {"Vũ Văn Khang": ["Phó Chủ tịch UBND tỉnh"], "Đặng Thị Mơ": ["Hiệu trưởng Trường Đại học Sông Lam"]}
    # a name whose own posts follow it keeps the post after its comma
    got = posts("T\n\nÔng Vũ Văn Khang, Hiệu trưởng Trường Đại học Sông Lam, bà Đặng Thị Mơ trao giấy khen.")
    assert got == {"Vũ Văn Khang": ["Hiệu trưởng Trường Đại học Sông Lam"]}


def test_a_closing_bracket_of_a_caption_is_no_part_of_a_body_name_before_a_name():
    got = posts("T\n\n[Chủ tịch nước tiếp Bộ trưởng Thương mại và Công nghiệp Na Uy] Ngài Lars Erik Berg cảm ơn.")
    assert not any(p.endswith("]") for ps in got.values() for p in ps)
    # without the bracket the rest of the body's name runs up to the name
    got = posts("T\n\nBộ trưởng Thương mại Na Uy Ngài Anton Berg cảm ơn.")
    assert got == {"Anton Berg": ["Bộ trưởng Thương mại Na Uy"]}


def test_two_titled_names_joined_by_va_both_hold_the_post_a_verb_gives_after_them():
    got = posts("T\n\nThứ trưởng Lò Văn Tám và Thứ trưởng Hà Văn Chín của Bộ Nội vụ bị kỷ luật cách chức Ủy viên "
                "Ban cán sự đảng Bộ Nội vụ.")
    assert got == {n: ["Thứ trưởng", "Ủy viên Ban cán sự đảng Bộ Nội vụ"] for n in ("Lò Văn Tám", "Hà Văn Chín")}


def test_a_joint_venture_and_a_consortium_are_bodies_of_a_post():
    text = "T\n\nÔng Lê Văn Tám, Phó Giám đốc Liên danh Tân Phú - Minh Long cho biết."
    assert mentions(text, "body") == ["Liên danh Tân Phú - Minh Long"]
    assert posts(text) == {"Lê Văn Tám": ["Phó Giám đốc Liên danh Tân Phú - Minh Long"]}
    assert mentions("T\n\nÔng Lê Văn Tám, Giám đốc Liên doanh Tân Phú cho biết.", "body") == ["Liên doanh Tân Phú"]


def test_a_long_lower_case_body_name_ends_at_an_auxiliary_or_a_verb_of_saying():
    got = posts("T\n\nÔng Lê Văn Tám, Cục trưởng Cục Quản lý hoạt động xây dựng công trình dân dụng bị kỷ luật.")
    assert got == {"Lê Văn Tám": ["Cục trưởng Cục Quản lý hoạt động xây dựng công trình dân dụng"]}
    got = posts("T\n\nÔng Lê Văn Tám, Giám đốc Công ty cổ phần vận tải hàng hóa dầu khí Minh Long cho rằng.")
    assert got == {"Lê Văn Tám": ["Giám đốc Công ty cổ phần vận tải hàng hóa dầu khí Minh Long"]}
    # a clause after the body's name still ends it
    got = posts("T\n\nÔng Lê Văn Tám, Giám đốc Sở Y tế kiểm tra an toàn vệ sinh thực phẩm tại chợ.")
    assert got == {"Lê Văn Tám": ["Giám đốc Sở Y tế"]}


def test_a_dashed_lower_case_field_goes_on_to_a_glued_level_abbreviation():
    got = posts("T\n\nÔng Lê Văn Tám, Phó trưởng Phòng Nông nghiệp - phát triển nông thôn H.Minh Long (tỉnh Tân Phú), "
                "cho biết.")
    assert got == {"Lê Văn Tám": ["Phó trưởng Phòng Nông nghiệp - phát triển nông thôn H.Minh Long"]}


def test_names_in_a_long_chain_of_spaced_dashes_are_a_routes_streets_not_persons():
    text = "T\n\nTuyến xe đi qua Bến Lức - Hòa Minh - Lê Văn Tám - Nguyễn Thị Mơ - cầu Tân Phú - Trần Phú."
    assert mentions(text, "person") == []
    # three names joined by dashes may be persons
    got = mentions("T\n\nCó mặt Nguyễn Văn Tám - Lê Thị Mơ - Trần Văn Lũy cho biết.", "person")
    assert got == ["Nguyễn Văn Tám", "Lê Thị Mơ", "Trần Văn Lũy"]


def test_dieu_hanh_between_a_title_and_its_body_is_part_of_the_post():
    got = posts("T\n\nÔng Lê Văn Tám, Giám đốc điều hành Công ty Minh Long cho biết.")
    assert got == {"Lê Văn Tám": ["Giám đốc điều hành Công ty Minh Long"]}
    # a business function after it stays in the post too
    got = posts("T\n\nÔng Lê Văn Tám, Giám đốc điều hành kinh doanh Công ty Minh Long cho biết.")
    assert got == {"Lê Văn Tám": ["Giám đốc điều hành kinh doanh Công ty Minh Long"]}


def test_a_spaced_double_hyphen_reads_as_one_dash_between_a_listed_guest_and_the_posts():
    got = held("T\n\nBuổi tọa đàm có hai khách mời: - Ông Lê Văn Tạo -- Nguyên Ủy viên Trung ương Đảng, Nguyên "
                "Bộ trưởng Bộ Y tế - Ông Phan Văn Hòa -- Tổng biên tập báo Sao Mai.")
    assert got == {"Lê Văn Tạo": ["Nguyên Ủy viên Trung ương Đảng", "Nguyên Bộ trưởng Bộ Y tế"],
                   "Phan Văn Hòa": ["Tổng biên tập báo Sao Mai"]}


def test_a_post_after_theo_is_the_source_not_the_post_of_the_subject_after_the_comma():
    got = posts("T\n\nÔng Lò Văn Ba là cán bộ địa chính. Theo Chánh văn phòng huyện Kim Sơn, ông Ba đã làm giả hồ sơ.")
    assert got == {"Lò Văn Ba": ["cán bộ địa chính"]}  # his own post (a title since rec38), not the source's
    # a name that a comma closes is an apposition: it holds the post
    got = posts("T\n\nTheo Chủ tịch UBND xã Hòa Lạc, ông Lò Văn Ba, xã đã có kế hoạch.")
    assert got == {"Lò Văn Ba": ["Chủ tịch UBND xã Hòa Lạc"]}


def test_a_holders_congress_term_stays_on_the_holding_not_on_a_post_others_hold():
    text = ("T\n\nHội nghị có ông Lò Văn Mai, Ủy viên Trung ương Đảng các khóa X, XI và XII, nguyên Bộ trưởng "
            "Bộ Nội vụ và ông Đinh Văn Tráng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hòa Tây.")
    assert posts(text)["Đinh Văn Tráng"] == ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Hòa Tây"]
    assert held(text)["Lò Văn Mai"][0] == "Ủy viên Trung ương Đảng các khóa X, XI và XII"
    res = run(text)
    terms = [v.value for f in res.facts if f.cls == "PostHolding" for p, v in f.props if p == "vnr:term"]
    assert terms == ["khóa X, XI và XII"]
    post = next(e for e in res.links.entities.values() if e.kind == "post" and e.label == "Ủy viên Trung ương Đảng")
    assert post.attrs["forms"] == "Ủy viên Trung ương Đảng các khóa X, XI và XII"


def test_a_name_after_the_level_word_of_an_appositive_title_names_the_place_not_a_second_person():
    # "bà A, Chủ tịch UBND phường B": A holds the post; B is the ward's name (a ward named after someone)
    got = posts("T\n\nSáng nay, bà Lò Thị Mai, Chủ tịch UBND phường Tạ Văn Khê, quận Cầu Mây đã có mặt.")
    assert got == {"Lò Thị Mai": ["Chủ tịch UBND phường Tạ Văn Khê"]}
    got = posts("T\n\nTại hội nghị, ông Mạc Văn Kha, Bí thư phường Phùng Văn Lực cho rằng vỉa hè rất quan trọng.")
    assert got == {"Mạc Văn Kha": ["Bí thư phường Phùng Văn Lực"]}
    # with no person before the title, the writer may have left out the place's name: the name is the holder's
    got = posts("T\n\nChủ tịch UBND huyện Phùng Văn Lực cho biết như vậy.")
    assert got == {"Phùng Văn Lực": ["Chủ tịch UBND huyện"]}


def test_a_post_after_cua_names_an_owner_or_giver_not_the_person_after_doi_voi():
    got = posts("T\n\nBộ đã đề nghị hủy bỏ Bằng khen của Thủ tướng Chính phủ đối với Mạc Văn Kha.")
    assert "Mạc Văn Kha" not in got
    got = posts("T\n\nHội đồng xem xét đề nghị của Chủ tịch UBND tỉnh đối với ông Mạc Văn Kha.")
    assert "Mạc Văn Kha" not in got
    # a post an ending verb opens is still held by the person after "đối với"
    got = posts("T\n\nTỉnh ủy quyết định cách chức Giám đốc Sở Xây dựng đối với ông Mạc Văn Kha.")
    assert got["Mạc Văn Kha"] == ["Giám đốc Sở Xây dựng"]


def test_ub_abbreviates_uy_ban_and_opens_a_body():
    got = posts("T\n\nÔng Mạc Văn Kha, Phó chủ nhiệm UB Khoa học-Công nghệ và Môi trường của Quốc hội bày tỏ.")
    assert got == {"Mạc Văn Kha": ["Phó chủ nhiệm UB Khoa học-Công nghệ và Môi trường của Quốc hội"]}
    got = posts("T\n\nÔng Mạc Văn Kha, Phó chủ nhiệm UB Kinh tế của Quốc hội phát biểu.")
    assert got == {"Mạc Văn Kha": ["Phó chủ nhiệm UB Kinh tế của Quốc hội"]}


def test_a_persons_label_is_the_form_with_each_word_capitalised_when_one_mention_misspells_it():
    got = posts("Ông Mạc Văn kha làm Chủ tịch Hội\n\nHôm qua, ông Mạc Văn Kha được bầu làm Chủ tịch Hội Nông dân tỉnh.")
    assert got == {"Mạc Văn Kha": ["Chủ tịch Hội Nông dân tỉnh"]}
