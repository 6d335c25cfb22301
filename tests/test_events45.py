"""Events on fresh text (issue 8, item 3, round events45): a meeting only planned, proposed or ruled out right after a
verb of holding is no event (``kg/extract/mentions/event_planned.py``, ``kg/lexicon/event_plans.tsv``); a press
conference is named through the event it is about (``kg/extract/mentions/event_topic.py``,
``kg/lexicon/event_topics.tsv``); "buổi tiếp" and "cuộc tiếp" are meeting heads, set bare as the place of what is said
they name the reception reported (``kg/lexicon/events.tsv``, ``event_words.tsv``). Made-up examples."""

import pytest
from helpers import event_labels

from kg.pipeline import process


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An cho biết thêm, Bộ Beta sẽ tiếp thu và có buổi làm việc với tỉnh Alpha để bàn biện pháp.",
    "Theo ông Nguyễn Văn An, tỉnh nên tổ chức một cuộc họp báo chính thức thông tin cụ thể về việc này.",
    "Cảng vụ kiến nghị Cục Beta chủ trì cuộc họp với UBND tỉnh Alpha và các đơn vị liên quan để thống nhất biện pháp.",
    "Bên cạnh đó, Ban Gamma sẽ phối hợp với một số địa phương tổ chức hội nghị xúc tiến đầu tư, phối hợp với các bộ.",
    "Ông Nguyễn Văn An đề nghị rà soát lại, sau đó mới tính tổ chức hội thảo khoa học để lấy ý kiến.",
    "Trong ba tháng tới, Bộ Beta phải tổ chức hội nghị, hội thảo lấy ý kiến các chuyên gia, các nhà khoa học.",
])
def test_a_meeting_only_planned_or_proposed_is_no_event(text: str) -> None:
    assert event_labels(text) == [], text


@pytest.mark.parametrize("text, label", [
    ("Chiều 5/3, UBND tỉnh Alpha đã tổ chức hội nghị tổng kết công tác năm 2016.",
     "hội nghị tổng kết công tác năm 2016"),
    ("Sáng 5/3, UBND tỉnh Alpha tổ chức hội nghị tổng kết công tác năm 2016.", "hội nghị tổng kết công tác năm 2016"),
    ("UBND tỉnh Alpha sẽ tổ chức Lễ hội hoa Alpha lần thứ 3 vào ngày 10/3.", "Lễ hội hoa Alpha lần thứ 3"),
    ("Tỉnh Alpha không chỉ tổ chức lễ hội hoa Alpha lần thứ 3 mà còn mời nhiều du khách.",
     "lễ hội hoa Alpha lần thứ 3"),
])
def test_a_meeting_held_or_named_with_its_capital_stays(text: str, label: str) -> None:
    assert label in event_labels(text), text


@pytest.mark.parametrize("text, label", [
    ("Sáng 5/3, HĐND tỉnh Alpha họp báo về kỳ họp thứ 4 (diễn ra từ ngày 3 - 5.7). Ông Lê Văn Bình cho biết thêm.",
     "họp báo về kỳ họp thứ 4"),
    ("Sáng 5/3, tại buổi họp báo trước kỳ họp HĐND tỉnh Alpha, ông Lê Văn Bình cho biết nhiều điều.",
     "buổi họp báo trước kỳ họp HĐND tỉnh Alpha"),
    ("Họp báo Lễ hội hoa Alpha lần thứ 3. Ông Lê Văn Bình phát biểu.", "Họp báo Lễ hội hoa Alpha lần thứ 3"),
])
def test_a_press_conference_is_named_through_the_event_it_is_about(text: str, label: str) -> None:
    assert label in event_labels(text), text


def test_no_press_conference_name_when_the_topic_goes_on_to_more_events() -> None:
    text = ("Sáng 5/3, Ban Beta phối hợp với UBND tỉnh Alpha tổ chức họp báo về việc tổ chức Lễ hội hoa Alpha lần "
            "thứ 3 và Hội nghị xúc tiến đầu tư tỉnh Alpha lần thứ 2.")
    assert not any(lab.startswith("họp báo") for lab in event_labels(text))


@pytest.mark.parametrize("text, label", [
    ("Ngày 26/5, Chủ tịch UBND tỉnh Alpha Nguyễn Văn An tiếp ông Kim Beta cùng đoàn công tác. Tại buổi tiếp, ông An "
     "cảm ơn đoàn.", "buổi tiếp"),
    ("Chiều 29/5, tại trụ sở UBND tỉnh Alpha, ông Nguyễn Văn An đã thân mật tiếp Đoàn. Trong cuộc tiếp, ông An bày tỏ "
     "vui mừng.", "cuộc tiếp"),
    ("Chiều 29/5, ông Nguyễn Văn An có buổi tiếp Đoàn đại biểu tỉnh Beta do ông Lê Văn Bình dẫn đầu.",
     "buổi tiếp Đoàn đại biểu tỉnh Beta"),
])
def test_a_reception_head_names_the_reception(text: str, label: str) -> None:
    assert event_labels(text) == [label], text


def test_the_next_session_is_no_reception() -> None:
    assert event_labels("Tại buổi tiếp theo, ông Nguyễn Văn An nói nhiều.") == []


def test_a_reception_reported_by_its_verb_is_named_by_its_bare_head_beside_other_events() -> None:
    text = ("Chiều 29/5, tại trụ sở UBND tỉnh Alpha, ông Nguyễn Văn An đã thân mật tiếp Đoàn. Trong cuộc tiếp, ông An "
            "bày tỏ vui mừng. Sáng 30/5, Đoàn đã dự Lễ khánh thành Nhà văn hóa xã Beta.")
    assert "cuộc tiếp" in event_labels(text)


def test_no_reception_without_its_verb_reported_on_a_day() -> None:
    texts = [
        "Ông Nguyễn Văn An tiếp tục làm việc. Trong cuộc tiếp, ông An vui mừng. Sáng 30/5, Đoàn đã dự Lễ khánh thành "
        "Nhà văn hóa xã Beta.",
        "Ông Nguyễn Văn An sẽ tiếp Đoàn. Trong cuộc tiếp, ông An vui mừng. Sáng 30/5, Đoàn đã dự Lễ khánh thành Nhà "
        "văn hóa xã Beta.",
    ]
    for text in texts:
        assert "cuộc tiếp" not in event_labels(text), text


@pytest.mark.parametrize("text, label", [
    ("Chiều 30.6, Sở Alpha tỉnh Hòa Định chủ trì buổi làm việc giữa lãnh đạo Công ty Beta và 19 chủ tàu.",
     "buổi làm việc giữa lãnh đạo Công ty Beta và 19 chủ tàu"),
    ("Chiều 21-6, Sở Alpha phối hợp với Hội Nhà báo TP Cần Lộc tổ chức họp mặt kỷ niệm 92 năm ngày Báo chí cách mạng "
     "Việt Nam.", "họp mặt kỷ niệm 92 năm ngày Báo chí cách mạng Việt Nam"),
    ("Chủ tịch cho biết, sẽ làm việc với ban tổ chức lễ hội đền Alpha và chùa Beta để không tái diễn.",
     "lễ hội đền Alpha và chùa Beta"),
    ("Năm nay, do khuôn viên di tích đang được tu sửa nên địa điểm tổ chức lễ khai mạc được di chuyển ra chùa Beta.",
     "lễ khai mạc"),
    ("Mới đây trong buổi tiếp nhận khen thưởng từ đoàn công tác, ông Nguyễn Văn An cho biết.",
     "buổi tiếp nhận khen thưởng"),
])
def test_no_plan_from_a_syllable_of_a_name_a_committee_or_a_cause(text: str, label: str) -> None:
    assert label in event_labels(text), text


def test_a_reception_cut_before_its_guests_name_is_no_name() -> None:
    text = ("Chiều 16/6, ông Nguyễn Văn An đã có buổi tiếp Ủy viên Bộ Chính trị Đảng Cộng sản Alpha, Chủ tịch Quốc hội "
            "Alpha Lê Văn Bình, đang thăm Việt Nam.")
    assert not any(lab.startswith("buổi tiếp") for lab in event_labels(text))


def test_no_press_conference_name_before_a_list_of_events() -> None:
    text = ("Ngày 6-2, Ban Beta tổ chức họp báo về Lễ hội hoa Alpha lần thứ 6, Liên hoan văn hóa Beta năm 2017 và Hội "
            "nghị xúc tiến đầu tư Gamma.")
    assert not any(lab.startswith("họp báo") for lab in event_labels(text))


def test_a_reception_whose_guest_is_named_keeps_its_name_before_the_speakers() -> None:
    text = "Trong buổi tiếp Chủ tịch Quốc hội Alpha Lê Văn Bình, ông Nguyễn Văn An cho biết đã tới Alpha 2 lần."
    assert "buổi tiếp Chủ tịch Quốc hội Alpha Lê Văn Bình" in event_labels(text)


def test_a_reception_of_a_guest_named_by_posts_alone_keeps_the_guests_posts() -> None:
    text = ("Tại cuộc tiếp Tổng thư ký Đảng Alpha, Chủ tịch Hội hữu nghị Beta, Chủ tịch nước Nguyễn Văn An và ngài Kim "
            "Gamma đã trao đổi nhiều vấn đề.")
    labels = event_labels(text)
    assert not any(lab.startswith("cuộc tiếp ") for lab in labels), labels
    links = process("t", "Tin Alpha\n\n" + text).links
    posts = {e.label for e in links.entities.values() if e.kind == "post"}
    assert "Tổng thư ký Đảng Alpha" in posts, posts  # the guest's first post, not swallowed by a reception's name


def test_a_bare_reception_head_after_the_reception_named_whole_is_no_second_reception() -> None:
    text = ("Chiều 29/5, ông Nguyễn Văn An đã có buổi tiếp Đoàn đại biểu tỉnh Beta. Tại buổi tiếp, ông An cảm ơn "
            "đoàn.")
    assert event_labels(text) == ["buổi tiếp Đoàn đại biểu tỉnh Beta"]


def test_a_reception_named_whole_later_is_another_and_leaves_the_bare_head_its_own() -> None:
    text = ("Chiều 29/5, ông Nguyễn Văn An đã tiếp Đoàn đại biểu tỉnh Beta. Tại buổi tiếp, ông An cảm ơn đoàn. Cùng "
            "ngày, ông Lê Văn Bình đã có buổi tiếp Đoàn đại biểu tỉnh Beta.")
    assert event_labels(text) == ["buổi tiếp", "buổi tiếp Đoàn đại biểu tỉnh Beta"]
