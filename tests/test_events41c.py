"""The session of a meeting (issue 8, item 3, round events41c): a session word right before a named meeting opens
the session's name, the meeting it belongs to whole ("phiên khai mạc Kỳ họp thứ 5 HĐND tỉnh X khóa IX";
``kg/extract/mentions/event_sessions.py``). Made-up examples."""

from helpers import event_labels


def test_an_opening_session_is_named_with_its_meeting():
    text = ("Sáng 5-7, phát biểu tại phiên khai mạc Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX, ông Lê Văn Quy, Chủ tịch "
            "UBND tỉnh Beta cho biết tỉnh đã hoàn thành kế hoạch.")
    labels = event_labels(text)
    assert any(lab.startswith("phiên khai mạc Kỳ họp thứ 5") and lab.endswith("khóa IX") for lab in labels), labels


def test_a_question_session_keeps_its_meeting_and_the_meeting_stays_its_own():
    text = ("Chiều 6-7, Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX tiếp tục làm việc. Tại phiên chất vấn Kỳ họp thứ 5 HĐND "
            "tỉnh Beta khóa IX, ông Lê Văn Quy, Giám đốc Sở Xây dựng trả lời nhiều câu hỏi.")
    labels = event_labels(text)
    assert any(lab.startswith("phiên chất vấn Kỳ họp thứ 5") for lab in labels), labels
    assert any(lab.startswith("Kỳ họp thứ 5") for lab in labels), labels


def test_a_bare_session_or_a_reference_is_left_alone():
    texts = ["Đến dự phiên khai mạc có ông Lê Văn Quy, Chủ tịch UBND tỉnh Beta.",
             "Tại phiên khai mạc kỳ họp, ông Lê Văn Quy, Chủ tịch UBND tỉnh Beta đề nghị thông qua tờ trình."]
    for text in texts:
        assert not [lab for lab in event_labels(text) if lab.lower().startswith("phiên")], text


def test_a_courtesy_call_listed_after_a_reported_talk_is_an_event():
    text = ("Trong khuôn khổ chuyến thăm, Chủ tịch Quốc hội Beta Lê Văn Quy đã hội đàm với Chủ tịch Quốc hội Trần "
            "Văn Gam; chào xã giao Bộ trưởng Đỗ Văn Kha; thăm tỉnh Delta.")
    assert "chào xã giao Bộ trưởng Đỗ Văn Kha" in event_labels(text)


def test_a_listed_rite_of_a_plan_or_without_a_reported_activity_is_no_event():
    texts = ["Trong chuyến thăm, Chủ tịch Quốc hội Beta Lê Văn Quy sẽ hội đàm với Chủ tịch Quốc hội Trần Văn Gam; "
             "chào xã giao Bộ trưởng Đỗ Văn Kha.",
             "Chương trình gồm: hội đàm với Chủ tịch Quốc hội Trần Văn Gam; chào xã giao Bộ trưởng Đỗ Văn Kha."]
    for text in texts:
        assert not [lab for lab in event_labels(text) if lab.startswith("chào xã giao")], text
