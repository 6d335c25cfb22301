"""The name grammar of events (issue 8, item 3, round events42h): "tại" and a capitalised place right after a
country's mission or a group of people living abroad and their country's name go on with the name (the place is
where the body or the group is, ``kg/extract/event_seat.py``); elsewhere "tại" still ends the name. Made-up
examples."""

from helpers import event_labels


def test_a_working_session_with_an_embassy_keeps_its_seat():
    text = ("Chiều 12/4, đoàn công tác của tỉnh Beta đã có buổi làm việc với Đại sứ quán Việt Nam tại Nam Phi, "
            "trao đổi về hợp tác đầu tư.")
    assert "buổi làm việc với Đại sứ quán Việt Nam tại Nam Phi" in event_labels(text)


def test_a_meeting_with_students_abroad_keeps_their_seat():
    text = ("Chiều 12/4, đoàn công tác của tỉnh Beta đã có buổi giao lưu với sinh viên Việt Nam tại Nam Phi.")
    assert "buổi giao lưu với sinh viên Việt Nam tại Nam Phi" in event_labels(text)


def test_the_place_of_a_conference_stays_out_of_its_name():
    text = "Sáng 12/4, UBND tỉnh Beta tổ chức Hội nghị tổng kết công tác thi đua tại Hội trường tỉnh."
    labels = event_labels(text)
    assert "Hội nghị tổng kết công tác thi đua" in labels
    assert not any("tại" in label for label in labels)
