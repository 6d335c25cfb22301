"""Award conferrals and posts that reach several people: one neutral example per construction (made up,
not from the corpus or the reference report)."""

from helpers import run

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
        out.append({"names": labels, "giver": giver[0] if giver else None, "kind": giver and ents[
            next(v.id for p, v in f.props if p == "vnr:conferredBy")].kind, "recipients": rec})
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


def _events(text: str) -> list[str]:
    return sorted(e.label for e in run(text).links.entities.values() if e.kind == "event")


def test_an_event_is_named_by_its_whole_complement_and_no_more():
    assert _events("T\n\nSáng 2/3, Sở Tư pháp tổ chức Lễ kỷ niệm 20 năm thành lập Sở Tư pháp tỉnh Hà Giang tại "
                   "hội trường.") == ["Lễ kỷ niệm 20 năm thành lập Sở Tư pháp tỉnh Hà Giang"]


def test_a_head_followed_by_a_clause_is_no_named_event():
    for text in ("T\n\nTại buổi gặp mặt, các đại biểu đã thảo luận sôi nổi.",
                 "T\n\nBuổi làm việc hôm nay, chúng tôi mong muốn hợp tác lâu dài.",
                 "T\n\nCuộc họp trở thành cuộc tranh luận kéo dài."):
        assert all(len(name.split()) <= 3 for name in _events(text)), _events(text)


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


def test_nguyen_before_a_title_marks_it_former():
    h = _holdings("T\n\nDự buổi gặp có ông Lò Văn Sáu, nguyên Phó Bí thư Huyện ủy.")
    assert h == {("Lò Văn Sáu", "nguyên Phó Bí thư Huyện ủy"): True}


def test_kiem_joins_two_posts_before_and_after_the_name():
    # "X kiêm Y" without a comma is one post (shared/eval/README.md: each comma-separated title is a post)
    before = _holdings("T\n\nPhó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng Hồ Văn Khánh cho biết.")
    assert before == {("Hồ Văn Khánh", "Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng"): False}
    after = _holdings("T\n\nÔng Hồ Văn Khánh, Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Xây dựng cho biết.")
    assert after == before
    # "và" between two titles still splits them: they may belong to two people
    assert _holdings("T\n\nGiám đốc Sở Nội vụ và Phó Giám đốc Sở Tư pháp Hồ Văn Khánh dự họp.") == {
        ("Hồ Văn Khánh", "Phó Giám đốc Sở Tư pháp"): False}
