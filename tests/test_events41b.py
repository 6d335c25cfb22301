"""Events named by a verb (issue 8, item 3, round events41b): a rite a named visitor or a delegation is reported to
perform ("đã tới dâng hương …", "đã đến chào xã giao …"), and a visit with a purpose ("đã đến thăm, chúc mừng …"),
named as written up to the clause's end (``kg/extract/mentions/event_rites.py``). Made-up examples."""

from helpers import event_labels


def test_a_courtesy_call_of_a_named_visitor_is_an_event():
    text = ("Trong khuôn khổ chuyến thăm, Chủ tịch Quốc hội Beta Lê Văn Quy đã đến chào xã giao Bộ trưởng Trần Văn "
            "Gam; thăm tỉnh Delta.")
    assert "chào xã giao Bộ trưởng Trần Văn Gam" in event_labels(text)


def test_a_rite_of_a_delegation_ends_before_its_place():
    text = ("Sáng 5-3, Đoàn đại biểu tỉnh Beta đã tới dâng hương, tưởng niệm các anh hùng, liệt sĩ tại Khu di tích "
            "Gamma.")
    assert "dâng hương, tưởng niệm các anh hùng, liệt sĩ" in event_labels(text)


def test_a_visit_with_a_purpose_keeps_its_approach_word():
    text = "Chiều 5-3, ông Lê Văn Quy, Chủ tịch UBND tỉnh Beta đã đến thăm, chúc mừng tập thể cán bộ Báo Gamma."
    assert "đến thăm, chúc mừng tập thể cán bộ Báo Gamma" in event_labels(text)


def test_a_plan_a_clause_a_bare_visit_or_no_object_is_no_event():
    texts = ["Ngày mai, Đoàn đại biểu tỉnh Beta sẽ tới dâng hương các anh hùng liệt sĩ tại Khu di tích Gamma.",
             "Sau khi đã tới dâng hương các anh hùng liệt sĩ, ông Lê Văn Quy phát biểu tại tỉnh Beta.",
             "Sáng 5-3, ông Lê Văn Quy đã đến thăm gia đình bà Trần Thị Gam tại tỉnh Beta.",
             "Sáng 5-3, Đoàn đại biểu tỉnh Beta đã tới dâng hương, dâng hoa tại Khu di tích Gamma."]
    for text in texts:
        assert not [lab for lab in event_labels(text) if lab.startswith(("dâng", "đến thăm", "thăm"))], text


def test_the_posts_after_a_named_host_are_no_part_of_the_name():
    text = ("Trước đó, Đoàn đại biểu Đảng Beta đã đến chào xã giao ông Lê Văn Quy, Ủy viên Bộ Chính trị, Trưởng Ban "
            "Tổ chức Trung ương.")
    assert "chào xã giao ông Lê Văn Quy" in event_labels(text)


def test_a_gift_a_second_rite_or_an_occasion_ends_or_drops_the_name():
    gift = "Sáng 5-3, ông Lê Văn Quy đã đến thăm, trao cho mỗi hộ dân 20 kg gạo tại xã Beta."
    assert not [lab for lab in event_labels(gift) if lab.startswith("đến thăm")]
    second = "Sáng 5-3, Đoàn đại biểu tỉnh Beta đã tới đặt vòng hoa tưởng niệm các anh hùng, thăm Khu di tích Gamma."
    assert "đặt vòng hoa tưởng niệm các anh hùng" in event_labels(second)
    occasion = ("Sáng 5-3, ông Lê Văn Quy đã đến thăm, chúc mừng cán bộ Báo Gamma nhân kỷ niệm 92 năm Ngày Báo chí "
                "Beta.")
    assert "đến thăm, chúc mừng cán bộ Báo Gamma" in event_labels(occasion)


def test_a_purpose_clause_after_a_rite_is_no_object():
    text = "Sáng 5-3, ông Lê Văn Quy đã dâng hương bày tỏ lòng biết ơn các anh hùng liệt sĩ tỉnh Beta."
    assert not [lab for lab in event_labels(text) if lab.startswith("dâng hương")]
