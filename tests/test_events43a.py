"""Meetings named by their verb with no "đã" (issue 8, item 3, round events43a): right after the subject's name in a
dated clause, "Sáng 12/5, ông A, Bí thư Tỉnh ủy Beta làm việc với Huyện ủy Gamma về …", "Chiều 3/6, UBND tỉnh Beta
họp báo về …" (``kg/extract/mentions/event_unmarked.py``); or opening the sentence, an official the subject after
the comma, "Làm việc với tỉnh Beta, Bí thư Tỉnh ủy Gamma A …" (``kg/extract/mentions/event_lead_verbs.py``).
Made-up examples."""

from helpers import event_labels


def test_a_person_working_with_a_body_on_a_dated_day_with_no_da_is_a_meeting():
    text = ("Sáng 12/5, ông Lê Văn Quy, Bí thư Tỉnh ủy Beta làm việc với Huyện ủy Gamma về tình hình phát triển "
            "kinh tế - xã hội của huyện.")
    assert "làm việc với Huyện ủy Gamma về tình hình phát triển kinh tế - xã hội của huyện" in event_labels(text)


def test_a_body_holding_a_press_conference_on_a_dated_day_with_no_da_is_a_meeting():
    text = "Chiều 3/6, UBND tỉnh Beta họp báo về kết quả thi tuyển công chức năm 2031."
    assert "họp báo về kết quả thi tuyển công chức năm 2031" in event_labels(text)


def test_no_meeting_without_a_day_after_a_plan_a_time_clause_a_speaker_or_a_task():
    texts = [
        "Ông Lê Văn Quy, Bí thư Tỉnh ủy Beta làm việc với Huyện ủy Gamma về tình hình của huyện.",  # no day
        "Chiều 5/7 tới, ông Lê Văn Quy, Bí thư Tỉnh ủy Beta làm việc với Huyện ủy Gamma.",  # a plan
        "Dự kiến chiều 5/7, UBND tỉnh Beta họp báo về kết quả thi tuyển công chức.",  # a plan
        "Sáng 12/5, sau khi ông Lê Văn Quy làm việc với Huyện ủy Gamma, đoàn đi thăm trường.",  # a time clause
        "Sáng 12/5, đoàn đi thăm trường sau khi ông Lê Văn Quy làm việc với Huyện ủy Gamma.",  # one, to the end
        "Sáng 12/5, bà Trần Thị Mơ cho biết UBND tỉnh Beta họp báo về kết quả thi tuyển công chức.",  # said
        "Sáng 12/5, Chủ tịch tỉnh yêu cầu UBND huyện Gamma họp báo về kết quả thi tuyển công chức.",  # a task
    ]
    for text in texts:
        labels = event_labels(text)
        assert not any(lab.startswith(("làm việc với", "họp báo")) for lab in labels), (text, labels)


def test_a_meeting_room_is_no_meeting():
    text = "Cuộc họp diễn ra lúc 15h chiều 27/5 tại Phòng họp giao ban UBND tỉnh Beta."
    assert not any(lab.startswith("họp giao ban") for lab in event_labels(text))


def test_no_name_cut_before_a_comma_nor_one_that_restates_a_named_event():
    text = ("Sáng nay, ông Lê Văn Quy dẫn đầu đoàn ĐBQH tỉnh Beta tiếp xúc cử tri hai huyện Gamma, Delta trước kỳ họp "
            "thứ 3.")
    assert not any(lab.startswith("tiếp xúc cử tri") for lab in event_labels(text))
    text = "Sáng 3/7, Chính phủ họp trực tuyến phiên họp thường kỳ tháng 6 năm 2031."
    assert event_labels(text) == ["phiên họp thường kỳ tháng 6 năm 2031"]


def test_a_sentence_opened_by_a_verb_of_meeting_an_official_its_subject_names_the_meeting():
    text = "Làm việc với lãnh đạo tỉnh Beta, Bí thư Tỉnh ủy Gamma Nguyễn Văn Tư đánh giá cao mô hình nhà ở xã hội."
    assert "Làm việc với lãnh đạo tỉnh Beta" in event_labels(text)
    text = ("Sáng 15/5, làm việc với cán bộ chủ chốt của tỉnh, Tổng Bí thư Nguyễn Văn Tư nêu rõ: tỉnh Beta có vị trí "
            "quan trọng.")
    assert "làm việc với cán bộ chủ chốt của tỉnh" in event_labels(text)


def test_no_meeting_opening_a_sentence_without_an_official_after_the_comma_or_a_name_cut_before_a_time():
    texts = [
        "Làm việc với cơ quan công an, Nguyễn Văn Tư khai nhận đã lấy trộm xe.",  # no post title
        "Làm việc với báo chí, ông Nguyễn Văn Tư, Phó giám đốc Trung tâm Beta cho biết.",  # the post after the name
        "Làm việc với đoàn chuyên gia Bộ Y tế tối 29/5, Giám đốc Bệnh viện tỉnh Beta cho biết.",  # cut at a time
    ]
    for text in texts:
        labels = event_labels(text)
        assert not any(lab.lower().startswith("làm việc với") for lab in labels), (text, labels)
