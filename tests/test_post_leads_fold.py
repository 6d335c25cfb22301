"""A lead word that opens a shorter post form ("tân Bí thư", newly appointed) and the posts a title subject's
career lists."""

from helpers import posts


def test_a_new_lead_before_a_bare_title_joins_the_fuller_post():
    got = posts("T\n\nÔng Lê Văn Ba giữ chức Bí thư Tỉnh ủy Hà Nam. Dịp này, tân Bí thư Lê Văn Ba thăm hỏi bà con.")
    assert got == {"Lê Văn Ba": ["Bí thư Tỉnh ủy Hà Nam"]}


def test_a_place_word_tan_inside_a_post_stays():
    got = posts("T\n\nÔng Lê Văn Ba, Chủ tịch UBND quận Tân Phú, dự lễ. Chủ tịch Lê Văn Ba phát biểu.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND quận Tân Phú"]}


def test_a_title_after_theo_noun_cua_is_the_source_not_the_next_subject():
    got = posts("T\n\nTheo xác nhận của Giám đốc Trung tâm Y tế huyện Kỳ Sơn, em Lê Văn Ba đã được cấp cứu kịp thời.")
    assert got.get("Lê Văn Ba", []) == []
    got = posts("T\n\nTheo báo cáo của Chủ tịch UBND xã Hòa Lạc, ông Lê Văn Ba đã nộp đủ tiền.")
    assert got.get("Lê Văn Ba", []) == []
    # the name right after the title, no comma between: the post is the name's
    got = posts("T\n\nTheo báo cáo của Chủ tịch UBND xã Hòa Lạc Lê Văn Ba, xã đã hoàn thành kế hoạch.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND xã Hòa Lạc"]}


def test_a_career_list_whose_subject_is_a_post_its_one_holder_holds():
    text = ("T\n\nÔng Lê Văn Ba nhận chức Bí thư Tỉnh ủy Hà Nam. Tân Bí thư Tỉnh ủy Hà Nam từng kinh qua nhiều vị trí "
            "công tác tại tỉnh như Phó bí thư Tỉnh đoàn Hà Nam; Giám đốc Sở Tài chính Hà Nam; Trưởng phòng rồi "
            "Trưởng phòng Tổng hợp Văn phòng UBND tỉnh.")
    got = posts(text)
    assert got == {"Lê Văn Ba": ["Bí thư Tỉnh ủy Hà Nam", "Phó bí thư Tỉnh đoàn Hà Nam",
                                 "Giám đốc Sở Tài chính Hà Nam", "Trưởng phòng Tổng hợp Văn phòng UBND tỉnh"]}
    # two persons of the article hold the post: the list is no one's
    got = posts(text.replace("Ông Lê Văn Ba nhận", "Ông Lê Văn Ba và ông Đỗ Văn Tư lần lượt nhận"))
    assert "Giám đốc Sở Tài chính Hà Nam" not in sum(got.values(), [])


def test_a_post_first_with_hom_do_before_la():
    got = posts("T\n\nRiêng trưởng đoàn kiểm tra hôm đó là ông Lê Văn Ba – Phó Giám đốc Sở Xây dựng, cán bộ do tỉnh "
                "quản lý.")
    assert got == {"Lê Văn Ba": ["Phó Giám đốc Sở Xây dựng", "trưởng đoàn kiểm tra"]}


def test_a_bare_name_after_a_local_body_and_its_district_after_a_comma():
    got = posts("T\n\nTheo Chủ tịch UBND phường Hòa Lạc, quận Tây Sơn Lê Văn Ba, phường đang rà soát các hộ kinh "
                "doanh.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND phường Hòa Lạc"]}
    got = posts("T\n\nChủ tịch UBND xã Hòa Lạc, huyện Tây Sơn Lê Văn Ba cho biết xã đang rà soát.")
    assert got == {"Lê Văn Ba": ["Chủ tịch UBND xã Hòa Lạc"]}


def test_a_new_lead_form_joins_the_same_post_written_without_it():
    got = posts("T\n\nTân Tổng thống Pierre Lamaud phát biểu. Theo tân Tổng thống Pierre Lamaud, Tổng thống "
                "Pierre Lamaud sẽ đi thăm.")
    assert got == {"Pierre Lamaud": ["Tổng thống"]}
