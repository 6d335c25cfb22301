"""Names the extractor missed, round 27: a name without a title in a photo caption, placed by a bracket that holds
nothing but a position in the photo ("(bìa phải)", "(đứng giữa)", "(thứ hai từ trái sang)"). Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_caption_position_makes_a_short_name_a_persons():
    assert persons("Lê Hùng (bìa phải) trao quà cho học sinh xã Tân Khê.") == ["Lê Hùng"]
    assert persons("Mai Lan (đứng giữa) cùng các em học sinh.") == ["Mai Lan"]


def test_an_ordinal_position_from_one_side():
    assert persons("Đỗ Khang (thứ hai từ trái sang) tại buổi lễ.") == ["Đỗ Khang"]
    assert persons("Đỗ Khang (thứ 3, từ phải sang) tại buổi lễ.") == ["Đỗ Khang"]


def test_a_bracket_with_more_than_a_position_or_after_a_place_is_no_cue():
    assert persons("Lê Hùng (bìa phải của con đường) được mở rộng.") == []
    assert persons("Đồng Nai (áo trắng) thắng trận đấu.") == []
    assert persons("Tỉnh Hòa Khê (trái) và tỉnh Tân Lĩnh (phải) ký kết hợp tác.") == []
