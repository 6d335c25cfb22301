"""Award conferrals, fifth round (issue 8, item 2): constructions of the blind-annotated split devown2 and of the
retired first frozen split. One neutral made-up example per construction."""

from test_awards_posts import _by_name, _confs, _posts


def test_a_flag_of_excellence_keeps_its_movement_and_year_and_each_giver_of_a_list():
    confs = _confs("T\n\nCũng tại buổi lễ, Công ty Cổ phần Minh Tâm đã được Sở Xây dựng, UBND tỉnh trao tặng Cờ Đơn vị "
                   "xuất sắc trong phong trào thi đua năm 2015.")
    assert [c["names"] for c in confs] == [["Cờ Đơn vị xuất sắc trong phong trào thi đua năm 2015"]] * 2
    assert sorted(c["giver"] for c in confs) == ["Sở Xây dựng", "UBND tỉnh"]
    (c,) = _confs("T\n\nLiên đoàn Lao động tỉnh tặng cờ vững mạnh xuất sắc cho 9 tập thể.")
    assert (c["names"], c["giver"]) == (["Cờ vững mạnh xuất sắc"], "Liên đoàn Lao động tỉnh")


def test_a_stop_word_opens_no_fixed_phrase_of_a_name_by_itself():
    (c,) = _confs("T\n\nUBND tỉnh tặng Cờ thi đua trong phong trào thi đua năm 2015 cho Sở Y tế.")
    assert c["names"] == ["Cờ thi đua"]


def test_a_cash_reward_is_its_own_verb_with_its_amount_and_each_subject_of_a_list_gives_it():
    confs = _confs("T\n\nTrước chiến công này, ông Lê Văn Hòa - Chủ tịch UBND tỉnh và Đại tá Trần Minh Đức, Giám đốc "
                   "Công an tỉnh Hà Tĩnh đã tặng hoa và thưởng nóng 30 triệu đồng cho Ban chuyên án.")
    assert [c["names"] for c in confs] == [["Thưởng nóng 30 triệu đồng"]] * 2
    assert sorted((c["giver"], c["presenter"]) for c in confs) == [("Lê Văn Hòa", "Lê Văn Hòa"),
                                                                  ("Trần Minh Đức", "Trần Minh Đức")]
    (c,) = _confs("T\n\nÔng Lê Văn Hòa (Phó Chủ tịch UBND TP Hà Tĩnh) đến thưởng nóng lực lượng phá án.")
    assert c["giver"] == "Lê Văn Hòa"


def test_persons_with_their_own_verbs_are_no_co_givers():
    confs = _confs("T\n\nÔng Lê Văn Hòa phát biểu, Chủ tịch UBND tỉnh Trần Minh Đức trao Bằng khen cho 5 tập thể.")
    assert [c["giver"] for c in confs] == ["Trần Minh Đức"]


def test_a_lone_pronoun_carries_its_person_through_sentences_that_speak_of_him():
    (c,) = _confs("T\n\nÔng Trần Văn Minh sinh năm 1930 tại Hà Tĩnh. Ông từng tham gia kháng chiến. Sau đó, ông giữ "
                  "chức vụ Bí thư Huyện ủy. Ông được Nhà nước tặng thưởng Huân chương Độc lập hạng Nhì.")
    assert (c["giver"], c["recipients"]) == ("Nhà nước", ["Trần Văn Minh"])
    (d,) = _confs("T\n\nÔng Trần Văn Minh sinh năm 1930. Tỉnh có 12 xã. Huyện có 5 trường. Năm nay mưa nhiều. "
                  "Ông được Nhà nước tặng thưởng Huân chương Độc lập hạng Nhì.")
    assert d["recipients"] == []


def test_a_counted_pronoun_receives_as_the_persons_named_together_last():
    (c,) = _confs("T\n\nNăm 2012, ông Trần Văn Minh và ông Lê Văn Hòa đã tố cáo sai phạm. Từ tố cáo của hai ông, cơ "
                  "quan chức năng đã vào cuộc. Bộ đang xét tặng bằng khen của bộ trưởng cho hai ông vì có thành tích.")
    assert c["recipients"] == ["Lê Văn Hòa", "Trần Văn Minh"]
    (d,) = _confs("T\n\nÔng Trần Văn Minh đã tố cáo sai phạm. Bộ xét tặng bằng khen của bộ trưởng cho hai ông.")
    assert d["recipients"] == []


def test_the_organiser_of_a_ceremony_yields_to_the_giver_and_the_hander_the_text_names():
    confs = _by_name(_confs(
        "T\n\nSáng nay, tại trụ sở Bộ Tư pháp, Đảng ủy Bộ Tư pháp tổ chức lễ trao huy hiệu Đảng, huân chương, "
        "bằng khen cho các đảng viên. Bộ trưởng Lê Văn Hòa trao huân chương Lao động hạng Nhì cho ông Trần Văn Minh. "
        "Ông Đỗ Văn Nam được trao tặng bằng khen của Đảng ủy Khối các cơ quan Trung ương."))
    assert confs["Huân chương Lao động hạng Nhì"]["giver"] == "Lê Văn Hòa"
    assert (confs["Bằng khen"]["giver"], confs["Bằng khen"]["recipients"]) == (
        "Đảng ủy Khối các cơ quan Trung ương", ["Đỗ Văn Nam"])
    assert confs["Huân chương"]["giver"] == "Đảng ủy Bộ Tư pháp"  # the venue "trụ sở Bộ Tư pháp" gives nothing
    assert len([n for n in confs if n == "Bằng khen"]) == 1


def test_two_awards_side_by_side_share_the_receivers_told_after_the_second():
    confs = _confs("T\n\nÔng Trần Văn Minh, Chủ tịch UBND quận đã tặng Bằng khen và thưởng nóng 20 triệu đồng cho "
                   "Đội Cảnh sát điều tra.")
    assert [(c["names"], c["recipients"]) for c in confs] == [
        (["Bằng khen"], ["Đội Cảnh sát điều tra"]), (["Thưởng nóng 20 triệu đồng"], ["Đội Cảnh sát điều tra"])]


def test_a_cash_reward_that_names_a_ceremony_is_no_conferral_and_an_amount_ends_its_receivers():
    assert _confs("T\n\nTại buổi thăm và thưởng nóng cho Ban chuyên án, ông Trần Văn Minh cảm ơn công an.") == []
    confs = _confs("T\n\nUBND tỉnh đã quyết định thưởng nóng cho lực lượng phá án 50 triệu đồng, Sở Tư pháp cũng tặng "
                   "giấy khen.")
    assert [(c["giver"], c["recipients"]) for c in confs] == [("UBND tỉnh", []), ("Sở Tư pháp", [])]


def test_organisers_listed_together_keep_an_award_each():
    # (round 19: an award the State alone confers, "danh hiệu vinh dự Nhà nước …", has no organiser for giver)
    confs = _confs("T\n\nTỉnh ủy, HĐND, UBND tỉnh Cà Mau đã tổ chức Lễ trao tặng Kỷ niệm chương “Vì sự nghiệp phát "
                   "triển tỉnh” cho 16 cá nhân.")
    assert sorted(c["giver"] for c in confs) == ["HĐND tỉnh Cà Mau", "Tỉnh ủy tỉnh Cà Mau", "UBND tỉnh Cà Mau"]


# Sixth round (issue 8, item 2): the givers of the corpus sample scripts/data/awards_sample_17_*.tsv.


def test_a_give_verb_in_a_chain_takes_the_subject_of_the_chain():
    confs = _confs("T\n\nCông đoàn huyện đã ra quyết định công nhận 3 đơn vị dẫn đầu, tặng 5 cờ thi đua xuất sắc cho "
                   "công đoàn cơ sở; tặng bằng khen cho 12 tập thể và 20 cá nhân.")
    assert [c["giver"] for c in confs] == ["Công đoàn huyện"] * 2
    confs = _confs("T\n\nCông đoàn huyện được Liên đoàn Lao động tỉnh tặng cờ vững mạnh xuất sắc cho 4 tập thể, tặng "
                   "bằng khen cho 15 tập thể.")
    assert [c["giver"] for c in confs] == ["Liên đoàn Lao động tỉnh"] * 2


def test_a_chain_after_another_subject_or_a_report_of_speech_gives_no_giver():
    (c,) = _confs("T\n\nSở Nội vụ cho biết năm qua có nhiều hoạt động, tặng bằng khen cho 12 tập thể.")
    assert c["giver"] is None
    (c,) = _confs("T\n\nSở Nội vụ đã đề nghị Bộ Tài chính xem xét, tặng bằng khen cho 12 tập thể.")
    assert c["giver"] is None


def test_a_school_named_in_lower_case_ends_a_list_of_givers():
    confs = _confs("T\n\nHội đồng đội huyện, UBND xã Tân Hòa và Trường tiểu học xã Tân Hòa cũng đã tặng giấy khen "
                   "cho em Lê Thị Mai.")
    assert sorted(c["giver"] for c in confs) == ["Hội đồng đội huyện", "Trường tiểu học xã Tân Hòa", "UBND xã Tân Hòa"]
    assert {tuple(c["recipients"]) for c in confs} == {("Lê Thị Mai",)}


def test_a_head_written_before_an_abbreviation_belongs_to_the_body():
    confs = _confs("T\n\nÔng Lê Văn Minh được Tổng LĐLĐ Việt Nam, UBND tỉnh tặng nhiều bằng khen.")
    assert sorted(c["giver"] for c in confs) == ["Tổng LĐLĐ Việt Nam", "UBND tỉnh"]


def test_a_body_name_ends_before_a_verb_of_recognition_and_before_a_reason():
    (c,) = _confs("T\n\nKhu bảo tồn Tân Hòa được Trung tâm Bảo tồn Thiên nhiên ASEAN công nhận danh hiệu Khu Di sản "
                  "ASEAN.")
    assert c["giver"] == "Trung tâm Bảo tồn Thiên nhiên ASEAN"
    (c,) = _confs("T\n\nBà Lê Thị Mai được nhận bằng khen của Ban Chấp hành Hội Chữ thập đỏ tỉnh vì 30 lần hiến máu.")
    assert (c["giver"], c["recipients"]) == ("Ban Chấp hành Hội Chữ thập đỏ tỉnh", ["Lê Thị Mai"])
    (c,) = _confs("T\n\nBà Lê Thị Mai được nhận bằng khen của Ban Chấp hành Hội Chữ thập đỏ vì 30 lần hiến máu.")
    assert c["giver"] == "Ban Chấp hành Hội Chữ thập đỏ"


def test_the_central_committee_of_an_association_gives_its_award():
    confs = _confs("T\n\nCó 18 cá nhân được tặng bằng khen của Trung ương Hội Chữ thập đỏ tỉnh và 49 cá nhân được UBND "
                   "tỉnh tặng bằng khen.")
    assert sorted(c["giver"] for c in confs) == ["Trung ương Hội Chữ thập đỏ tỉnh", "UBND tỉnh"]


def test_an_organising_committee_is_the_subject_not_the_verb_organise():
    (c,) = _confs("T\n\nBan Tổ chức cũng đã trao 12 giải Khuyến khích cho các tác giả.")
    assert c["giver"] == "Ban Tổ chức"
    (c,) = _confs("T\n\nSở Văn hóa tổ chức lễ trao Bằng khen cho 5 tập thể.")
    assert c["giver"] == "Sở Văn hóa"


def test_a_person_who_leads_companions_gives_not_the_last_body_of_the_companions():
    (c,) = _confs("T\n\nChủ tịch UBND tỉnh Lê Văn Minh cùng lãnh đạo Sở Y tế đã trao Bằng khen cho 5 tập thể.")
    assert (c["giver"], c["presenter"]) == ("Lê Văn Minh", "Lê Văn Minh")
    (c,) = _confs("T\n\nChiều 2-6, Bí thư Tỉnh ủy Lê Văn Minh cùng đoàn lãnh đạo Tỉnh ủy, UBND tỉnh đã đến thăm "
                  "và thưởng nóng ban chuyên án.")
    assert c["giver"] == "Lê Văn Minh"
    (c,) = _confs("T\n\nThay mặt UBND tỉnh, ông Lê Văn Minh cùng đại diện Sở Y tế đã trao Bằng khen cho 5 tập thể.")
    assert c["giver"] == "UBND tỉnh"


# ---------------------------------------------------------------- round 2 (h/awards2): givers by construction


def test_an_honorific_after_of_names_the_holder_not_the_giver():
    (c,) = _confs("T\n\nHuyện đang xác minh việc được tặng huy chương Kháng chiến hạng Nhì của ông Lê Văn Minh.")
    assert c["giver"] is None
    (c,) = _confs("T\n\nBà Lê Thị Mai được nhận bằng khen của UBND tỉnh Tân Hòa.")
    assert c["giver"] == "UBND tỉnh Tân Hòa"


def test_a_delegation_before_a_passive_acts_in_another_verb():
    confs = _confs("T\n\nThay mặt Ban cán sự Đảng Tân Hòa, ông Lê Văn Minh gửi lời chúc mừng các đảng viên đã "
                   "được trao tặng Huy hiệu Đảng đợt này.")
    assert all(c["giver"] != "Ban cán sự Đảng Tân Hòa" for c in confs)
    (c,) = _confs("T\n\nThay mặt UBND tỉnh, ông Lê Văn Minh trao Bằng khen cho 5 tập thể.")
    assert c["giver"] == "UBND tỉnh"


# ---------------------------------------------------------------- round 3 (h/givers3): givers by construction


def test_of_after_an_award_welcomed_in_a_ceremony_names_who_welcomes_it_not_its_giver():
    (c,) = _confs("T\n\nPhó Thủ tướng Lê Văn Minh dự lễ đón nhận Huân chương Lao động hạng Ba của Công ty Cổ phần "
                  "Tân Hòa tại tỉnh Hà Nam.")
    assert (c["names"], c["giver"]) == (["Huân chương Lao động hạng Ba"], None)
    (c,) = _confs("T\n\nLễ đón nhận Huân chương Độc lập hạng Nhì của Trường Đại học Tân Hòa diễn ra sáng 5/3.")
    assert c["giver"] is None
    # an office, or a give verb after the body, still gives; so does "của" after a welcoming with its own subject
    (c,) = _confs("T\n\nSáng 5/3, Công ty Cổ phần Tân Hòa tổ chức lễ kỷ niệm 20 năm thành lập và đón nhận Huân "
                  "chương Lao động hạng Ba của Chủ tịch nước.")
    assert c["giver"] == "Chủ tịch nước"
    (c,) = _confs("T\n\nSáng 5/3, tỉnh tổ chức lễ đón nhận Huân chương Lao động hạng Ba của UBND tỉnh Tân Hòa trao "
                  "tặng Công ty Cổ phần Minh An.")
    assert c["giver"] == "UBND tỉnh Tân Hòa"
    (c,) = _confs("T\n\nTrường Đại học Tân Hòa vinh dự đón nhận Huân chương Lao động hạng Nhất của Đảng, Nhà nước.")
    assert c["giver"] == "Nhà nước"
    # an authority after the welcomed award gives it ("Cờ thi đua của Chính phủ" is the award's name as written)
    (c,) = _confs("T\n\nLễ đón nhận Cờ thi đua của Chính phủ diễn ra sáng nay.")
    assert (c["names"], c["giver"]) == (["Cờ thi đua", "Cờ thi đua của Chính phủ"], "Chính phủ")


def test_who_congratulates_or_speaks_before_a_passive_plural_is_no_recipient():
    (c,) = _confs("T\n\nPhát biểu tại buổi lễ, ông Lê Văn Minh chúc mừng các đồng chí đảng viên được trao tặng Huy "
                  "hiệu Đảng đợt này.")
    assert (c["recipients"], c["giver"]) == ([], None)
    (c,) = _confs("T\n\nÔng Lê Văn Minh cho biết, các đồng chí Trần Văn Nam, Đỗ Văn Hải được tặng Huy hiệu 50 năm "
                  "tuổi Đảng.")
    assert c["recipients"] == ["Trần Văn Nam", "Đỗ Văn Hải"]
    (c,) = _confs("T\n\nÔng Lê Văn Minh và các đồng chí Trần Văn Nam, Đỗ Văn Hải được tặng Huy hiệu 50 năm tuổi Đảng.")
    assert c["recipients"] == ["Lê Văn Minh", "Trần Văn Nam", "Đỗ Văn Hải"]


def test_the_authority_whose_decision_confers_the_award_gives_it():
    (c,) = _confs("T\n\nTheo Quyết định số 120/QĐ-CTN của Chủ tịch nước, ông Trần Văn Nam được tặng Huân chương Lao "
                  "động hạng Ba.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", ["Trần Văn Nam"])
    (c,) = _confs("T\n\nCông ty Tân Hòa được tặng Huân chương Lao động hạng Nhì theo Quyết định số 12/QĐ-CTN ngày "
                  "3.4.2017 của Chủ tịch nước.")
    assert c["giver"] == "Chủ tịch nước"
    # the office, not the receiver named after it; a decision told in another clause confers nothing here
    (c,) = _confs("T\n\nTheo quyết định của Bộ trưởng Bộ Công an, Đại tá Trần Văn Nam được tặng Bằng khen.")
    assert (c["giver"], c["recipients"]) == ("Bộ trưởng Bộ Công an", ["Trần Văn Nam"])
    (c,) = _confs("T\n\nTheo Quyết định của Ban Bí thư, ông Trần Văn Nam giữ chức Phó Bí thư Tỉnh ủy; ông Lê Văn Minh "
                  "trao Bằng khen cho 5 tập thể.")
    assert c["giver"] == "Lê Văn Minh"


def test_a_delegation_without_of_and_in_the_older_spelling_names_the_authority():
    for lead in ("Thừa ủy quyền Chủ tịch nước", "Thừa uỷ quyền Chủ tịch nước", "Thừa uỷ quyền của Chủ tịch nước"):
        (c,) = _confs(f"T\n\n{lead}, ông Lê Văn Minh trao Huân chương Lao động hạng Ba cho Công ty Tân Hòa.")
        assert (c["giver"], c["presenter"]) == ("Chủ tịch nước", "Lê Văn Minh"), lead
    # "quyền" of "ủy quyền" is no acting post of the one who hands it over; "quyền" alone is
    assert _posts("T\n\nThừa ủy quyền Chủ tịch nước, ông Lê Văn Minh trao Huân chương cho Công ty Tân Hòa.") == {}
    assert _posts("T\n\nÔng Lê Văn Minh, quyền Chủ tịch UBND tỉnh Tân Hòa, phát biểu.") == {
        "Lê Văn Minh": {"quyền Chủ tịch UBND tỉnh Tân Hòa"}}


def test_grades_listed_after_the_first_are_each_an_award():
    for listed, grades in (("hạng Ba, hạng Nhì", ["Ba", "Nhì"]), ("hạng Nhất, Nhì và Ba", ["Nhất", "Nhì", "Ba"])):
        confs = _confs(f"T\n\nCông ty Tân Hòa đã được Nhà nước tặng thưởng Huân chương Lao động {listed}.")
        assert [c["names"] for c in confs] == [[f"Huân chương Lao động hạng {g}"] for g in grades]
        assert {c["giver"] for c in confs} == {"Nhà nước"}
    # a capitalised word after the next number is a place, not a grade
    confs = _confs("T\n\nÔng Lê Văn Minh được tặng Huân chương Lao động hạng Nhì, Ba Vì có thêm 2 người được tặng.")
    assert [c["names"] for c in confs] == [["Huân chương Lao động hạng Nhì"]]


def test_an_open_name_opens_with_a_capitalised_stop_word_and_ends_before_a_place_it_is_cut_in():
    (c,) = _confs("T\n\nBộ trưởng trao Kỷ niệm chương Vì sự nghiệp giáo dục cho 10 cá nhân.")
    assert c["names"] == ["Kỷ niệm chương Vì sự nghiệp giáo dục"]
    (c,) = _confs("T\n\nBộ trưởng trao kỷ niệm chương vì sự nghiệp giáo dục cho 10 cá nhân.")
    assert c["names"] == ["Kỷ niệm chương"]
    for place in ("huyện Tân Hòa", "TP Tân Hòa", "thành phố Tân Hòa"):
        (c,) = _confs(f"T\n\nLễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân {place} diễn ra sáng nay.")
        assert c["names"] == ["Danh hiệu Anh hùng Lực lượng vũ trang nhân dân"], place
    (c,) = _confs("T\n\nÔng Lê Văn Minh đón nhận danh hiệu Công dân ưu tú tỉnh Tân Hòa.")  # within the limit: kept
    assert c["names"] == ["Danh hiệu Công dân ưu tú tỉnh Tân Hòa"]


def test_of_several_authorities_of_a_ceremony_a_handed_award_takes_only_one_that_names_its_receiver():
    confs = {tuple(c["recipients"]): c["giver"] for c in _confs(
        "T\n\nThừa ủy quyền của Chủ tịch nước, ông Lê Văn Minh trao Huân chương Lao động hạng Ba cho Công ty Tân Hòa. "
        "Thay mặt lãnh đạo Đảng, Nhà nước, ông Lê Văn Minh gắn Huân chương Lao động hạng Ba lên lá cờ truyền thống. "
        "Ông Lê Văn Minh trao Huân chương Lao động hạng Ba cho ông Trần Văn Nam.")}
    assert confs == {("Công ty Tân Hòa",): "Chủ tịch nước", ("Trần Văn Nam",): "Lê Văn Minh"}  # not "Nhà nước"


def test_a_delegation_that_opens_the_sentence_covers_the_awards_handed_over_in_its_later_clauses():
    confs = _confs("T\n\nThừa ủy quyền của Chủ tịch nước, ông Lê Văn Minh trao Huân chương Lao động hạng Nhất cho Công "
                   "ty Tân Hòa; ông Trần Văn Nam trao Huân chương Lao động hạng Nhì cho ông Đỗ Văn Hải.")
    assert [(c["giver"], c["presenter"]) for c in confs] == [("Chủ tịch nước", "Lê Văn Minh"),
                                                             ("Chủ tịch nước", "Trần Văn Nam")]
    # not when the delegation's clause hands over no award, nor past an authority the later clause names
    (c,) = _confs("T\n\nThay mặt UBND tỉnh, ông Lê Văn Minh tặng hoa chúc mừng; ông Trần Văn Nam trao Bằng khen cho 5 "
                  "tập thể.")
    assert c["giver"] == "Trần Văn Nam"
    confs = _confs("T\n\nThay mặt UBND tỉnh, ông Lê Văn Minh trao Bằng khen cho 5 tập thể; ông Trần Văn Nam trao Giấy "
                   "khen của Sở Y tế cho 3 cá nhân.")
    assert [c["giver"] for c in confs] == ["UBND tỉnh", "Sở Y tế"]


def test_who_attends_a_ceremony_of_welcoming_an_award_does_not_receive_it():
    (c,) = _confs("T\n\nĐây là yêu cầu của Phó Thủ tướng Lê Văn Minh tại lễ khánh thành nhà máy và đón nhận Huân "
                  "chương Lao động hạng Ba của Công ty Cổ phần Tân Hòa.")
    assert (c["giver"], c["recipients"]) == (None, ["Công ty Cổ phần Tân Hòa"])  # the company welcomes it
    (c,) = _confs("T\n\nÔng Lê Văn Minh tổ chức lễ mừng thọ và đón nhận Huy hiệu 60 năm tuổi Đảng.")
    assert c["recipients"] == ["Lê Văn Minh"]


# ---------------------------------------------------------------- round 4 (h/givers4): givers by construction


def test_of_after_a_state_award_welcomed_in_a_ceremony_names_any_body_but_the_state_as_who_welcomes_it():
    for body in ("Hội Nông dân tỉnh Tân Hòa", "Huyện ủy Tân Hòa", "Liên đoàn Lao động tỉnh Tân Hòa", "Sở Y tế"):
        (c,) = _confs(f"T\n\nLễ đón nhận Huân chương Lao động hạng Ba của {body} diễn ra sáng nay.")
        assert (c["giver"], c["recipients"]) == (None, [body]), body
    (c,) = _confs("T\n\nLễ đón nhận danh hiệu Anh hùng Lao động của Hội Nông dân tỉnh Tân Hòa diễn ra sáng nay.")
    assert c["giver"] is None
    # a person named without a post welcomes any award, and receives it
    for lead in ("đồng chí ", "ông ", ""):
        (c,) = _confs(f"T\n\nLễ đón nhận Huy hiệu 70 năm tuổi Đảng của {lead}Lê Văn Minh diễn ra sáng nay.")
        assert (c["giver"], c["recipients"]) == (None, ["Lê Văn Minh"]), lead
    # the State, an office, or an authority of a lesser award still gives
    (c,) = _confs("T\n\nLễ đón nhận Huân chương Hữu nghị của Nhà nước Lào diễn ra sáng nay.")
    assert c["giver"] == "Nhà nước Lào"
    (c,) = _confs("T\n\nLễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước diễn ra sáng nay.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", [])
    (c,) = _confs("T\n\nLễ đón nhận Bằng khen của Sở Y tế diễn ra sáng nay.")
    assert (c["giver"], c["recipients"]) == ("Sở Y tế", [])


def test_a_plural_group_listed_over_a_colon_and_semicolons_receives_whole():
    for sep in (" ", ": "):
        (c,) = _confs(f"T\n\nDịp này, các đồng chí{sep}Trần Văn Nam, nguyên Phó Chủ tịch UBND tỉnh; Đỗ Văn Hải, nguyên "
                      "Giám đốc Sở Y tế được tặng Huy hiệu 60 năm tuổi Đảng.")
        assert c["recipients"] == ["Trần Văn Nam", "Đỗ Văn Hải"], sep
    # not a group that is the object of the clause before
    confs = _confs("T\n\nÔng Lê Văn Minh trao Bằng khen cho các đồng chí Trần Văn Nam; ông Đỗ Văn Hải được tặng "
                   "Huy hiệu 60 năm tuổi Đảng.")
    assert [c["recipients"] for c in confs] == [["Trần Văn Nam"], ["Đỗ Văn Hải"]]


def test_a_counted_plural_before_a_passive_is_no_lone_pronoun_for_the_speaker():
    (c,) = _confs("T\n\nÔng Lê Văn Minh, Bí thư Tỉnh ủy phát biểu chúc mừng 25 đồng chí được trao tặng Huy hiệu Đảng.")
    assert (c["giver"], c["recipients"]) == (None, [])
    (c,) = _confs("T\n\nÔng Lê Văn Minh sinh năm 1940. Nhiều năm liền, đồng chí được tặng Bằng khen.")
    assert c["recipients"] == ["Lê Văn Minh"]


def test_an_award_handed_over_by_another_official_to_other_receivers_borrows_no_authority():
    confs = _confs("T\n\nTại buổi lễ, ông Lê Văn Minh trao Bằng khen của Bộ Y tế cho các tập thể. Ông Trần Văn Nam, "
                   "Giám đốc Sở Y tế trao Bằng khen cho các cá nhân có thành tích.")
    assert [(c["giver"], c["presenter"]) for c in confs] == [("Bộ Y tế", "Lê Văn Minh"),
                                                             ("Trần Văn Nam", "Trần Văn Nam")]
    # an authority told with no one handing it over still lends it (here the two are one conferral)
    (c,) = _confs("T\n\nLễ trao Huân chương Lao động hạng Ba của Chủ tịch nước cho Công ty Tân Hòa diễn ra sáng nay. "
                  "Ông Lê Văn Minh trao Huân chương Lao động hạng Ba cho Công ty Tân Hòa.")
    assert (c["giver"], c["presenter"]) == ("Chủ tịch nước", "Lê Văn Minh")


def test_a_counted_group_before_a_passive_receives_and_the_body_before_it_does_not():
    (c,) = _confs("T\n\nTại buổi lễ, UBND tỉnh tổ chức lễ tôn vinh, 74 cá nhân được trao Bằng khen.")
    assert c["recipients"] == []
    (c,) = _confs("T\n\nÔng Lê Văn Minh và 7 đảng viên trong Đảng bộ được nhận Huy hiệu 30 năm tuổi Đảng.")
    assert c["recipients"] == ["Lê Văn Minh"]  # after "và" the group adds to the person named before


def test_the_body_of_an_office_that_acts_is_no_recipient():
    (c,) = _confs("T\n\nNhân dịp này, Chủ tịch UBND quận đã khen thưởng các giáo viên đạt danh hiệu Chiến sĩ thi đua.")
    assert c["recipients"] == []
    (c,) = _confs("T\n\nSở Y tế tỉnh Tân Hòa được tặng Bằng khen.")
    assert c["recipients"] == ["Sở Y tế tỉnh Tân Hòa"]


def test_a_list_of_events_parted_by_semicolons_ends_the_receivers():
    (c,) = _confs("T\n\nTỉnh được chọn là nơi tổ chức các hoạt động: Lễ trao tặng Huân chương của Nhà nước Việt Nam "
                  "cho lãnh đạo các tỉnh bạn; Ngày hội văn hóa biên giới lần thứ II; Hội thảo về hoạt động của Hội "
                  "đồng nhân dân các cấp.")
    assert (c["giver"], c["recipients"]) == ("Nhà nước Việt Nam", [])
    (c,) = _confs("T\n\nÔng Lê Văn Minh trao Huy hiệu 50 năm tuổi Đảng cho ông Trần Văn Nam; bà Đỗ Thị Hoa, nguyên Phó "
                  "Bí thư Huyện ủy.")
    assert c["recipients"] == ["Trần Văn Nam", "Đỗ Thị Hoa"]


def test_who_authorised_the_one_handing_it_over_gives_it_once():
    (c,) = _confs("T\n\nĐược Chủ tịch nước ủy quyền, ông Lê Văn Minh trao Huân chương Lao động hạng Ba cho Công ty "
                  "Tân Hòa.")
    assert (c["giver"], c["presenter"], c["recipients"]) == ("Chủ tịch nước", "Lê Văn Minh", ["Công ty Tân Hòa"])
    assert _posts("T\n\nĐược Chủ tịch nước ủy quyền, ông Lê Văn Minh trao Huân chương cho Công ty Tân Hòa.") == {}
    (c,) = _confs("T\n\nCông ty Tân Hòa được Chủ tịch nước tặng Huân chương Lao động hạng Ba.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", ["Công ty Tân Hòa"])


def test_the_passive_after_the_award_and_from_the_hands_of_name_the_giver():
    (c,) = _confs("T\n\nHuân chương Lao động hạng Ba được Chủ tịch nước trao tặng cho Công ty Tân Hòa.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", ["Công ty Tân Hòa"])
    for lead in ("từ", "từ tay"):
        (c,) = _confs(f"T\n\nÔng Lê Văn Minh nhận Bằng khen {lead} Bộ trưởng Bộ Y tế Trần Văn Nam.")
        assert (c["giver"], c["presenter"], c["recipients"]) == ("Trần Văn Nam", "Trần Văn Nam", ["Lê Văn Minh"])
    (c,) = _confs("T\n\nÔng Lê Văn Minh được tặng Bằng khen từ năm 2010.")  # a time, no one
    assert (c["giver"], c["recipients"]) == (None, ["Lê Văn Minh"])


def test_a_proper_name_written_in_lower_case_before_its_grade_is_the_awards_name():
    (c,) = _confs("T\n\nTrong danh sách đề nghị tặng thưởng huy chương chiến thắng hạng nhì có ông Lê Văn Minh.")
    assert c["names"] == ["Huy chương chiến thắng hạng nhì"]
    (d,) = _confs("T\n\nUBND huyện tặng huy chương cho các vận động viên.")
    assert d["names"] == ["Huy chương"]


def test_a_cup_spelled_without_its_accent_is_a_cup():
    (c,) = _confs("T\n\nBan tổ chức chọn 10 doanh nhân để trao Cup 10 doanh nhân trẻ xuất sắc 2016.")
    assert c["names"] == ["Cup 10 doanh nhân trẻ xuất sắc 2016"]


def test_a_cash_reward_with_its_word_quoted_is_a_cash_reward():
    for quoted in ("“nóng”", '"nóng"'):
        (c,) = _confs(f"T\n\nChủ tịch UBND tỉnh thưởng {quoted} 30 triệu đồng cho Ban chuyên án.")
        assert (c["names"], c["giver"]) == ([f"Thưởng {quoted} 30 triệu đồng"], "Chủ tịch UBND tỉnh")
