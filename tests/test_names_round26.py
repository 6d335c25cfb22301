"""Names the extractor missed, round 26: a general called by the bare rank word "Tướng" (a foreign or a Vietnamese
name after it), and a historical person after a person noun of ideas ("nhà khai sáng", "nhà phê bình") in an
article that also names an institute after that person. Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_bare_rank_word_anchors_a_foreign_name():
    text = "Người phát ngôn quân đội Nam Dương, Tướng Sorawit Kanchanapat cũng đã lên tiếng."
    assert persons(text) == ["Sorawit Kanchanapat"]
    assert persons("Tướng Wiroj Pattanakul đã lên án vụ tấn công.") == ["Wiroj Pattanakul"]


def test_a_bare_rank_word_after_a_capitalised_word_is_a_titles_end_or_a_name():
    assert persons("Thủ Tướng Lê Văn Hòa đã lên tiếng.") == ["Lê Văn Hòa"]
    assert persons("Đường Tướng Quân được mở rộng.") == []
    assert persons("Nhà hàng Minh Tướng Sorawit mở cửa.") == []


def test_a_person_noun_of_ideas_keeps_a_name_an_institute_also_bears():
    text = ("Viện Lương Văn Khải ra đời nhằm phát huy di sản tinh thần của nhà khai sáng Lương Văn Khải "
            "trong thời nay.")
    assert persons(text) == ["Lương Văn Khải"]
    text = "Quỹ Đỗ Minh Khang được lập để tôn vinh nhà yêu nước Đỗ Minh Khang."
    assert persons(text) == ["Đỗ Minh Khang"]
    assert persons("Viện Lương Văn Khải ra đời nhằm phát huy di sản tinh thần trong thời nay.") == []
