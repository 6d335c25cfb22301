"""A dated session the article reports on (issue 8, item 3, round events41d): a session word after "tại" or "trong"
and right before a day of the past or the present names the session, as written ("Tại phiên chất vấn chiều 15/6,
…"; ``kg/extract/mentions/event_session_dated.py``). Made-up examples."""

from helpers import event_labels


def test_a_dated_question_session_is_an_event():
    text = ("Tại phiên chất vấn chiều 15/6, ông Lê Văn Quy, Giám đốc Sở Xây dựng tỉnh Beta trả lời nhiều câu hỏi "
            "của đại biểu về nhà ở xã hội.")
    assert "phiên chất vấn" in event_labels(text)


def test_a_dated_session_beside_its_named_meeting_is_an_event_and_the_meeting_stays():
    text = ("Trong phiên chất vấn ngày 6/7, tại Kỳ họp thứ 5 HĐND tỉnh Beta khóa IX, ông Lê Văn Quy, Giám đốc Sở "
            "Xây dựng tỉnh Beta trả lời nhiều câu hỏi.")
    labels = event_labels(text)
    assert "phiên chất vấn" in labels, labels
    assert any(lab.startswith("Kỳ họp thứ 5") for lab in labels), labels


def test_an_undated_planned_or_unset_session_is_no_event():
    texts = ["Tại phiên chất vấn, ông Lê Văn Quy, Giám đốc Sở Xây dựng tỉnh Beta trả lời nhiều câu hỏi.",
             "Tại phiên chất vấn ngày 6/7 tới, ông Lê Văn Quy, Giám đốc Sở Xây dựng tỉnh Beta sẽ trả lời câu hỏi.",
             "Ông Lê Văn Quy, Giám đốc Sở Xây dựng tỉnh Beta cho biết phiên chất vấn chiều 15/6 kéo dài."]
    for text in texts:
        assert not [lab for lab in event_labels(text) if lab.lower().startswith("phiên")], text


def test_a_press_conference_dated_by_part_of_day_and_day_is_the_meeting_reported():
    text = ("Tại cuộc họp báo sáng ngày 2-6, ông Lê Văn Quy, Phó Chủ tịch UBND tỉnh Beta cho biết tỉnh đã hỗ trợ "
            "các hộ dân.")
    assert "cuộc họp báo" in event_labels(text)
