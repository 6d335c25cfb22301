"""An event node's label is its best complete name (kg.extract.event_label), not merely its longest form."""

from helpers import event_labels


def test_event_label_the_commonest_form_beats_a_longer_one_written_once():
    assert event_labels("T\n\nHội nghị Xúc tiến đầu tư vùng Đông Bắc lần thứ tư khai mạc sáng nay. "
                        "Hội nghị Xúc tiến đầu tư vùng Đông Bắc lần thứ 4 diễn ra sôi nổi. "
                        "Hội nghị Xúc tiến đầu tư vùng Đông Bắc lần thứ 4 bế mạc chiều nay", None) == [
        "Hội nghị Xúc tiến đầu tư vùng Đông Bắc lần thứ 4"]


def test_event_label_a_form_that_ends_at_a_clause_boundary_comes_first():
    text = ("T\n\nLễ hội Hoa Đào Núi năm 2031 diễn ra sôi nổi. Lễ hội Hoa Đào Núi năm 2031 thu hút du khách. "
            "Ông Trần Văn Khải dự Lễ hội Hoa Đào Núi 2031.")
    assert event_labels(text, None) == ["Lễ hội Hoa Đào Núi 2031"]


def test_event_label_the_full_form_beats_a_commoner_abbreviated_one():
    text = ("T\n\nKỳ họp thứ 6 HĐND TP Hòa Lâm khóa IX khai mạc. Ông Lê Văn Tám dự Kỳ họp thứ 6 HĐND TP Hòa Lâm "
            "khóa IX. Kỳ họp thứ 6 Hội đồng nhân dân TP Hòa Lâm khóa IX bế mạc chiều nay")
    assert event_labels(text, None) == ["Kỳ họp thứ 6 Hội đồng nhân dân TP Hòa Lâm khóa IX"]


def test_event_label_a_form_whose_quotes_close_with_their_own_mark_comes_first():
    text = ("T\n\nLễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất\" diễn ra sáng nay. "
            "Ông Lê Văn Tám dự Lễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất\". "
            "Lễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất” kết thúc lúc 11 giờ.")
    assert event_labels(text, None) == ["Lễ khánh thành cầu Tân Lập và đón nhận kỷ lục “Cầu nhanh nhất”"]
