"""A meeting named only by its verb and reported on a dated day (issue 8, item 3, round events42a): "Chiều 12/5,
Đoàn công tác … đã làm việc với Ban Y." names the working session "làm việc với Ban Y", as written
(``kg/extract/mentions/event_meet_verbs.py``, ``kg/lexicon/meeting_verbs.tsv``). Made-up examples."""

from kg.pipeline import process


def _event_labels(text: str) -> list[str]:
    links = process("t", "Tin Alpha\n\n" + text).links
    return sorted(e.label for e in links.entities.values() if e.kind == "event")


def test_a_delegation_working_with_a_body_on_a_dated_day_is_a_meeting():
    text = ("Chiều 12/5, Đoàn công tác của Bộ Y tế do ông Lê Văn Quy, Thứ trưởng Bộ Y tế làm Trưởng đoàn đã làm "
            "việc với Ban Thường vụ Tỉnh ủy Beta.")
    assert "làm việc với Ban Thường vụ Tỉnh ủy Beta" in _event_labels(text)


def test_a_coming_word_is_no_part_of_the_name_and_a_topic_goes_on():
    text = ("Ngày 19/6, đoàn công tác của Bộ Xây dựng đã đến làm việc với UBND tỉnh Beta về việc xử lý sự cố đập "
            "chính hồ Gamma.")
    labels = _event_labels(text)
    assert any(lab.startswith("làm việc với UBND tỉnh Beta về việc xử lý sự cố") for lab in labels), labels


def test_a_meeting_with_voters_and_a_meeting_named_gặp_mặt_stop_before_the_occasion():
    text = "Sáng 13/5, bà Trần Thị Mơ, Phó Chủ tịch UBND tỉnh Beta đã tiếp xúc cử tri huyện Gamma."
    assert "tiếp xúc cử tri huyện Gamma" in _event_labels(text)
    text = ("Chiều 8/6, ông Lê Văn Quy, Bí thư Tỉnh ủy Beta đã gặp mặt thân mật các nữ đại biểu HĐND tỉnh nhân dịp "
            "kỳ họp thứ 3.")
    assert "gặp mặt thân mật các nữ đại biểu HĐND tỉnh" in _event_labels(text)


def test_no_meeting_without_a_day_a_subject_or_a_report():
    texts = [
        "Đoàn công tác của Bộ Y tế đã làm việc với Ban Thường vụ Tỉnh ủy Beta.",  # no day
        "Sáng 6/2, ông Lê Văn Quy, Trưởng phòng Giáo dục cho biết, đã làm việc với cơ quan công an.",  # said
        "Ngày 5/2, Phòng Giáo dục quận Beta đã làm việc với chủ nhóm lớp.",  # no person, no delegation
        "Chiều 12/5, ông Lê Văn Quy, Thứ trưởng Bộ Y tế sẽ làm việc với Ban Thường vụ Tỉnh ủy Beta.",  # a plan
        "Chiều 12/5, ông Lê Văn Quy, Thứ trưởng Bộ Y tế đã làm việc.",  # no object
    ]
    for text in texts:
        assert not [lab for lab in _event_labels(text) if "làm việc" in lab], text


def test_a_name_cut_before_a_holder_or_a_demonstrative_is_none():
    texts = [
        "Chiều 11/5, Chủ tịch nước Lê Văn Quy đã hội đàm với Tổng Bí thư, Chủ tịch nước Beta Gamma Delta.",
        "Sáng 31/5, đoàn công tác gồm lãnh đạo UBND phường Beta đã đến làm việc với công ty trên.",
    ]
    for text in texts:
        labels = [lab for lab in _event_labels(text) if lab.lower().startswith(("hội đàm", "làm việc"))]
        assert not labels, (text, labels)
