"""Event names as complete names (issue 8, item 3, round events41): the plural recipients of a conferral go on
with the ceremony's name (``kg/extract/event_recipients.py``), a quoted title after a link is the link's noun phrase
(``kg/extract/event_bounds.py``, ``_np``), a bracketed gloss of places ends the name (``kg/extract/event_gloss.py``),
and "tình hình, kết quả" is a list of coordinate words (``event_words.tsv``, group report). Made-up examples."""

from helpers import event_labels


def test_recipients_after_cho_go_on_with_a_conferral():
    name = "Lễ trao tặng Huy hiệu Đảng và Bằng khen của Đảng ủy Khối Beta cho các đảng viên của Đảng bộ"
    text = f"Chiều 20/6, tại Gamma, Đảng ủy Alpha đã tổ chức {name}.\n\nÔng Lê Văn Quy phát biểu."
    assert event_labels(text) == [name]


def test_recipients_after_tang_with_a_form_of_address():
    name = "Lễ trao Huân chương của Chủ tịch nước Beta tặng các đồng chí lãnh đạo 15 tỉnh của nước Gamma"
    text = f"Sáng 5-3, tại tỉnh Delta đã diễn ra {name}.\n\nÔng Lê Văn Quy phát biểu."
    assert event_labels(text) == [name]


def test_cho_after_a_name_that_confers_nothing_still_ends_it():
    text = "Sáng 5-3, Sở Alpha tổ chức Hội nghị tổng kết công tác năm 2030 cho biết kết quả tốt.\n\nÔng Lê Văn Quy dự."
    assert event_labels(text) == ["Hội nghị tổng kết công tác năm 2030"]


def test_cho_biet_after_a_conferral_is_no_recipient():
    text = "Tại Lễ trao Huân chương Lao động hạng Ba cho biết, ông Lê Văn Quy nói.\n\nTin Beta."
    assert all(" cho" not in label for label in event_labels(text))


def test_a_quoted_title_after_a_link_goes_on_with_the_name():
    text = ("Tại tỉnh Beta, ông Lê Văn An chủ trì hội thảo chuyên đề về “Kinh nghiệm giám sát của Hội đồng nhân "
            "dân”; dự Lễ khai mạc Ngày hội Gamma lần thứ II.")
    assert "hội thảo chuyên đề về “Kinh nghiệm giám sát của Hội đồng nhân dân”" in event_labels(text)
    text = "Sáng 5-3, Sở Alpha tổ chức Hội nghị về “Cải cách hành chính năm 2030” tại tỉnh Beta."
    assert event_labels(text) == ["Hội nghị về “Cải cách hành chính năm 2030”"]


def test_an_unclosed_quote_after_a_link_makes_no_name():
    text = "Sáng 5-3, Sở Alpha tổ chức Hội nghị về “Cải cách hành chính năm 2030 tại tỉnh Beta."
    assert event_labels(text) == []


def test_a_bracketed_place_gloss_ends_the_name():
    text = "Lễ hội Đông Gamma (Văn Delta, Yên Beta) năm nay không thực hiện nghi thức treo con trâu.\n\nTin Beta."
    assert event_labels(text) == ["Lễ hội Đông Gamma"]
    text = "Chiều 1.7, Ban tổ chức vòng loại Lễ hội chọi trâu Alpha 2030 (Q.Alpha, TP.Beta) đã có thông tin."
    assert event_labels(text) == ["Lễ hội chọi trâu Alpha 2030"]


def test_a_bracketed_term_with_a_comma_stays_in_the_name():
    name = "Hội nghị Trung ương 4 (Khóa XI, XII) về tăng cường xây dựng, chỉnh đốn Đảng"
    assert event_labels(f"Sáng 5-3, Tỉnh ủy Alpha tổ chức {name}.\n\nTin Beta.") == [name]


def test_a_long_name_with_its_recipients_is_read_whole():
    name = ("Lễ trao Huân chương của Chủ tịch nước Cộng hòa Alpha Beta Gamma Delta Việt Nam tặng các đồng chí lãnh "
            "đạo 15 tỉnh của nước Cộng hòa Dân chủ Nhân dân Lào")
    assert event_labels(f"Trong chuyến thăm, ông Lê Văn Quy đã tham dự {name}; gặp mặt các lưu học sinh.") == [name]


def test_situation_and_results_are_one_list_of_the_topic():
    name = "buổi họp báo thông báo tình hình, kết quả công tác của Sở Alpha 6 tháng đầu năm 2030"
    text = f"Tại {name} được UBND tỉnh Beta tổ chức, ông Lê Văn Quy cho biết như vậy."
    assert event_labels(text) == [name]
