from helpers import mentions, posts, run


def test_mentions_person_after_honorific_and_before_post():
    text = "Tiêu đề\n\nĐồng chí Lê Anh Xuân, Bí thư Thành ủy TP Thanh Hóa phát biểu tại hội nghị."
    assert mentions(text, "person") == ["Lê Anh Xuân"]
    assert posts(text) == {"Lê Anh Xuân": ["Bí thư Thành ủy TP Thanh Hóa"]}


def test_mentions_post_chain_before_name_splits_body_from_name():
    text = "T\n\nỦy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải dự hội nghị."
    assert mentions(text, "person") == ["Hoàng Trung Hải"]
    assert sorted(posts(text)["Hoàng Trung Hải"]) == ["Bí thư Thành ủy Hà Nội", "Ủy viên Bộ Chính trị"]


def test_mentions_rank_is_not_a_post_and_credits_are_not_people():
    text = "T\n\nThượng tướng Tô Lâm, Bộ trưởng Bộ Công an phát biểu. Ảnh: Nguyễn Văn Hùng\nTrần Minh Tuấn"
    assert mentions(text, "person") == ["Tô Lâm"]
    assert posts(text) == {"Tô Lâm": ["Bộ trưởng Bộ Công an"]}
    assert mentions(text, "rank") == ["Thượng tướng"]


def test_mentions_places_are_not_people():
    text = "T\n\nĐoàn công tác đến TP Hồ Chí Minh và đường Lê Lợi, tỉnh Cao Bằng."
    assert mentions(text, "person") == []
    assert "TP Hồ Chí Minh" in mentions(text, "place")


def test_mentions_dates_counts_awards_and_events():
    text = ("T\n\nSáng 11-12, TP Thanh Hóa đã tổ chức hội nghị tổng kết công tác năm 2020. "
            "Đồng chí Trịnh Huy Triều trao giấy khen cho 5 tập thể, 10 cá nhân.")
    assert mentions(text, "date") == ["Sáng 11-12"]
    assert mentions(text, "count") == ["5 tập thể", "10 cá nhân"]
    assert mentions(text, "award") == ["giấy khen"]
    assert mentions(text, "event") == ["hội nghị tổng kết công tác năm 2020"]


def test_mentions_giai_in_ordinary_words_is_not_an_award():
    assert mentions("T\n\nGiải quyết khiếu nại và giải phóng mặt bằng.", "award") == []


def test_mentions_street_lists_and_lunar_years_are_not_people():
    text = ("T\n\nLiên quan đến đường đèn tết Đinh Dậu, Phó giám đốc Sở Văn hóa - Thể thao thành phố Võ Trọng Nam "
            "cho biết nhà thầu trang trí 13 tuyến đường gồm: Trường Sơn, Nguyễn Văn Trỗi, Lê Lợi, "
            "Nguyễn Thị Minh Khai.")
    assert mentions(text, "person") == ["Võ Trọng Nam"]


def test_mentions_four_syllable_name_is_kept_whole_without_a_title_before():
    assert mentions("T\n\nLoạt bài của tác giả Nguyễn Đặng Hạnh Phúc đoạt giải.", "person") == ["Nguyễn Đặng Hạnh Phúc"]
    assert mentions("T\n\nBí thư thứ nhất Trung ương Đoàn Lê Quốc Phong trao giải.", "person") == ["Lê Quốc Phong"]


def test_mentions_a_quoted_person_is_no_credit_but_a_credited_one_is():
    text = ("T\n\nTheo ông Võ Trọng Nam, Phó giám đốc Sở VH-TT, lễ hội sẽ kéo dài. Ảnh: Nguyễn Văn Hùng. "
            "Theo Trần Minh Tuấn")
    assert mentions(text, "person") == ["Võ Trọng Nam"]


def test_mentions_withheld_names_and_school_names_are_not_people():
    text = ("T\n\nÔng Minh có quan hệ với điều dưỡng viên Nguyễn Thị L. Bà Tố là kế toán Trường tiểu học Lê Văn Tám. "
            "Công an tạm giữ đối tượng Nguyễn Mạnh Hùng. Ông A Quyết - Chủ tịch UBND xã Ngọc Bay cho biết.")
    people = [e.label for e in run(text).links.entities.values() if e.kind == "person"]
    assert people == ["Nguyễn Mạnh Hùng", "A Quyết"]  # "ông Minh", "bà Tố" name no one the text names in full


def test_mentions_post_written_before_the_people_it_goes_to():
    text = ("T\n\nQuốc hội phê chuẩn bổ nhiệm 2 Thẩm phán TAND tối cao là ông Lê Hồng Quang và ông Nguyễn Văn Tiến. "
            "Ông Hoàng Văn A trao Bằng khen của Chủ tịch UBND tỉnh cho ông Trần Văn B.")
    got = posts(text)
    assert got["Lê Hồng Quang"] == ["Thẩm phán TAND tối cao"] and got["Nguyễn Văn Tiến"] == ["Thẩm phán TAND tối cao"]
    assert "Trần Văn B" not in got
