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


def test_a_name_before_a_lower_case_clan_word_is_a_clan():
    assert persons("Con cháu Tôn Thất Bảo tộc kiến nghị xây lại nhà thờ.") == []
    # without the clan word, the same kinship noun vouches for a person
    assert persons("Con cháu Tôn Thất Bảo kiến nghị xây lại nhà thờ.") == ["Tôn Thất Bảo"]


def test_a_capitalised_clause_opener_before_a_name_is_no_part_of_it():
    assert persons("Việc Lương Văn Khải đạt giải nhì là niềm tự hào của trường.") == ["Lương Văn Khải"]
    assert persons("Khi Lương Văn Khải về đến nhà, trời đã tối.") == ["Lương Văn Khải"]
    # an award's first word is no clause opener: "Giải X" is an award named after someone
    assert persons("Giải Lương Văn Khải năm nay có 20 tác phẩm.") == []


def test_a_historical_figure_after_danh_nhan_is_a_person():
    # the person noun vouches for the name, though the document also writes it as a street's
    text = "Đường Lương Văn Khải rộng 20m. Tượng danh nhân Lương Văn Khải đặt ở đầu đường."
    assert persons(text) == ["Lương Văn Khải"]


def test_a_capitalised_word_after_tap_chi_is_no_short_name():
    # "chí" stands for "đồng chí" only after "đồng": "Tạp chí Cộng sản" is a magazine, no person "Cộng"
    assert persons("Ông Tạ Văn Lộc viết bài cho Tạp chí Cộng sản.") == ["Tạ Văn Lộc"]
    assert persons("Ông Tạ Văn Cộng đến. Đồng chí Cộng phát biểu.") == ["Tạ Văn Cộng", "Cộng"]
