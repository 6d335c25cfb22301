"""Names the extractor missed, round names53 (a recall census of the corpus): a full name of three words whose given
name is a word that is mostly a middle name ("ông Đỗ Khải Thị, …", "Sư thầy Thích Mơ Văn, …"), anchored and closed
by punctuation, is a person's; a name cut before its given name, a withheld initial, a compound ("Văn phòng", "Thị
trấn") or a place stays none. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_middle_name_word_as_the_given_name_after_an_honorific_or_title():
    assert persons("Ông Đỗ Khải Thị, Chủ tịch UBND xã, cho biết đường đã xong.") == ["Đỗ Khải Thị"]
    assert persons("Theo ông Hoàng Mơ Văn, nhiều hộ dân thiếu đất sản xuất.") == ["Hoàng Mơ Văn"]
    assert persons("Theo Sư thầy Thích Mơ Văn, trụ trì chùa Khê: “Chùa đã cũ”.") == ["Thích Mơ Văn"]


def test_a_middle_name_word_as_the_given_name_after_a_title_and_its_place():
    assert persons("Theo Phó trưởng thôn Nà Mơ Lê Khải Văn, nhiều hộ dân thiếu đất.") == ["Lê Khải Văn"]


def test_a_middle_name_word_still_ends_no_name_written_in_part():
    assert persons("Sáng qua, ông Trần Lê Văn Mơ Thị đã tới.") == []  # five words
    assert persons("Anh Trần Khải Văn H. bị bắt hôm qua.") == []  # a withheld initial
    assert persons("Ông Nguyễn Mơ Thị trấn Khê cho biết.") == []  # "Thị trấn": a compound, never the given name
    assert persons("Bà Lê Thị, vợ ông Khải, cho biết.") == ["Khải"]  # two words: a name cut before its given name

def test_no_anchor_no_name():
    assert persons("Đoàn công tác đến thôn Hà Mơ Văn, huyện Khê.") == []
