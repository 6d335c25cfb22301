"""A meeting named by a head the lexicon holds no head for, where the clause reports it held (issue 8, item 3, round
events42f): "ông A đã có cuộc hội đàm với ông B." names "cuộc hội đàm với ông B", as written; alone, planned or
referred back to, the head names nothing (``kg/extract/mentions/event_had.py``, class ``reported-head`` of
``kg/lexicon/event_words.tsv``). Made-up examples."""

from helpers import event_labels


def test_talks_reported_by_đã_có_are_named_with_their_complement():
    text = "Chiều 24-5, đồng chí Trần Văn Quy đã có cuộc hội đàm với đồng chí Lê Minh Tân."
    assert "cuộc hội đàm với đồng chí Lê Minh Tân" in event_labels(text)


def test_a_determiner_between_đã_có_and_the_head():
    text = "Sáng cùng ngày, ông Phạm Quốc Vinh đã có các cuộc hội đàm với ông Đỗ Văn Khang."
    assert "cuộc hội đàm với ông Đỗ Văn Khang" in event_labels(text)


def test_a_meeting_organised_by_a_body_after_đã():
    text = "Hội Doanh nhân tỉnh Beta đã tổ chức buổi gặp gỡ với các doanh nghiệp tỉnh Gamma."
    assert "buổi gặp gỡ với các doanh nghiệp tỉnh Gamma" in event_labels(text)


def test_no_meeting_when_planned_referred_back_or_passing():
    texts = [
        "Trong chuyến thăm, ông Trần Văn Quy sẽ có cuộc hội đàm với ông Lê Minh Tân.",  # a plan
        "Tại cuộc hội đàm, hai bên nhất trí tăng cường hợp tác.",  # a reference back
        "Ông Trần Văn Quy thông báo kết quả tốt đẹp của cuộc hội đàm với ông Lê Minh Tân.",  # a passing mention
        "Ngày 6/2, UBND tỉnh Beta sẽ tổ chức buổi gặp gỡ với các doanh nghiệp tỉnh Gamma.",  # a plan
    ]
    for text in texts:
        assert not any("hội đàm" in lab or "gặp gỡ" in lab for lab in event_labels(text)), text
