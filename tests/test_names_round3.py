"""Names without a title, round 3 (scripts/data/names_sample_233.tsv): a school named after someone in a list
after the school's head, a clan's name before "tộc", a sentence-opening function word before a name, a person
noun. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_names_listed_after_a_school_s_head_are_schools():
    # "trường tiểu học A và B": B is the second school, not a person
    assert persons("Đoàn đến trường tiểu học Hòa Lạc và Lương Văn Khải ở xã Đông Thành.") == []
    # "4 trường THPT chuyên: A, B, C": a list after the head and a colon
    assert persons("Thí sinh vào 3 trường THPT chuyên: Bình Minh, Lương Văn Khải, Tô Thị Hiền thi thêm Văn.") == []
    # a school's kind ("chuyên") between the head and the name
    assert persons("Em học trường THPT chuyên Lương Văn Khải ở tỉnh nhà.") == []


def test_a_name_after_a_school_s_name_and_a_comma_with_a_cue_is_still_a_person():
    assert persons("Hiệu trưởng trường THPT Bình Minh, Lương Văn Khải cho biết trường đủ giáo viên.") == [
        "Lương Văn Khải"]
    # a name with a family name and two syllables, alone: still a person
    assert persons("Sau đó Lương Văn Khải nộp đơn.") == ["Lương Văn Khải"]


def test_a_name_after_a_commune_s_name_and_va_is_still_a_person():
    # a level word is no institution's head: "xã A và B" may name a commune and a person
    assert persons("Ông Tạ Văn Lộc, ở xã Hòa Lạc và Lương Văn Khải, sinh 1980, lập công ty.") == [
        "Tạ Văn Lộc", "Lương Văn Khải"]
