"""Leftovers of posts and bodies noticed in stop 35 (issue 8, round left36): one neutral made-up example per rule."""
from helpers import body_post_labels, held, posts, run


def _body_keys(text: str) -> dict[str, str]:
    return {e.label: e.key for e in run(text).links.entities.values() if e.kind == "body"}


def test_a_level_word_abbreviated_with_a_point_is_the_level_word_in_a_bodys_identity():
    # admin_levels.tsv column 4: "Q." = quận, "P." = phường, "H." = huyện, "TX." = thị xã: one body, one post
    text = ("T\n\nÔng Lò Văn Tám, Chủ tịch UBND Q.3, cho biết. Sau đó, Chủ tịch UBND quận 3 Lò Văn Tám nói thêm. "
            "Bà Vi Thị Chín, Phó Chủ tịch UBND P. Sông Lô, và Công an H.Mộc Sơn cùng dự.")
    keys = set(_body_keys(text).values())
    assert {"ủy ban nhân dân quận 3", "ủy ban nhân dân phường sông lô", "công an huyện mộc sơn"} <= keys
    assert not any("q.3" in k or "p. " in k or "h." in k for k in keys)
    assert held(text) == {"Lò Văn Tám": ["Chủ tịch UBND Q.3"], "Vi Thị Chín": ["Phó Chủ tịch UBND P. Sông Lô"]}


def test_a_capital_and_a_point_before_a_capital_letter_alone_stays_as_written():
    keys = _body_keys("T\n\nCông ty cổ phần Xây dựng P.K và UBND TX.Sông Mây ký hợp đồng.")
    assert keys["Công ty cổ phần Xây dựng P.K"].endswith("p.k")
    assert keys["UBND TX.Sông Mây"] == "ủy ban nhân dân thị xã sông mây"


def test_two_function_words_in_a_row_after_a_bodys_name_open_the_next_clause():
    # stopnames.tsv ends-name: "Có", "Về" capitalised, then "cùng", "đang" (a headline run on into the text)
    got = posts("T\n\nÔng Lò Văn Tám, Phó Chủ tịch Hiệp hội Du lịch Sông Mây Có cùng quan điểm với hội.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch Hiệp hội Du lịch Sông Mây"]}
    bodies, _ = body_post_labels("Tại khu vực dự án của Cty CP Biển Sao Mai Về đang xây dở 40 nền móng.")
    assert "Cty CP Biển Sao Mai" in bodies


def test_a_committee_named_by_its_topic_keeps_its_about_word():
    # "Ủy ban Về các vấn đề xã hội": "Về" right after the head opens the committee's topic, not the next clause
    got = posts("T\n\nÔng Lò Văn Tám, Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội, cho biết.")
    assert got == {"Lò Văn Tám": ["Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội"]}


def test_a_surname_word_after_a_place_name_stays_in_it_before_a_function_word():
    # "Từ" is a surname (surnames.tsv) and a syllable of place names: "huyện Mộc Từ đang …" keeps it
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND huyện Mộc Từ đang kiểm tra đê.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND huyện Mộc Từ"]}


def test_a_credit_word_before_a_title_opens_the_next_clause_after_a_bodys_name():
    # stopnames.tsv credit "Theo" + posts.tsv "Thứ trưởng": a caption run on into the text
    bodies, _ = body_post_labels("Bệnh viện sẽ tăng giá tại các Bệnh viện Sao Mai Theo Thứ trưởng Lò Văn Tám, giá mới "
                                 "áp dụng từ tháng sau.")
    assert "Bệnh viện Sao Mai" in bodies and "Bệnh viện Sao Mai Theo" not in bodies


def test_a_connective_phrase_capitalised_after_a_bodys_name_ends_it():
    # phrase_openers.tsv connective "ngay khi", "ngay lập tức"
    bodies, _ = body_post_labels("Máy bay lên xuống liên tục - Ảnh: Báo Sông Mây Ngay khi kết thúc cuộc họp, bộ đã "
                                 "chỉ đạo. Ảnh: Công an Mộc Hà Ngay lập tức, tổ tuần tra truy tìm.")
    assert {"Báo Sông Mây", "Công an Mộc Hà"} <= bodies


def test_a_title_as_the_last_field_of_a_units_name_is_part_of_the_name():
    # sub_units.tsv "Vụ", "Phòng" + a field ("Tài chính") + "Kế toán" (posts.tsv): the unit's name, not a title
    got = posts("T\n\nTheo ông Lò Văn Tám - Vụ trưởng Vụ Tài chính Kế toán (Bộ Y tế), thông tư có hiệu lực.")
    assert got == {"Lò Văn Tám": ["Vụ trưởng Vụ Tài chính Kế toán"]}
    bodies, _ = body_post_labels("Bà Vi Thị Chín làm việc tại Phòng Tài chính - Kế toán, nhiệm vụ tổng hợp.")
    assert "Phòng Tài chính - Kế toán" in bodies


def test_the_title_after_a_units_name_still_opens_a_post_before_its_holders_name():
    got = posts("T\n\nCán bộ Phòng Tài chính Kế toán Vi Thị Chín và ông Lò Văn Tám cùng ký.")
    assert got.get("Vi Thị Chín") == ["Kế toán"]


def test_a_title_after_a_body_and_a_dash_is_a_second_post():
    # "Văn phòng Chính phủ" is a body (bodies.tsv "Chính phủ"): the title after the dash is another post
    got = posts("T\n\nBà Vi Thị Chín, Chánh Văn phòng Chính phủ - Người phát ngôn, cho biết. Ông Lò Văn Tám, Chủ nhiệm "
                "Văn phòng Chính phủ - Người phát ngôn của Chính phủ, chủ trì.")
    assert got["Vi Thị Chín"] == ["Chánh Văn phòng Chính phủ", "Người phát ngôn"]
    assert sorted(got["Lò Văn Tám"]) == ["Chủ nhiệm Văn phòng Chính phủ", "Người phát ngôn của Chính phủ"]
