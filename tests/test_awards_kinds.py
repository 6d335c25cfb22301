"""Award conferrals, fourth round (issue 8, item 2): constructions seen in a hand-judged sample of corpus articles
outside every annotated split (scripts/corpus_awards.py). One neutral made-up example per construction."""

from test_awards_posts import _confs


def test_an_honour_of_the_state_keeps_its_quoted_name():
    (c,) = _confs("T\n\nSáng 2/3, UBND huyện Tân Lạc tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Người mẹ "
                  "kiên trung” cho bà Lò Thị Vân.")
    assert c["names"] == ["Danh hiệu vinh dự Nhà nước “Người mẹ kiên trung”"]
    assert c["recipients"] == ["Lò Thị Vân"]


def test_a_capitalised_name_after_a_general_order_or_a_medal_is_part_of_the_award():
    confs = _confs("T\n\nÔng Đặng Văn Tú từng được trao Huân chương KTN và huy chương Bạc.")
    assert sorted(n for c in confs for n in c["names"]) == ["Huy chương Bạc", "Huân chương KTN"]


def test_a_bare_title_or_prize_used_in_general_is_no_conferral():
    assert _confs("T\n\nÔng Hà Văn Long nói: giành được danh hiệu đã khó, giữ được danh hiệu còn khó hơn.") == []
    assert _confs("T\n\nNhiều cá nhân của đơn vị đã được Nhà nước trao tặng các danh hiệu và phần thưởng "
                  "cao quý.") == []


def test_huan_huy_chuong_names_orders_and_medals_in_general():
    confs = _confs("T\n\nÔng Lý Văn Sơn đã được tặng Huân chương Chiến công hạng Ba và nhiều Huân huy chương "
                   "cao quý khác.")
    assert [c["names"] for c in confs] == [["Huân chương Chiến công hạng Ba"]]


def test_a_lower_case_title_pinned_on_the_flag_of_a_unit():
    (c,) = _confs("T\n\nThay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch nước trân trọng gắn danh hiệu Anh hùng Lao "
                  "động lên lá cờ truyền thống của Công ty Cổ phần Vận tải Thái Hà.")
    assert c["names"] == ["Danh hiệu Anh hùng Lao động"]
    assert c["giver"] == "Nhà nước"
    assert c["recipients"] == ["Công ty Cổ phần Vận tải Thái Hà"]


def test_the_organiser_that_holds_the_award_ceremony_and_gives_after_a_comma():
    (c,) = _confs("T\n\nChiều 4/5, UBND tỉnh Bắc Kạn tổ chức khen thưởng, tặng Bằng khen cho ông Hoàng Văn Lộc.")
    assert c["giver"] == "UBND tỉnh Bắc Kạn"
    assert c["recipients"] == ["Hoàng Văn Lộc"]


def test_a_passive_giver_before_a_general_object_and_a_colon_gives_the_awards_listed():
    confs = _confs("T\n\nÔng Vi Văn Lực đã được Đảng, Nhà nước tặng thưởng nhiều phần thưởng cao quý: Huân chương "
                   "Kháng chiến hạng Nhì, Huân chương Lao động hạng Ba.")
    assert sorted((c["names"][0], c["giver"]) for c in confs) == [
        ("Huân chương Kháng chiến hạng Nhì", "Nhà nước"), ("Huân chương Kháng chiến hạng Nhì", "Đảng"),
        ("Huân chương Lao động hạng Ba", "Nhà nước"), ("Huân chương Lao động hạng Ba", "Đảng")]  # a joint giver
    assert all(c["recipients"] == ["Vi Văn Lực"] for c in confs)


def test_a_pronoun_subject_receives_rather_than_a_body_named_before_it():
    (c,) = _confs("T\n\nBà Đinh Thị Nhàn công tác tại Trường Tiểu học Hòa Bình. Nhiều năm liền, cô liên tục được "
                  "UBND huyện tặng danh hiệu giáo viên dạy giỏi.")
    assert c["recipients"] == ["Đinh Thị Nhàn"]


def test_the_venue_of_the_ceremony_is_no_recipient():
    (c,) = _confs("T\n\nSáng 5/6, tại Trung tâm Hội nghị tỉnh Yên Bái, Công ty CP Phúc Lộc tổ chức lễ kỷ niệm 20 năm "
                  "thành lập và đón nhận Huân chương Lao động hạng Ba.")
    assert c["recipients"] == ["Công ty CP Phúc Lộc"]


def test_the_signer_after_do_with_an_honorific_gives_the_award():
    (c,) = _confs("T\n\nTấm bằng khen do ông Lưu Văn Bình, Chủ tịch UBND huyện Mỹ Lộc ký được treo trang trọng "
                  "trong nhà bà Vũ Thị Hạnh.")
    assert c["giver"] == "Lưu Văn Bình"


def test_a_headline_in_single_quotes_and_the_text_in_double_quotes_tell_one_award():
    confs = _confs("Trao danh hiệu vinh dự Nhà nước 'Người mẹ kiên trung'\n\nSáng 2/3, UBND huyện Tân Lạc trao "
                   "danh hiệu vinh dự Nhà nước “Người mẹ kiên trung” cho bà Lò Thị Vân.")
    assert len(confs) == 1 and confs[0]["giver"] == "UBND huyện Tân Lạc"


def test_the_signer_who_heads_the_body_and_the_body_are_one_authority():
    (c,) = _confs("T\n\nBằng khen của UBND tỉnh Hà Giang tặng bà Vàng Thị Mai. Tấm bằng khen do ông Lục Văn An, "
                  "Chủ tịch UBND tỉnh Hà Giang ký được bà Mai treo trang trọng.")
    assert c["giver"] == "UBND tỉnh Hà Giang" and c["recipients"] == ["Vàng Thị Mai"]


def test_the_official_who_hands_over_in_the_passive_leaves_the_authority_to_the_body():
    (c,) = _confs("T\n\nAnh Lò Văn Tám được UBND huyện Mường La trao giấy khen. Anh Tám vừa được ông Cầm Văn Hải, "
                  "Chủ tịch UBND huyện này trao giấy khen.")
    assert (c["giver"], c["presenter"]) == ("UBND huyện Mường La", "Cầm Văn Hải")


def test_the_receiving_flag_ends_before_the_reason():
    (c,) = _confs("T\n\nChủ tịch nước gắn Huân chương Lao động hạng Nhì lên lá cờ truyền thống của Công ty Cổ phần "
                  "Vận tải Thái Hà, ghi nhận thành tích xuất sắc của Đảng bộ và cán bộ công ty.")
    assert c["recipients"] == ["Công ty Cổ phần Vận tải Thái Hà"]


def test_the_passive_agent_is_the_one_after_the_duoc_nearest_the_verb():
    confs = _confs("T\n\nCông ty được nhiều bằng khen đạt được thành tích cao. - Được Bộ Công Thương và Công đoàn "
                   "ngành Công Thương tặng Cờ thi đua xuất sắc.")
    assert sorted(c["giver"] for c in confs if c["names"][0].startswith("Cờ")) == ["Bộ Công Thương",
                                                                                 "Công đoàn ngành Công Thương"]


def test_grades_listed_in_parentheses_are_one_award_each():
    confs = _confs("T\n\nCông ty đã 3 lần được Chủ tịch nước tặng Huân chương Lao động (hạng Nhất, Nhì, Ba).")
    assert sorted(c["names"][0] for c in confs) == ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì",
                                                    "Huân chương Lao động hạng Nhất"]
    assert {c["giver"] for c in confs} == {"Chủ tịch nước"}


def test_the_one_praised_after_the_award_receives_it_and_hands_nothing_over():
    confs = _confs("T\n\nUBND xã Tân Lập đã tặng giấy khen và tuyên dương em Hà Thị Lan trước toàn trường. ...trao "
                   "giấy khen của UBND xã Tân Lập cho Lan.")
    assert confs and all(c["presenter"] != "Hà Thị Lan" for c in confs)
    assert any(c["recipients"] == ["Hà Thị Lan"] for c in confs)
