"""Events as complete names, the ones the article reports on (issue 8, item 3, round events40;
``kg/extract/mentions/event_reported.py``): a bare meeting head set by "tại"/"trong" and dated right after it names
the meeting, as written, when the article names no other meeting; "buổi" is a head only before a purpose
("buổi công bố …"), never a reference of its own. Made-up examples."""

from helpers import event_labels
from test_events_complete import events


def test_a_bare_meeting_dated_after_tai_names_the_meeting():
    text = "Trước đó, tại cuộc họp sáng 30-5, ông Lê Văn Quy cho biết đã yêu cầu Sở Alpha vào cuộc."
    assert events(text) == ["cuộc họp"]
    assert event_labels(text, "T") == ["cuộc họp"]


def test_a_head_and_its_kind_word_dated_today_is_the_name_as_written():
    assert events("Tại cuộc họp báo sáng nay, ông Nguyễn Văn Quy, Chủ tịch UBND tỉnh Alpha, cho biết.") == [
        "cuộc họp báo"]
    assert events("Trong cuộc họp mới đây tại Beta, Thứ trưởng Lê Văn Quy cho biết.") == ["cuộc họp"]
    assert events("Về nội dung này, tại buổi làm việc ngày 17.6.2030, gia đình đã đồng ý.") == ["buổi làm việc"]


def test_an_undated_or_planned_bare_meeting_stays_a_reference():
    assert events("Tại cuộc họp, ông Lê Văn Quy cho biết.") == ["REF:cuộc họp"]
    assert events("Tại cuộc họp ngày 5-7 tới, Sở Alpha sẽ báo cáo.") == ["REF:cuộc họp"]
    assert events("Ông Lê Văn Quy sẽ có cuộc họp sáng nay với Sở Alpha.") == ["REF:cuộc họp"]


def test_a_dated_bare_meeting_refers_to_the_named_meeting_of_the_article():
    text = ("Sáng 3/5, UBND huyện Alpha tổ chức hội nghị tổng kết công tác năm 2030.\n\n"
            "Tại cuộc họp sáng 3/5, ông Lê Văn Quy cho biết huyện đã hoàn thành.")
    assert event_labels(text, "T") == ["hội nghị tổng kết công tác năm 2030"]


def test_buoi_before_a_purpose_heads_a_name():
    assert events("Đông đảo người dân xã Alpha tham dự buổi công bố dự thảo kết luận thanh tra.") == [
        "buổi công bố dự thảo kết luận thanh tra"]


def test_buoi_without_a_purpose_is_no_event():
    assert events("Buổi sáng, đoàn đi thăm xã Alpha.") == []
    assert events("Tại buổi lễ, ông Lê Văn Quy phát biểu.") == ["REF:lễ"]


def test_buoi_before_a_title_or_a_quote_is_no_event():
    assert events("Buổi Tổng Bí thư Nguyễn Văn Quy đến thăm, người dân xã Alpha rất vui.") == []
    assert events("Tại buổi “họp kín” giữa các đơn vị, ông Lê Văn Quy nói.") == []


def test_a_caption_opener_after_a_name_ends_it():
    assert events("Ông Lê Văn Quy tham dự lễ khánh thành cầu Alpha Đông đảo người dân xã Beta cùng đại diện các sở"
                  " tham dự.") == ["lễ khánh thành cầu Alpha"]
    assert events("Sáng 3/5, tỉnh tổ chức lễ khánh thành cầu Alpha Quang cảnh buổi lễ.") == [
        "lễ khánh thành cầu Alpha", "REF:lễ"]


def test_buoi_and_a_purpose_is_the_article_s_event_of_another_head():
    text = ("Sáng 3/5, huyện Alpha tổ chức lễ khánh thành cầu Beta.\n\n"
            "Phát biểu tại buổi khánh thành, ông Lê Văn Quy cho biết cầu dài 200 m.")
    assert event_labels(text, "T") == ["lễ khánh thành cầu Beta"]


def test_the_event_of_another_head_keeps_its_own_label_when_buoi_comes_first():
    text = ("Phát biểu tại buổi ra mắt, ông Lê Văn Quy cho biết nhóm có 12 người.\n\n"
            "Hội đồng Alpha trong lễ ra mắt Nhóm kiểm soát Beta.")
    assert event_labels(text, "T") == ["lễ ra mắt Nhóm kiểm soát Beta"]


def test_buoi_and_a_purpose_joins_the_event_named_last_before_it():
    text = ("Sáng 3/5, huyện Alpha tổ chức lễ bế mạc Hội thi Beta.\n\n"
            "Tối cùng ngày diễn ra lễ bế mạc Liên hoan Gamma.\n\n"
            "Tại buổi bế mạc, ông Lê Văn Quy trao giải cho các đội.")
    assert event_labels(text, "T") == ["lễ bế mạc Hội thi Beta", "lễ bế mạc Liên hoan Gamma"]
