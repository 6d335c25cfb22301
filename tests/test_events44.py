"""Meetings whose names open with a word the lexicon lacked (issue 8, item 3, round events44): "kiểm điểm" and
"thông tin về" as purpose words (``kg/lexicon/event_words.tsv``); a meeting's aim, "để" and a verb ("để nghe", "để
xem xét", …), opens a name right after a meeting head only (``kg/lexicon/meeting_aims.tsv``). Made-up examples."""

from helpers import event_labels


def test_a_review_meeting_held_is_named_by_its_purpose():
    text = "Chiều 8/2, UBND xã Alpha đã tổ chức họp kiểm điểm ban công an xã."
    assert "họp kiểm điểm ban công an xã" in event_labels(text)


def test_a_press_conference_informing_about_a_matter_is_named():
    text = "Sáng 2/6, UBND tỉnh Beta tổ chức cuộc họp báo thông tin về việc cá chết hàng loạt."
    assert "cuộc họp báo thông tin về việc cá chết hàng loạt" in event_labels(text)


def test_a_meeting_to_hear_a_report_is_named_by_its_aim():
    text = "Chiều 7-2, ông Lê Văn An, Chủ tịch UBND tỉnh Beta chủ trì cuộc họp để nghe báo cáo tổng hợp tình hình."
    assert "cuộc họp để nghe báo cáo tổng hợp tình hình" in event_labels(text)


def test_no_name_from_a_bare_head_nor_from_de_before_a_subject():
    texts = [
        "Tại buổi họp, ông Lê Văn An cho biết tỉnh Beta sẽ sửa chữa trường học.",
        "Sáng 3/6, UBND tỉnh Beta đã tổ chức cuộc họp để Sở Gamma báo cáo tình hình.",
    ]
    for text in texts:
        labels = event_labels(text)
        assert not any(lab.startswith(("buổi họp", "cuộc họp để")) for lab in labels), (text, labels)


def test_a_meetings_aim_opens_a_name_only_right_after_a_meeting_head():
    text = "Ngày 7/7, ông Lê Văn An đã chủ trì buổi làm việc để bàn phương án giải quyết vụ việc."
    assert "buổi làm việc để bàn phương án giải quyết vụ việc" in event_labels(text)
    after_a_name = ("Chiều 14/5, ông Lê Văn An đã có buổi làm việc với thường trực Tỉnh ủy Beta để nghe báo cáo về "
                    "tình hình kinh tế.")
    assert "buổi làm việc với thường trực Tỉnh ủy Beta" in event_labels(after_a_name)
    festival = "Sáng 3/6, các cộng đồng tổ chức lễ hội để thống nhất bỏ các nghi thức phản cảm."
    assert not any("để" in lab for lab in event_labels(festival))


def test_a_list_of_fields_after_a_meetings_aim_goes_on_with_the_name():
    text = ("Chiều 3/6, ông Lê Văn An đã chủ trì cuộc họp để rà soát các phương án điều chỉnh quy hoạch, mở rộng, "
            "nâng cấp sân bay Alpha.")
    assert "cuộc họp để rà soát các phương án điều chỉnh quy hoạch, mở rộng, nâng cấp sân bay Alpha" \
        in event_labels(text)
