"""A foreign name written as an initial glued to the family name after a title (issue 8, round prec20)."""
from helpers import mentions, posts


def test_initial_name_after_title_and_country_holds_the_post_not_the_next_person():
    text = "T\n\nTrong cuộc gặp Tổng thống Liên bang Nga K.Lo-ta-vi, Chủ tịch nước Hoàng Văn Lam nói."
    assert mentions(text, "person") == ["K.Lo-ta-vi", "Hoàng Văn Lam"]
    assert posts(text) == {"K.Lo-ta-vi": ["Tổng thống Liên bang Nga"], "Hoàng Văn Lam": ["Chủ tịch nước"]}


def test_initial_name_after_bare_title_and_after_country_without_hyphen():
    assert posts("T\n\nTổng thống P.Ri-ta-na khẳng định hai bên sẽ hợp tác.") == {"P.Ri-ta-na": ["Tổng thống"]}
    text = "T\n\nVui mừng gặp lại Thủ tướng Ấn Độ R.Kumar, Thủ tướng Lê Văn Tâm hoan nghênh đoàn."
    assert posts(text) == {"R.Kumar": ["Thủ tướng Ấn Độ"], "Lê Văn Tâm": ["Thủ tướng"]}


def test_abbreviated_level_before_a_vietnamese_place_is_no_initial_name():
    text = "T\n\nÔng Lê Văn Tâm, Chủ tịch UBND Q.Hai Bà Trưng cho biết như vậy."
    assert mentions(text, "person") == ["Lê Văn Tâm"]
