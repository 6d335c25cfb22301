"""Event names with their whole head (issue 8, item 3, round events51). Made-up examples.

- "Đại lễ" (a great ceremony: a major religious or state rite) is an event head of its own: "Đại lễ X" is named whole,
  not as "Lễ X" with its first word cut (lexicon ``events.tsv``); "Đại lễ đường" (a great hall) names no event."""

from helpers import event_labels as _labels


def test_dai_le_is_a_head_of_its_own():
    got = _labels("Sáng 2/5/2030, Ban Trị sự tỉnh Alpha tổ chức Đại lễ Phật đản năm 2030 tại chùa Beta.")
    assert got == ["Đại lễ Phật đản năm 2030"], got
    got = _labels("Ngày 3/8/2030, chùa Alpha long trọng tổ chức đại lễ Vu Lan báo hiếu.")
    assert got == ["đại lễ Vu Lan báo hiếu"], got


def test_guard_dai_le_duong_is_a_hall():
    """A guard (it passes on the code before events51 too): "Đại lễ đường" is a building, no event."""
    assert _labels("Chiều 5/6/2030, tại Đại lễ đường Nhân dân ở thủ đô Alpha, hai bên đã ký kết văn bản.") == []
