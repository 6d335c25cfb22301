"""The one meeting an article reports, named only by a bare head set as the place of what is said (issue 8, item 3,
round events42g): "Tại buổi làm việc, ông A …" names "buổi làm việc" when the article speaks of no other event
(``kg/extract/mentions/event_setting.py``, class ``setting-head`` of ``kg/lexicon/event_words.tsv``). Made-up
examples."""

from helpers import event_labels

LEAD = "Đoàn công tác của tỉnh Beta đã đến huyện Gamma. "


def test_a_bare_working_session_set_as_the_place_of_a_speech_is_the_meeting_reported():
    text = LEAD + "Tại buổi làm việc, ông Trần Văn Quy yêu cầu huyện Gamma đẩy nhanh tiến độ các dự án."
    assert event_labels(text) == ["buổi làm việc"]


def test_after_a_verb_of_speaking_and_beside_a_plural_passing_reference():
    text = (LEAD + "Phát biểu tại buổi làm việc, bà Lê Thị Huyên cho biết các lễ hội vừa qua đã diễn ra an toàn.")
    assert event_labels(text) == ["buổi làm việc"]


def test_no_meeting_when_the_article_speaks_of_another_event_or_no_comma_follows():
    texts = [
        LEAD + "Tại buổi làm việc, ông Trần Văn Quy đề nghị chuẩn bị tốt Hội nghị xúc tiến đầu tư tỉnh Beta năm 2030.",
        LEAD + "Tại buổi làm việc, ông Trần Văn Quy cho biết. Tại cuộc họp, bà Lê Thị Huyên đồng ý.",
        LEAD + "Ông Trần Văn Quy đã phát biểu tại buổi làm việc này.",
        LEAD + "Ông Trần Văn Quy sẽ có mặt tại buổi làm việc với huyện Gamma.",
    ]
    for text in texts:
        assert "buổi làm việc" not in event_labels(text), text


def test_no_meeting_deep_in_the_article():
    filler = " ".join(f"Xã Delta {i} đã hoàn thành kế hoạch năm." for i in range(6))
    text = LEAD + filler + " Tại buổi làm việc, ông Trần Văn Quy yêu cầu huyện Gamma đẩy nhanh tiến độ."
    assert "buổi làm việc" not in event_labels(text)
