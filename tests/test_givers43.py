"""Round givers43 (issue 8, item 2): an award's open name goes on through a place's name whose first word is also a
stop word ("cần" need) when a place word ("TP", "tỉnh") comes before it and a capitalised word after it. Made-up
examples."""

from test_awards_posts import _confs


def _names(text: str) -> list[str]:
    return sorted(c["names"][0] for c in _confs("T\n\n" + text))


def test_a_place_name_opening_with_a_stop_word_stays_in_the_prize_name():
    assert _names("Sở Nội vụ tổ chức trao giải Báo chí Lê Văn Mơ TP Cần Lộc lần thứ V.") == [
        "Giải Báo chí Lê Văn Mơ TP Cần Lộc lần thứ V"]
    assert _names("Sở Nội vụ tổ chức trao giải Báo chí Lê Văn Mơ tỉnh Cần Lộc lần thứ V (2016-2017).") == [
        "Giải Báo chí Lê Văn Mơ tỉnh Cần Lộc lần thứ V (2016-2017)"]  # the edition's years too (round givers45)


def test_a_stop_word_without_a_place_word_before_it_still_ends_the_name():
    assert _names("UBND tỉnh trao giải Nhất Hội thi Tân An Cần cù cho ông Nguyễn Văn Tư.") == [
        "Giải Nhất Hội thi Tân An"]
    assert _names("UBND tỉnh trao giải Nhất Hội thi Tân An Cần Lộc cho ông Nguyễn Văn Tư.") == [
        "Giải Nhất Hội thi Tân An"]  # a capitalised word after it, but no place word before it
