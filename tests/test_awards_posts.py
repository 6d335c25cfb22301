"""Award conferrals and posts that reach several people: one neutral example per construction (made up,
not from the corpus or the reference report)."""

from helpers import event_labels, run

from kg.extract.facts import Lit, Ref


def _confs(text: str) -> list[dict]:
    res = run(text)
    ents = res.links.entities
    out = []
    for f in res.facts:
        if f.cls != "AwardConferral":
            continue
        labels = [v.value for p, v in f.props if p in ("rdfs:label", "skos:altLabel") and isinstance(v, Lit)
                  and v.lang == "vi"]
        giver = [ents[v.id].label for p, v in f.props if p == "vnr:conferredBy" and isinstance(v, Ref)]
        rec = sorted(ents[v.id].label for p, v in f.props if p == "vnr:recipient" and isinstance(v, Ref))
        presenter = [ents[v.id].label for p, v in f.props if p == "vnr:presentedBy" and isinstance(v, Ref)]
        out.append({"names": labels, "giver": giver[0] if giver else None, "kind": giver and ents[
            next(v.id for p, v in f.props if p == "vnr:conferredBy")].kind, "recipients": rec,
            "presenter": presenter[0] if presenter else None})
    return out


def _posts(text: str) -> dict[str, set[str]]:
    res = run(text)
    ents = res.links.entities
    out: dict[str, set[str]] = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            person = next(ents[v.id].label for p, v in f.props if p == "org:member")
            post = next(ents[v.id].label for p, v in f.props if p == "vnr:post")
            out.setdefault(person, set()).add(post)
    return out


def test_order_with_grade_given_by_an_office_to_a_named_person():
    (c,) = _confs("T\n\nSáng 3/4, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho ông Trần Văn Khải.")
    assert c["names"] == ["Huân chương Lao động hạng Nhì"]
    assert (c["giver"], c["kind"]) == ("Chủ tịch nước", "post")  # the office itself: nobody holds it in the text
    assert c["recipients"] == ["Trần Văn Khải"]


def test_badge_years_and_passive_recipient():
    (c,) = _confs("T\n\nBà Phạm Thị Hoa được tặng huy hiệu 40 năm tuổi Đảng.")
    assert c["names"] == ["Huy hiệu 40 năm tuổi Đảng"]
    assert c["giver"] is None and c["recipients"] == ["Phạm Thị Hoa"]


def test_certificate_of_an_authority_handed_over_by_an_official():
    (c,) = _confs("T\n\nÔng Lê Minh Tâm, Chủ tịch UBND tỉnh Hòa Bình trao Bằng khen của Thủ tướng Chính phủ "
                  "cho 3 tập thể.")
    assert c["giver"] == "Thủ tướng Chính phủ"  # "của X": the conferring authority, not the one handing it over
    assert "Bằng khen của Thủ tướng Chính phủ" in c["names"]


def test_flag_of_the_government_received_by_a_body():
    (c,) = _confs("T\n\nCông ty Cổ phần Sông Đà cũng đã được nhận Cờ thi đua của Chính phủ.")
    assert c["giver"] == "Chính phủ" and c["recipients"] == ["Công ty Cổ phần Sông Đà"]
    assert "Cờ thi đua của Chính phủ" in c["names"]


def test_open_title_name_stops_at_the_clause_and_keeps_its_year():
    (c,) = _confs("T\n\nTrường Tiểu học Kim Đồng đạt danh hiệu tập thể lao động xuất sắc năm 2016 vì có nhiều "
                  "thành tích.")
    assert c["names"] == ["Danh hiệu tập thể lao động xuất sắc năm 2016"]


def test_authorised_giver_and_an_active_subject():
    (a,) = _confs("T\n\nThừa ủy quyền của Chủ tịch nước, ông Hồ Văn Lâm trao Huân chương Độc lập hạng Ba "
                  "cho ông Đỗ Minh Tuấn.")
    assert a["giver"] == "Chủ tịch nước" and a["recipients"] == ["Đỗ Minh Tuấn"]
    (b,) = _confs("T\n\nGiám đốc Sở Y tế tỉnh Yên Bái đã tặng Giấy khen cho bà Lò Thị Mai.")
    assert b["giver"] == "Giám đốc Sở Y tế tỉnh Yên Bái" and b["recipients"] == ["Lò Thị Mai"]


def test_two_grades_of_one_order_stay_two_conferrals():
    confs = _confs("T\n\nÔng Vi Văn Hải nhận huy hiệu 60 năm tuổi Đảng. Bà Mai Thị Thu nhận huy hiệu 40 năm tuổi Đảng.")
    assert sorted(n for c in confs for n in c["names"]) == ["Huy hiệu 40 năm tuổi Đảng", "Huy hiệu 60 năm tuổi Đảng"]


def test_plural_title_heads_a_list():
    posts = _posts("T\n\nDự hội nghị có các Phó Thủ tướng Lê Văn Khang, Đào Minh Quý và Hà Thị Lan.")
    assert all("Phó Thủ tướng" in posts[n] for n in ("Lê Văn Khang", "Đào Minh Quý", "Hà Thị Lan"))


def test_plural_title_with_a_colon_reaches_members_with_their_own_posts():
    posts = _posts("T\n\nTham dự có các đồng chí Ủy viên Bộ Chính trị: Trịnh Văn Tùng, Bộ trưởng Bộ Nội vụ; "
                   "Ngô Thị Hạnh, Bí thư Thành ủy Hải Phòng cùng ông Vũ Văn Sơn.")
    assert posts["Trịnh Văn Tùng"] == {"Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Nội vụ"}
    assert posts["Ngô Thị Hạnh"] == {"Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hải Phòng"}
    assert "Vũ Văn Sơn" not in posts  # after "cùng": outside the list


def test_two_people_elected_to_one_post():
    posts = _posts("T\n\nHĐND tỉnh đã bầu ông Mạc Văn Bình và ông Lưu Đức Hòa giữ chức "
                   "Phó Chủ tịch UBND tỉnh Lạng Sơn.")
    assert posts["Mạc Văn Bình"] == posts["Lưu Đức Hòa"] == {"Phó Chủ tịch UBND tỉnh Lạng Sơn"}


def test_title_without_a_known_body_keeps_the_name_after_it():
    posts = _posts("T\n\nÔng Hoàng Văn Nam, Tổng giám đốc Cty Thép Bắc Hà cho biết sản lượng tăng.")
    assert posts["Hoàng Văn Nam"] == {"Tổng giám đốc Cty Thép Bắc Hà"}


def test_post_stops_at_a_verb():
    posts = _posts("T\n\nÔng Đinh Công Lý, Trưởng Ban Dân vận Tỉnh ủy tin tưởng phong trào sẽ phát triển.")
    assert posts["Đinh Công Lý"] == {"Trưởng Ban Dân vận Tỉnh ủy"}


def test_a_short_form_of_a_post_joins_the_fuller_post():
    res = run("T\n\nÔng Phan Văn Đức, Bí thư Thành ủy Vinh phát biểu. Bí thư Phan Văn Đức nhấn mạnh ba nhiệm vụ.")
    posts = [e.label for e in res.links.entities.values() if e.kind == "post"]
    assert posts == ["Bí thư Thành ủy Vinh"]


def test_a_post_with_the_initials_of_the_fuller_posts_place_joins_it():
    res = run("T\n\nChủ tịch UBND TP Hòa Lâm Trịnh Văn Khôi yêu cầu báo cáo. Chủ tịch HL Trịnh Văn Khôi nói thêm.")
    assert [e.label for e in res.links.entities.values() if e.kind == "post"] == ["Chủ tịch UBND TP Hòa Lâm"]
    res = run("T\n\nChủ tịch UBND TP Hòa Lâm Trịnh Văn Khôi yêu cầu báo cáo. Chủ tịch TL Trịnh Văn Khôi nói thêm.")
    assert sorted(e.label for e in res.links.entities.values() if e.kind == "post") == [
        "Chủ tịch TL", "Chủ tịch UBND TP Hòa Lâm"]  # initials of no run of the fuller post's words: kept apart


def _people(text: str) -> list[str]:
    return sorted(e.label for e in run(text).links.entities.values() if e.kind == "person")


def test_two_syllable_names_in_a_list_of_people_but_not_of_places():
    assert _people("T\n\nNhóm có các thành viên: Nguyễn Văn Khải, Tô Hoài, Hồ Thiện Ngôn và Lê Vân.") == [
        "Hồ Thiện Ngôn", "Lê Vân", "Nguyễn Văn Khải", "Tô Hoài"]
    assert "Lê Lợi" not in _people("T\n\nĐoàn đi qua các tuyến đường gồm: Trần Hưng Đạo, Lê Lợi và Phan Bội Châu.")


def test_a_foreign_name_after_an_abbreviated_title_and_a_name_after_a_title_ending_in_a_capital():
    assert _people("T\n\nHLV Marco Bellini cho biết đội sẽ tập luyện.") == ["Marco Bellini"]
    assert _people("T\n\nDự có nguyên Bí thư Trung ương Đảng Trịnh Văn Khải.") == ["Trịnh Văn Khải"]


def test_a_name_hyphened_to_its_title():
    posts = _posts("T\n\nÔng Lý Văn Hùng-Chủ tịch UBND huyện Mộc Châu phát biểu.")
    assert posts["Lý Văn Hùng"] == {"Chủ tịch UBND huyện Mộc Châu"}


def test_an_event_is_named_by_its_whole_complement_and_no_more():
    assert event_labels("T\n\nSáng 2/3, Sở Tư pháp tổ chức Lễ kỷ niệm 20 năm thành lập Sở Tư pháp tỉnh Hà Giang tại "
                        "hội trường.", None) == ["Lễ kỷ niệm 20 năm thành lập Sở Tư pháp tỉnh Hà Giang"]


def test_a_head_followed_by_a_clause_is_no_named_event():
    for text in ("T\n\nTại buổi gặp mặt, các đại biểu đã thảo luận sôi nổi.",
                 "T\n\nBuổi làm việc hôm nay, chúng tôi mong muốn hợp tác lâu dài.",
                 "T\n\nCuộc họp trở thành cuộc tranh luận kéo dài."):
        assert all(len(name.split()) <= 3 for name in event_labels(text, None)), event_labels(text, None)


def test_several_authorities_each_give_their_own_award():
    confs = _confs("T\n\nÔng Đỗ Văn Tài đã được Thủ tướng Chính phủ, Bộ Y tế và UBND tỉnh Nam Định tặng "
                   "nhiều bằng khen.")
    assert sorted(c["giver"] for c in confs) == ["Bộ Y tế", "Thủ tướng Chính phủ", "UBND tỉnh Nam Định"]
    assert all(c["recipients"] == ["Đỗ Văn Tài"] for c in confs)


def test_copula_and_a_dash_before_the_body():
    posts = _posts("T\n\nÔng Lâm Văn Tú là Giám đốc Sở Xây dựng tỉnh Cà Mau. Bà Hà Thị Nga, Phó Chánh Văn phòng - "
                   "Tổng cục Thủy lợi cho biết.")
    assert posts["Lâm Văn Tú"] == {"Giám đốc Sở Xây dựng tỉnh Cà Mau"}
    assert posts["Hà Thị Nga"] == {"Phó Chánh Văn phòng - Tổng cục Thủy lợi"}


def test_a_name_stops_before_a_capitalised_word_that_opens_the_next_clause():
    assert _people("T\n\nPhó Chủ tịch UBND tỉnh Đinh Văn Hải Tại buổi làm việc đã nêu rõ.") == ["Đinh Văn Hải"]


def _holdings(text: str) -> dict[tuple[str, str], bool]:
    """(person, post) → whether the holding is marked former."""
    res = run(text)
    ents = res.links.entities
    out = {}
    for f in res.facts:
        if f.cls == "PostHolding":
            props = dict(f.props)
            out[(ents[props["org:member"].id].label, ents[props["vnr:post"].id].label)] = "vnr:former" in props
    return out


def test_dismissal_keeps_the_post_marked_former():
    h = _holdings("T\n\nHĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Đinh Công Thạch.")
    assert h == {("Đinh Công Thạch", "Phó Chủ tịch UBND tỉnh"): True}


def test_resignation_and_thoi_giu_chuc_mark_the_post_former_the_new_one_current():
    h = _holdings("T\n\nBà Vũ Thị Lan thôi giữ chức Giám đốc Sở Y tế để nhận nhiệm vụ mới. "
                  "Ông Tạ Quốc Hưng xin từ chức Chủ tịch HĐND huyện.")
    assert h[("Vũ Thị Lan", "Giám đốc Sở Y tế")] is True
    assert h[("Tạ Quốc Hưng", "Chủ tịch HĐND huyện")] is True
    current = _holdings("T\n\nÔng Tạ Quốc Hưng giữ chức Chủ tịch HĐND huyện.")
    assert current == {("Tạ Quốc Hưng", "Chủ tịch HĐND huyện"): False}


def test_nguyen_before_a_title_marks_the_holding_former_not_the_post():
    h = _holdings("T\n\nDự buổi gặp có ông Lò Văn Sáu, nguyên Phó Bí thư Huyện ủy.")
    assert h == {("Lò Văn Sáu", "Phó Bí thư Huyện ủy"): True}


def test_a_former_and_a_current_holder_share_one_post_named_without_nguyen():
    res = run("T\n\nÔng Lò Văn Sáu, nguyên Chủ tịch UBND tỉnh Hà Nam và ông Vi Văn Bảy, Chủ tịch UBND tỉnh Hà Nam "
              "dự họp.")
    ents = res.links.entities
    holdings = {ents[dict(f.props)["org:member"].id].label: dict(f.props) for f in res.facts if f.cls == "PostHolding"}
    assert set(holdings) == {"Lò Văn Sáu", "Vi Văn Bảy"}
    assert holdings["Lò Văn Sáu"]["vnr:post"] == holdings["Vi Văn Bảy"]["vnr:post"]
    post = ents[holdings["Vi Văn Bảy"]["vnr:post"].id]
    assert post.label == "Chủ tịch UBND tỉnh Hà Nam"
    assert "nguyên Chủ tịch UBND tỉnh Hà Nam" in post.attrs["forms"].split("\n")  # the written form: skos:altLabel
    assert "vnr:former" in holdings["Lò Văn Sáu"] and "vnr:former" not in holdings["Vi Văn Bảy"]


def test_kiem_joins_two_posts_before_and_after_the_name():
    # "X kiêm Y" without a comma is one post (shared/eval/README.md: each comma-separated title is a post)
    before = _holdings("T\n\nPhó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng Hồ Văn Khánh cho biết.")
    assert before == {("Hồ Văn Khánh", "Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng"): False}
    after = _holdings("T\n\nÔng Hồ Văn Khánh, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng cho biết.")
    assert after == before
    # "và" between two titles still splits them: they may belong to two people
    assert _holdings("T\n\nGiám đốc Sở Nội vụ và Phó Giám đốc Sở Tư pháp Hồ Văn Khánh dự họp.") == {
        ("Hồ Văn Khánh", "Phó Giám đốc Sở Tư pháp"): False}


# ---------------------------------------------------------------- award conferrals, second round


def _by_name(confs: list[dict]) -> dict[str, dict]:
    return {c["names"][0]: c for c in confs}


def test_a_badge_of_several_years_is_one_conferral_per_year():
    confs = _by_name(_confs("T\n\nÔng Hà Văn Lộc nhận Huy hiệu 45 năm và 50 năm tuổi Đảng. "
                            "Bí thư Huyện ủy Đào Minh Khang trao huy hiệu 60, 55 năm tuổi Đảng cho các đảng viên."))
    assert sorted(confs) == ["Huy hiệu 45 năm tuổi Đảng", "Huy hiệu 50 năm tuổi Đảng", "Huy hiệu 55 năm tuổi Đảng",
                             "Huy hiệu 60 năm tuổi Đảng"]
    assert confs["Huy hiệu 45 năm tuổi Đảng"]["recipients"] == ["Hà Văn Lộc"]
    assert confs["Huy hiệu 50 năm tuổi Đảng"]["recipients"] == ["Hà Văn Lộc"]
    assert confs["Huy hiệu 60 năm tuổi Đảng"]["giver"] == "Đào Minh Khang"


def test_recipients_listed_with_semicolons_until_a_verb_opens_the_next_clause():
    confs = _by_name(_confs("T\n\nHai đồng chí nhận Huy hiệu 65 năm tuổi Đảng gồm nguyên Bí thư Tỉnh ủy Lương Văn "
                            "Tâm; nguyên Chủ tịch UBND tỉnh Kiều Minh Đức; nguyên Giám đốc Sở Tài chính Vi Thị Lan "
                            "nhận Huy hiệu 40 năm tuổi Đảng."))
    assert confs["Huy hiệu 65 năm tuổi Đảng"]["recipients"] == ["Kiều Minh Đức", "Lương Văn Tâm"]
    assert confs["Huy hiệu 40 năm tuổi Đảng"]["recipients"] == ["Vi Thị Lan"]


def test_recipients_stop_at_the_closing_quote_of_a_quotation():
    # awards50: a past report ("vừa trao"); "sẽ trao" tells an award still to come, no conferral (test_awards50.py)
    (c,) = _confs("T\n\n“Tuần qua, tỉnh vừa trao bằng khen cho hai em học sinh”, bà Nông Thị Hiền cho biết.")
    assert c["recipients"] == [] and c["giver"] is None


def test_an_award_in_apposition_describes_the_person_before_it():
    (c,) = _confs("T\n\nĐoàn đến thăm gia đình ông Triệu Văn Sinh, thương binh, Huy hiệu 65 năm tuổi Đảng ở xã Tân "
                  "Lập và tặng quà.")
    assert c["recipients"] == ["Triệu Văn Sinh"] and c["giver"] is None


def test_a_badge_named_fully_takes_the_giver_of_the_badge_named_generally_for_the_same_person():
    confs = _by_name(_confs("T\n\nBà Lục Thị Na nhận Huy hiệu 55 năm tuổi Đảng. Tại buổi lễ, Bí thư Tỉnh ủy Hoàng "
                            "Văn Quý đã trao Huy hiệu Đảng cho bà Lục Thị Na; ông Tạ Văn Cường."))
    assert confs["Huy hiệu 55 năm tuổi Đảng"]["giver"] == "Hoàng Văn Quý"
    assert confs["Huy hiệu Đảng"]["recipients"] == ["Lục Thị Na", "Tạ Văn Cường"]


def test_the_organiser_of_the_ceremony_gives_the_award():
    confs = _confs("T\n\nTối 2/3, Hội Doanh nhân trẻ Việt Nam tổ chức lễ trao giải danh hiệu Nhà nông sáng tạo năm "
                   "2018 cho 50 nông dân.")
    assert [(c["names"][0], c["giver"]) for c in confs] == [("Danh hiệu Nhà nông sáng tạo năm 2018",
                                                            "Hội Doanh nhân trẻ Việt Nam")]
    (c,) = _confs("T\n\nNgày 9/6, Sở Y tế (SYT) tổ chức tổng kết và trao Giải thưởng Thầy thuốc trẻ năm 2018.")
    assert c["giver"] == "Sở Y tế"


def test_awards_coordinated_after_one_verb_share_its_giver():
    confs = _confs("T\n\nTrường đã nhận Bằng khen của Bộ Giáo dục và Đào tạo; UBND tỉnh tặng Cờ thi đua năm 2015 "
                   "và Bằng khen năm 2016.")
    assert [c["giver"] for c in confs] == ["Bộ Giáo dục và Đào tạo", "UBND tỉnh", "UBND tỉnh"]


def test_an_open_name_keeps_its_quoted_title_edition_and_years():
    (c,) = _confs("T\n\nBáo Nhân Dân trao Giải báo chí “Vì biển đảo quê hương” lần thứ IV năm 2016 - 2017 tại Hà Nội.")
    assert c["names"] == ["Giải báo chí “Vì biển đảo quê hương” lần thứ IV năm 2016 - 2017"]
    (d,) = _confs("T\n\nAnh Vi Đức Hậu đạt Giải Nhì hội thi tin học trẻ toàn quốc lần thứ XII năm 2015.")
    assert d["names"] == ["Giải Nhì hội thi tin học trẻ toàn quốc lần thứ XII năm 2015"]


def test_a_title_kept_is_named_whole_and_a_sentence_end_is_not_part_of_it():
    (c,) = _confs("T\n\nĐể giữ vững danh hiệu Đảng bộ xuất sắc, xã Hưng Đạo tiếp tục đổi mới.")
    assert c["names"] == ["Danh hiệu Đảng bộ xuất sắc"]
    (d,) = _confs("T\n\nCả 120 hộ của thôn đạt danh hiệu Gia đình văn hóa.")
    assert d["names"] == ["Danh hiệu Gia đình văn hóa"]


def test_a_letter_of_commendation_sent_by_an_official():
    (c,) = _confs("T\n\nĐại tướng Phan Văn Khôi, Bộ trưởng Bộ Quốc phòng đã gửi thư khen đơn vị.")
    assert c["names"] == ["Thư khen"] and c["giver"] == "Phan Văn Khôi"


def test_a_lone_ong_before_duoc_is_the_person_named_last():
    confs = _confs("T\n\nÔng Mạc Văn Tình làm tổ trưởng tổ dân phố từ năm 2010. Năm 2016, ông được UBND huyện "
                   "tặng danh hiệu “Công dân tiêu biểu”.")
    assert [(c["giver"], c["recipients"]) for c in confs] == [("UBND huyện", ["Mạc Văn Tình"])]


def test_the_ceremony_names_the_authority_and_another_sentence_the_official_who_hands_it_over():
    confs = _confs("T\n\nSáng 4/5, tỉnh Hà Nam tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước "
                   "tặng Bệnh viện Đa khoa tỉnh. Ông Phạm Văn Tùng, Bí thư Tỉnh ủy trao Huân chương Lao động hạng "
                   "Nhì cho Bệnh viện Đa khoa tỉnh.")
    assert [(c["giver"], c["kind"], c["presenter"]) for c in confs] == [("Chủ tịch nước", "post", "Phạm Văn Tùng")]
    (c,) = _confs("T\n\nÔng Phạm Văn Tùng trao Bằng khen cho bà Lê Thị Hoa. Ông Phạm Văn Tùng trao Bằng khen "
                  "cho ông Lý Văn Hải.")
    assert (c["giver"], c["presenter"]) == ("Phạm Văn Tùng", "Phạm Văn Tùng")  # he alone: giver and presenter


def test_the_one_who_hands_it_over_joins_no_award_of_two_authorities():
    confs = _confs("T\n\nCông ty nhận Bằng khen của Bộ Công Thương, Bằng khen của UBND tỉnh. Ông Phạm Văn Tùng "
                   "trao Bằng khen cho công ty.")
    assert sorted(str(c["giver"]) for c in confs) == ["Bộ Công Thương", "Phạm Văn Tùng", "UBND tỉnh"]


def test_an_authority_led_into_by_common_words_and_the_official_on_its_behalf():
    (c,) = _confs("T\n\nThay mặt lãnh đạo Đảng, Nhà nước, Phó Chủ tịch nước Võ Thị Hạnh trao Huân chương Lao động "
                  "hạng Nhì cho Trường Đại học Sư phạm.")
    assert (c["giver"], c["presenter"]) == ("Nhà nước", "Võ Thị Hạnh")
    # the Party and the State as the joint giver (one conferral each, as for any list of givers)
    confs = _confs("T\n\nÔng Hồ Văn Tư được Đảng và Nhà nước tặng Huân chương Kháng chiến hạng Nhất.")
    assert sorted(d["giver"] for d in confs) == ["Nhà nước", "Đảng"]
    assert all(d["recipients"] == ["Hồ Văn Tư"] for d in confs)


def test_a_person_after_doi_voi_is_no_giver():
    (c,) = _confs("T\n\nRiêng đối với đồng chí Mông Văn Tài, do điều kiện sức khỏe, lãnh đạo huyện đến nhà riêng "
                  "để trao Huy hiệu 70 năm tuổi Đảng cho đồng chí.")
    assert c["giver"] is None


def test_authorities_listed_after_nhu_each_give_their_own_award():
    confs = _confs("T\n\nHợp tác xã đã nhận nhiều bằng khen của các bộ, ngành như: Bộ Y tế; UBND tỉnh; đạt Giải Nhì "
                   "hội chợ nông sản năm 2016.")
    assert [(c["names"][0], c["giver"]) for c in confs] == [
        ("Bằng khen", "Bộ Y tế"), ("Bằng khen", "UBND tỉnh"), ("Giải Nhì hội chợ nông sản năm 2016", None)]


def test_two_titles_after_a_plural_marker_are_two_awards():
    confs = _confs("T\n\nNhà máy vinh dự được phong tặng hai danh hiệu Anh hùng Lao động và Đơn vị Quyết thắng.")
    assert sorted(c["names"][0] for c in confs) == ["Danh hiệu Anh hùng Lao động", "Đơn vị Quyết thắng"]
    (c,) = _confs("T\n\nNhà máy được tặng danh hiệu Anh hùng Lao động và Bằng khen.")[:1]
    assert c["names"] == ["Danh hiệu Anh hùng Lao động"]  # no plural: "và" joins another award, not a title


def test_an_order_pinned_on_behalf_of_the_party_and_the_state():
    (c,) = _confs("T\n\nThay mặt Đảng, Nhà nước, Chủ tịch nước Lê Văn Dũng đã trân trọng gắn Huân chương Độc lập hạng "
                  "Nhì lên lá cờ truyền thống của tỉnh.")
    assert (c["names"][0], c["giver"], c["presenter"]) == ("Huân chương Độc lập hạng Nhì", "Nhà nước", "Lê Văn Dũng")
    (d,) = _confs("T\n\nChủ tịch nước Lê Văn Dũng đã gắn Huân chương Độc lập hạng Nhì lên lá cờ của tỉnh.")
    assert d["giver"] == "Lê Văn Dũng"


def test_a_cup_is_an_award_with_an_open_name():
    (c,) = _confs("T\n\nĐội bóng xã Tân Lập giành Cúp Nông dân khỏe năm 2016.")
    assert c["names"] == ["Cúp Nông dân khỏe năm 2016"]


def test_a_ceremony_of_receiving_has_no_subject_and_doi_voi_ends_an_open_name():
    (c,) = _confs("T\n\nChủ tịch tỉnh Lò Văn Puốn phát biểu tại Lễ đón nhận danh hiệu Anh hùng Lao động của xã.")
    assert c["recipients"] == []
    (d,) = _confs("T\n\nTỉnh đề nghị phong tặng danh hiệu Bà mẹ Việt Nam Anh hùng đối với 12 mẹ.")
    assert d["names"] == ["Danh hiệu Bà mẹ Việt Nam Anh hùng"]


def test_a_passive_giver_shared_by_a_list_of_awards_and_a_revoked_award_is_no_conferral():
    confs = _confs("T\n\nÔng Phan Văn Hùng được Nhà nước tặng Huân chương HCM, Huân chương Lao động hạng Nhất và "
                   "Huy hiệu 60 năm tuổi Đảng.")
    assert [c["giver"] for c in confs] == ["Nhà nước", "Nhà nước", "Nhà nước"]
    assert _confs("T\n\nChủ tịch nước đã ký quyết định hủy bỏ Quyết định khen thưởng Huân chương Lao động hạng Ba "
                  "đối với ông Lê Văn Bình.") == []


def test_the_fallback_giver_stands_before_the_give_verb_nearest_the_award():
    (c,) = _confs("T\n\nÔng Hà Văn Tiến trao hoa chúc mừng và bà Lê Thị Mai được các cơ quan tặng nhiều Bằng khen.")
    assert c["giver"] is None


def test_the_authority_of_a_ceremony_for_orders_in_general_gives_each_order_handed_over():
    confs = _by_name(_confs("T\n\nLễ trao tặng Huân chương của Chủ tịch nước cho cán bộ tỉnh Lạng Sơn. Tại buổi lễ, "
                            "Phó Chủ tịch nước Võ Thị Hạnh trao Huân chương Lao động hạng Ba cho ông Hoàng Văn Tâm và "
                            "Huân chương Lao động hạng Nhì cho ông Lương Văn Đức."))
    for name in ("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì"):
        assert (confs[name]["giver"], confs[name]["presenter"]) == ("Chủ tịch nước", "Võ Thị Hạnh")


def test_an_official_who_hands_over_to_other_receivers_keeps_his_own_award():
    confs = _confs("T\n\nCông ty nhận Bằng khen của Thủ tướng cho 5 cá nhân. Ông Phạm Văn Tùng, Chủ tịch UBND tỉnh "
                   "trao Bằng khen cho 10 tập thể.")
    assert sorted(c["giver"] for c in confs) == ["Phạm Văn Tùng", "Thủ tướng"]


def test_a_decision_to_confer_and_an_authorisation_without_thua():
    (c,) = _confs("T\n\nUBND tỉnh Bắc Kạn đã ký quyết định tặng Bằng khen cho 12 tập thể.")
    assert c["giver"] == "UBND tỉnh Bắc Kạn"
    (d,) = _confs("T\n\nĐược sự ủy quyền của Chủ tịch nước, ông Trần Văn Minh trao Huân chương Độc lập hạng Ba cho "
                  "Sở Y tế.")
    assert (d["giver"], d["presenter"]) == ("Chủ tịch nước", "Trần Văn Minh")


def test_recipients_named_by_their_given_names_alone():
    confs = _confs("T\n\nHai học sinh Lê Văn Khoa và Đinh Thị Hằng đã cứu một em bé. Khoa và Hằng, hai học sinh lớp "
                   "9, được UBND huyện tặng giấy khen.")
    assert [(c["giver"], c["recipients"]) for c in confs] == [("UBND huyện", ["Lê Văn Khoa", "Đinh Thị Hằng"])]


def test_badges_and_recipients_listed_alike_pair_in_order_and_share_the_verb_across_a_semicolon():
    confs = _by_name(_confs("T\n\nBí thư Tỉnh ủy Vương Văn Bình trao Huy hiệu 70 năm tuổi Đảng cho ông Lò Văn Sơn; "
                            "Huy hiệu 60 năm và 50 năm tuổi Đảng cho các ông Trần Văn Hưng và Phạm Văn Thái."))
    assert {n: (c["giver"], c["recipients"]) for n, c in confs.items()} == {
        "Huy hiệu 70 năm tuổi Đảng": ("Vương Văn Bình", ["Lò Văn Sơn"]),
        "Huy hiệu 60 năm tuổi Đảng": ("Vương Văn Bình", ["Trần Văn Hưng"]),
        "Huy hiệu 50 năm tuổi Đảng": ("Vương Văn Bình", ["Phạm Văn Thái"])}


def test_the_speaker_of_a_reported_clause_is_no_giver():
    (c,) = _confs("T\n\nÔng Hoàng Văn Sáu cho rằng, việc tỉnh trao Huy hiệu Đảng hôm nay là sự động viên lớn.")
    assert c["giver"] is None


def test_a_title_alone_gives_as_its_present_holder_not_a_former_one():
    confs = _by_name(_confs("T\n\nThủ tướng Chính phủ Lê Minh Khang dự lễ cùng nguyên Thủ tướng Chính phủ Hồ Văn Đạt. "
                            "Thủ tướng cũng trao Huy hiệu 60 năm tuổi Đảng cho ông Lý Văn Hòa."))
    assert confs["Huy hiệu 60 năm tuổi Đảng"]["giver"] == "Lê Minh Khang"


def test_the_receiver_between_the_verb_and_the_award_and_recipients_after_toi_or_an_abbreviated_place():
    (c,) = _confs("T\n\nChủ tịch nước đã truy tặng liệt sĩ Lê Văn Tám danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert (c["giver"], c["recipients"]) == ("Chủ tịch nước", ["Lê Văn Tám"])
    (d,) = _confs("T\n\nUBND tỉnh trao Bằng khen tới ông Lê Văn Hải, Giám đốc Sở Y tế TP.HCM và bà Phan Thị Thủy.")
    assert d["recipients"] == ["Lê Văn Hải", "Phan Thị Thủy"]


def test_the_official_named_before_a_chain_of_posts_hands_the_award_over():
    (c,) = _confs("T\n\nThay mặt lãnh đạo Đảng và Nhà nước, bà Hà Thị Lan, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận "
                  "Trung ương trao tặng Huân chương Lao động hạng Ba cho Bưu điện tỉnh.")
    assert (c["giver"], c["presenter"]) == ("Nhà nước", "Hà Thị Lan")


def test_the_receivers_named_in_the_next_sentence_and_a_decision_signed_is_no_handing_over():
    (c,) = _confs("T\n\nChủ tịch UBND tỉnh Lê Văn Hùng đã ký quyết định tặng Bằng khen cho 2 tập thể và 3 cá nhân. "
                  "Các cá nhân được khen thưởng gồm ông Nguyễn Văn An, bà Trần Thị Bình và ông Lý Văn Cao.")
    assert c["recipients"] == ["Lý Văn Cao", "Nguyễn Văn An", "Trần Thị Bình"]
    assert (c["giver"], c["presenter"]) == ("Lê Văn Hùng", None)


def test_a_badge_received_right_after_others_handed_over_by_one_official_is_from_him():
    confs = _by_name(_confs("T\n\nBí thư Quận ủy Trần Văn Sơn trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Văn "
                            "An. Đồng chí Lê Thị Hoa nhận Huy hiệu 60 năm tuổi Đảng."))
    assert confs["Huy hiệu 60 năm tuổi Đảng"]["giver"] == "Trần Văn Sơn"
    confs = _by_name(_confs("T\n\nBí thư Quận ủy Trần Văn Sơn trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Văn "
                            "An. Bí thư Huyện ủy Lê Văn Tú trao Huy hiệu 40 năm tuổi Đảng cho ông Lý Văn Bảy. Đồng chí "
                            "Lê Thị Hoa nhận Huy hiệu 60 năm tuổi Đảng."))
    assert confs["Huy hiệu 60 năm tuổi Đảng"]["giver"] is None  # two hands: whose is unknown


def test_gifts_to_a_person_described_by_his_badge_are_no_conferral_of_it():
    (c,) = _confs("T\n\nBí thư Tỉnh ủy Đinh Văn Hải đến thăm, tặng quà ông Lò Văn Pọm, thương binh, huy hiệu 60 năm "
                  "tuổi Đảng, ở xã Tân Lập.")
    assert (c["giver"], c["recipients"]) == (None, ["Lò Văn Pọm"])


def test_an_abbreviated_title_as_subject_gives_as_the_holder_of_the_post_written_out():
    confs = _confs("T\n\nÔng Đinh Quang Vũ, Tổng giám đốc Tổng công ty Sông Mây, dự lễ. "
                   "Tại buổi lễ, TGĐ Tổng công ty Sông Mây trao Bằng khen cho 12 cá nhân.")
    assert [c["giver"] for c in confs] == ["Đinh Quang Vũ"]


def test_one_award_told_with_the_body_its_head_and_the_office_is_one_conferral():
    confs = _confs("T\n\nHai học sinh được Chủ tịch UBND tỉnh Hòa Lâm tặng bằng khen. Chiều 2/3, UBND tỉnh vừa có "
                   "quyết định tặng Bằng khen của chủ tịch tỉnh cho 2 cá nhân. Các cá nhân được khen thưởng gồm: "
                   "Phan Văn Tâm và Vũ Thị Lan. UBND tỉnh Hòa Lâm cũng tặng bằng khen cho Phan Văn Tâm và Vũ Thị Lan.")
    assert len(confs) == 1
    assert confs[0]["giver"] == "Chủ tịch UBND tỉnh Hòa Lâm"
    assert confs[0]["recipients"] == ["Phan Văn Tâm", "Vũ Thị Lan"]


def test_awards_of_a_body_and_of_its_head_to_different_receivers_stay_two():
    confs = _confs("T\n\nUBND tỉnh Hòa Lâm tặng Bằng khen cho 3 tập thể. Chủ tịch UBND tỉnh Hòa Lâm tặng Bằng khen "
                   "cho 5 tập thể.")
    assert len(confs) == 2


def test_passive_clauses_without_a_subject_of_their_own_share_the_receiver_and_a_colon_before_a_quoted_name():
    confs = _confs("T\n\nÔng Trần Văn Bình đã vinh dự được Thủ tướng Chính phủ tặng Bằng khen; được Bộ Công Thương, "
                   "Sở Tư pháp tặng nhiều Bằng khen, giấy khen, đồng thời cũng được Bộ Công Thương tặng Kỷ niệm chương "
                   "“Vì sự nghiệp Công Thương”, kỷ niệm chương: “Vì sự nghiệp thi đua”.")
    assert {(c["names"][0], c["giver"]) for c in confs} == {
        ("Bằng khen", "Thủ tướng Chính phủ"), ("Bằng khen", "Bộ Công Thương"), ("Bằng khen", "Sở Tư pháp"),
        ("Giấy khen", "Bộ Công Thương"), ("Kỷ niệm chương “Vì sự nghiệp Công Thương”", "Bộ Công Thương"),
        ("Kỷ niệm chương: “Vì sự nghiệp thi đua”", "Bộ Công Thương")}
    assert all(c["recipients"] == ["Trần Văn Bình"] for c in confs)


def test_a_passive_clause_with_a_subject_of_its_own_keeps_its_receiver():
    confs = _confs("T\n\nÔng Trần Văn Bình được Thủ tướng Chính phủ tặng Bằng khen; Công ty Hòa Lâm được UBND tỉnh "
                   "tặng Cờ thi đua.")
    assert {c["names"][0]: c["recipients"] for c in confs} == {"Bằng khen": ["Trần Văn Bình"],
                                                                 "Cờ thi đua": ["Công ty Hòa Lâm"]}


def test_the_receiver_stands_before_the_verb_nearest_the_award_and_cong_nhan_is_no_receiving_verb():
    (c,) = _confs("T\n\nVới những thành tích đạt được, ông Bùi Văn An đã vinh dự được Thủ tướng Chính phủ tặng Bằng "
                  "khen.")
    assert (c["giver"], c["recipients"]) == ("Thủ tướng Chính phủ", ["Bùi Văn An"])
    (c,) = _confs("T\n\nÔng Bùi Văn An làm tổ trưởng từ năm 2010. Với tinh thần tận tụy, năm 2015, ông được UBND quận "
                  "Hòa Lâm công nhận danh hiệu \"Người tốt việc tốt\".")
    assert (c["giver"], c["recipients"]) == ("UBND quận Hòa Lâm", ["Bùi Văn An"])


def test_receivers_told_by_number_only_are_no_named_person_of_the_clause_before():
    confs = _by_name(_confs("T\n\nUBND tỉnh tặng Bằng khen cho ông Lê Văn Tư, Cờ thi đua cho 5 tập thể."))
    assert confs["Bằng khen"]["recipients"] == ["Lê Văn Tư"]
    assert confs["Cờ thi đua"]["recipients"] == []


# ---------------------------------------------------------------- award conferrals, third round


def test_awards_listed_after_one_subject_share_it_and_a_pronoun_receiver_stands_for_the_person_named_before():
    confs = _confs("T\n\nGhi nhận công lao của đồng chí Trần Văn Khải, Đảng và Nhà nước đã tặng thưởng đồng chí nhiều "
                   "phần thưởng cao quý như Huân chương Sao vàng, Huân chương Lao động hạng Nhì và nhiều huân chương, "
                   "huy hiệu cao quý khác.")
    assert [(c["names"][0], c["giver"], c["recipients"]) for c in confs] == [
        ("Huân chương Sao vàng", "Nhà nước", ["Trần Văn Khải"]), ("Huân chương Sao vàng", "Đảng", ["Trần Văn Khải"]),
        ("Huân chương Lao động hạng Nhì", "Nhà nước", ["Trần Văn Khải"]),
        ("Huân chương Lao động hạng Nhì", "Đảng", ["Trần Văn Khải"])]  # "nhiều huân chương … khác": none


def test_a_delegate_of_an_earlier_clause_is_not_the_giver_of_the_next():
    (c,) = _confs("T\n\nThay mặt lãnh đạo tỉnh Hòa Bình, ông Lê Văn Nam tặng hoa; UBND tỉnh tặng Bằng khen cùng phần "
                  "thưởng cho em Đinh Văn Khoa.")
    assert (c["giver"], c["recipients"]) == ("UBND tỉnh", ["Đinh Văn Khoa"])


def test_the_one_honoured_after_vinh_danh_receives_the_award():
    (c,) = _confs("T\n\nBà Lê Thị Mai, Giám đốc Sở Tư pháp tặng bằng khen vinh danh Đinh Văn Khoa.")
    assert (c["giver"], c["recipients"]) == ("Lê Thị Mai", ["Đinh Văn Khoa"])


def test_a_person_of_the_report_named_again_without_a_mention_is_a_receiver():
    (c,) = [c for c in _confs("T\n\nEm Lý Tâm đạt giải Nhất. Sở Tư pháp tặng giấy khen cho học sinh Lý Tâm.")
            if c["names"][0] == "Giấy khen"]
    assert c["recipients"] == ["Lý Tâm"]


def test_a_list_of_bodies_ending_in_others_gives_each_its_own_award():
    confs = _confs("T\n\nCũng tại buổi lễ, Sở Tư pháp, Thị ủy, UBND Thị xã Hòa Lâm… cùng nhiều đơn vị khác đã trao "
                   "tặng giấy khen cho em Đinh Văn Khoa.")
    assert {c["giver"] for c in confs} == {"Sở Tư pháp", "Thị ủy Thị xã Hòa Lâm", "UBND Thị xã Hòa Lâm"}
    assert all(c["recipients"] == ["Đinh Văn Khoa"] for c in confs)


def test_three_badges_listed_with_a_comma_and_va_pair_with_three_receivers_in_order():
    confs = _confs("T\n\nBí thư Tỉnh ủy Vương Văn Bình trao Huy hiệu 60 năm, 55 năm và 40 năm tuổi Đảng cho các ông "
                   "Trần Văn Hưng, Phạm Văn Thái và Lò Văn Sơn.")
    assert [(c["names"], c["giver"], c["recipients"]) for c in confs] == [
        (["Huy hiệu 60 năm tuổi Đảng"], "Vương Văn Bình", ["Trần Văn Hưng"]),
        (["Huy hiệu 55 năm tuổi Đảng"], "Vương Văn Bình", ["Phạm Văn Thái"]),
        (["Huy hiệu 40 năm tuổi Đảng"], "Vương Văn Bình", ["Lò Văn Sơn"])]  # no node names a badge it is not


def test_a_body_whose_leaders_receive_is_no_receiver():
    (c,) = _confs("T\n\nĐảng ủy Văn phòng tổ chức lễ trao bằng khen cho các nguyên lãnh đạo Đảng, Nhà nước.")
    assert c["recipients"] == []


def test_dong_chi_alone_as_the_receiving_subject_is_the_person_named_before():
    (c,) = _confs("T\n\nÔng Trần Văn Khải công tác tại Sở Tư pháp. Nhiều năm liền, đồng chí được công nhận danh hiệu "
                  "Chiến sỹ thi đua cơ sở.")
    assert c["recipients"] == ["Trần Văn Khải"]
    (d,) = _confs("T\n\nÔng Trần Văn Khải công tác tại Sở Tư pháp. Nhiều năm liền, các đồng chí được công nhận danh "
                  "hiệu Chiến sỹ thi đua cơ sở.")
    assert d["recipients"] == []  # several, not the one named before


def test_the_verb_before_the_next_award_and_a_body_in_a_quoted_name_give_no_receiver():
    confs = _confs("T\n\nÔng Trần Văn Bình được UBND tỉnh tặng Bằng khen, giấy khen, đồng thời cũng được Bộ Tư pháp "
                   "tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”, kỷ niệm chương “Vì sự nghiệp Tư "
                   "pháp”.")
    assert len(confs) == 4 and all(c["recipients"] == ["Trần Văn Bình"] for c in confs)


def test_a_pronoun_alone_after_cho_is_the_person_named_before_a_pronoun_before_a_noun_is_not():
    (c,) = _confs("T\n\nRiêng đối với đồng chí Trần Văn Khải, do điều kiện sức khỏe, Huyện ủy đã cử đoàn đến nhà riêng "
                  "để trao Huy hiệu 60 năm tuổi Đảng cho đồng chí.")
    assert c["recipients"] == ["Trần Văn Khải"]
    (d,) = _confs("T\n\nÔng Trần Văn Khải dự lễ. UBND tỉnh trao Bằng khen cho em học sinh lớp 9.")
    assert d["recipients"] == []  # "em học sinh …": someone else, not the one named before
