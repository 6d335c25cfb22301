"""The meetings a visit's summary lists by their verbs (issue 8, item 3, round visits45): "X đã hội đàm với A; chào
xã giao B; hội kiến với C; …" — each verb with its counterpart is one event, named as written
(``kg/extract/mentions/event_visits.py``, ``kg/lexicon/visit_verbs.tsv``). Made-up examples."""

from helpers import event_labels


def test_each_meeting_of_a_semicolon_list_is_an_event_under_a_title_only_subject():
    text = ("Ngày 3/4, Đoàn đại biểu Quốc hội nước Beta kết thúc chuyến thăm chính thức Việt Nam. Trong khuôn khổ "
            "chuyến thăm, Chủ tịch Thượng viện Beta đã hội đàm với Chủ tịch Quốc hội Trần Thị Mơ; chào xã giao "
            "Tổng Bí thư Lê Văn Quy; hội kiến với Thủ tướng Nguyễn Văn An; gặp Bí thư Thành ủy Gamma Phạm Văn Bình.")
    labels = event_labels(text)
    for name in ("hội đàm với Chủ tịch Quốc hội Trần Thị Mơ", "chào xã giao Tổng Bí thư Lê Văn Quy",
                 "hội kiến với Thủ tướng Nguyễn Văn An"):
        assert name in labels, labels
    assert not [lab for lab in labels if lab.startswith("gặp")], labels


def test_a_comma_list_of_meetings_and_a_single_undated_one():
    text = ("Thủ tướng Nguyễn Văn An đã hội kiến với Nhà vua Beta, hội đàm với Thủ tướng Beta Gamma Delta, hội kiến "
            "Chủ tịch Thượng viện Beta; tiếp lãnh đạo các doanh nghiệp.")
    labels = event_labels(text)
    for name in ("hội kiến với Nhà vua Beta", "hội đàm với Thủ tướng Beta Gamma Delta",
                 "hội kiến Chủ tịch Thượng viện Beta"):
        assert name in labels, labels


def test_no_meeting_of_a_plan_a_result_or_a_noun():
    texts = [
        "Trong khuôn khổ chuyến thăm, Thủ tướng Nguyễn Văn An sẽ hội đàm với Tổng thống Beta, hội kiến Nhà vua Beta.",
        "Theo chương trình, Thủ tướng Nguyễn Văn An dự kiến hội đàm với Tổng thống Beta; hội kiến Nhà vua Beta.",
        ("Ông Gamma đã thông báo với Chủ tịch nước Lê Văn Quy về kết quả các cuộc hội đàm, hội kiến với các nhà "
         "lãnh đạo Việt Nam."),
    ]
    for text in texts:
        labels = [lab for lab in event_labels(text) if lab.lower().startswith(("hội đàm", "hội kiến"))]
        assert not labels, (text, labels)
