"""Event names only as complete names (issue 8, round events38c): a photo credit glued to a caption ("Lê Văn
A/TTXVN") is no part of the name; "quốc lễ" (a national holiday) holds no head "lễ"; "Sinh thời" opens the next
clause. Made-up examples."""

from test_events_complete import events


def test_a_photo_credit_is_no_part_of_the_name():
    assert events("Bộ trưởng Quy Hòa phát biểu tại hội nghị tổng kết công tác dân số Trần Văn Quy/TTXVN.") == [
        "hội nghị tổng kết công tác dân số"]
    assert events("Toàn cảnh Hội nghị Lê Thị Alpha/VOV.VN Ông Beta nói.") == ["REF:Hội nghị"]


def test_a_name_with_a_slash_of_a_document_stays():
    assert events("Tỉnh Alpha tổ chức Hội nghị triển khai Thông tư 02/2031/TT-BYT tại Quy Hòa.") == [
        "Hội nghị triển khai Thông tư 02/2031/TT-BYT"]


def test_quoc_le_holds_no_event_head():
    assert events("Ngày 3/3 là quốc lễ của Alpha, người dân treo cờ.") == []


def test_sinh_thoi_opens_the_next_clause():
    assert events("Văn nghệ chào mừng tại lễ kỷ niệm Sinh thời, Bác Quy luôn dặn dò cán bộ.") == ["REF:lễ"]
