"""Event names with their whole head (issue 8, item 3, round events51). Made-up examples.

- "Đại lễ" (a great ceremony: a major religious or state rite) is an event head of its own: "Đại lễ X" is named whole,
  not as "Lễ X" with its first word cut (lexicon ``events.tsv``); "Đại lễ đường" (a great hall) names no event;
  "Đại lễ X" and "lễ X" in one report are one node (``kg/extract/event_key.py``), and a bare "Đại lễ X" joins
  the report's longer "Đại lễ X …" (``kg/extract/event_subsume.py``);
- "hy sinh" right after a noun of the fallen (or after it and its country's name) opens a relative clause on it: "hy
  sinh", "tại"/"ở" and a place go on with the name of the rite (``kg/extract/event_fallen.py``, classes ``fallen``,
  ``fell``, ``fell-at`` in ``event_words.tsv``); "hy sinh khi …" still ends it."""

from helpers import event_labels as _labels

from kg.extract.event_key import event_key


def test_dai_le_is_a_head_of_its_own():
    got = _labels("Sáng 2/5/2030, Ban Trị sự tỉnh Alpha tổ chức Đại lễ Phật đản năm 2030 tại chùa Beta.")
    assert got == ["Đại lễ Phật đản năm 2030"], got
    got = _labels("Ngày 3/8/2030, chùa Alpha long trọng tổ chức đại lễ Vu Lan báo hiếu.")
    assert got == ["đại lễ Vu Lan báo hiếu"], got


def test_dai_le_and_le_name_one_event():
    assert event_key("Đại lễ Phật đản năm 2030") == event_key("lễ Phật đản 2030")
    got = _labels("Sáng 2/5/2030, Ban Trị sự tỉnh Alpha tổ chức Đại lễ Phật đản tại chùa Beta. Ông Nguyễn Văn An gửi "
                  "lời chúc mừng nhân lễ Phật đản.")
    assert len(got) == 1, got
    got = _labels("Sáng 2/5/2030, Ban Trị sự tỉnh Alpha tổ chức Đại lễ Phật đản năm 2030 - Phật lịch 2574 tại chùa "
                  "Beta. Tại buổi lễ, các phật tử đã ôn lại ý nghĩa Đại lễ Phật đản.")
    assert got == ["Đại lễ Phật đản năm 2030"], got  # the short name joins the article's longer one (event_subsume)


def test_guard_dai_le_duong_is_a_hall():
    """A guard (it passes on the code before events51 too): "Đại lễ đường" is a building, no event."""
    assert _labels("Chiều 5/6/2030, tại Đại lễ đường Nhân dân ở thủ đô Alpha, hai bên đã ký kết văn bản.") == []


def test_where_the_fallen_fell_goes_on_with_the_name():
    got = _labels("Sáng 3/4/2030, tỉnh Alpha tổ chức lễ an táng 20 hài cốt liệt sĩ hy sinh tại Beta.")
    assert got == ["lễ an táng 20 hài cốt liệt sĩ hy sinh tại Beta"], got
    got = _labels("Ngày 5/4/2030, UBND tỉnh Gamma tổ chức lễ truy điệu các chiến sĩ hy sinh ở sân bay Delta năm 1970.")
    assert got == ["lễ truy điệu các chiến sĩ hy sinh ở sân bay Delta năm 1970"], got
    got = _labels("Ngày 6/4/2030, huyện Epsilon tổ chức lễ an táng hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh "
                  "tại nước bạn Zeta.")
    assert got == ["lễ an táng hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại nước bạn Zeta"], got


def test_guard_hy_sinh_before_a_time_clause_still_ends_the_name():
    """A guard (it passes on the code before events51 too): "hy sinh khi …" is no place, the name ends before it."""
    got = _labels("Ngày 7/4/2030, xã Eta tổ chức lễ truy điệu 40 liệt sĩ hy sinh khi tham gia chiến dịch Theta.")
    assert got == ["lễ truy điệu 40 liệt sĩ"], got
