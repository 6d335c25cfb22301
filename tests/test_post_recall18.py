"""Post constructions from the unattached-title sample of seed 229 (issue 8, recall on unseen text): one neutral
made-up example per construction, none from the corpus."""

from helpers import mentions, posts


def test_a_rank_after_a_spaced_dash_ends_the_place_and_the_body():
    text = "T\n\nTài sản của gia đình Giám đốc Công an tỉnh Kim Sơn - Thiếu tướng Lò Văn Tám đã được làm rõ."
    assert "tỉnh Kim Sơn" in mentions(text, "place")
    assert "Công an tỉnh Kim Sơn" in mentions(text, "body")
    assert posts(text) == {"Lò Văn Tám": ["Giám đốc Công an tỉnh Kim Sơn"]}
    assert posts("T\n\nGiám đốc Công an tỉnh Kim Sơn – Đại tá Lò Văn Tám cho biết.") == {
        "Lò Văn Tám": ["Giám đốc Công an tỉnh Kim Sơn"]}


def test_a_province_after_a_dash_still_joins_the_name():
    assert "tỉnh Bà Rịa - Vũng Tàu" in mentions("T\n\nÔng Lò Văn Tám về thăm tỉnh Bà Rịa - Vũng Tàu.", "place")

