"""Names the extractor did not read, round 20 (scripts/data/names_sample_271.tsv and the seed-229 title sample): a
foreign leader's Sino-Vietnamese name that opens with a body's head word, a king's reign name, a Latin name after a
body's bracketed short form; and a company's name before a verb of saying is no person. Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_sino_vietnamese_name_opening_with_a_body_head_after_a_national_title():
    # "Tập" opens "Tập đoàn", but "Tập Khánh Lâm" opens no body, and "Chủ tịch nước" implies its own body
    assert persons("Ông Lê Văn Khải gặp Chủ tịch nước Tập Khánh Lâm tại thủ đô.") == ["Lê Văn Khải", "Tập Khánh Lâm"]
    assert persons("Hội đàm với Tổng Bí thư, Chủ tịch nước Tập Khánh Lâm diễn ra sáng nay.") == ["Tập Khánh Lâm"]


def test_no_sino_name_from_a_miscapitalised_body_or_after_a_title_that_needs_a_body():
    assert persons("Giám đốc Sở Tư Pháp phát biểu tại hội nghị.") == []
    assert persons("Chủ tịch nước Mặt Trận Tổ phát biểu tại hội nghị.") == []  # a body's first two words
    assert persons("Hiệu trưởng Trường Đại Học phát biểu tại hội nghị.") == []
    assert persons("Giám đốc Đại Khánh Lâm: 'Chúng tôi đã trả nợ'.") == []  # a company's name
    assert persons("Phó chủ tịch Chính Hiệp Đối với vụ việc này, ông giữ im lặng.") == []


def test_a_kings_reign_name_after_vua():
    # a reign name has no family name
    assert persons("Lăng của một bà phi, vợ vua Minh Khánh, vừa được tu bổ.") == ["Minh Khánh"]
    assert persons("Đền thờ vua Lương Đại Khải nằm ở đây.") == ["Lương Đại Khải"]


def test_no_king_from_a_contest_or_a_lone_dynasty_word():
    assert persons("Giải Vua Muay Thái diễn ra tại đây.") == []
    assert persons("Đây là thời vua Trần và các quan.") == []


def test_a_latin_name_after_a_bodys_bracketed_short_form_is_the_holder():
    assert persons("Bà Trần Thị Khánh cùng Chủ tịch Liên minh Nghị sĩ Quốc tế (LNQ) Amir Hossan và các đại biểu "
                   "trồng cây.") == ["Trần Thị Khánh", "Amir Hossan"]


def test_no_latin_name_after_a_bare_acronym_or_a_bracketed_one_going_on():
    assert persons("Giám đốc Trung tâm Nghiên cứu (CRC) Ho Chi Minh City cho biết như vậy.") == []


def test_a_company_named_like_a_person_before_a_verb_of_saying_is_no_person():
    assert persons("Một đơn vị nữa là Công ty TNHH Xây dựng Lương Khánh cho biết cũng bị nợ.") == []
    assert persons("Đại diện Công ty Cổ phần Thương mại Đào Khải cho biết sẽ trả nợ.") == []


def test_a_person_after_a_company_still_counts_when_named_so_elsewhere():
    text = ("Công ty TNHH Xây dựng Lương Văn Khánh cho biết đã trả nợ. Ông Lương Văn Khánh là chủ doanh nghiệp.")
    assert persons(text) == ["Lương Văn Khánh", "Lương Văn Khánh"]
    assert persons("Bà Trần Thị Khánh cho biết công ty đã trả nợ.") == ["Trần Thị Khánh"]


def test_a_long_lao_family_name_after_a_rank():
    assert persons("Chính ủy Bộ chỉ huy quân sự thủ đô Quế Lâm, Đại tá Khamphet Sonsavanhvong, cùng dự lễ.") == [
        "Khamphet Sonsavanhvong"]
    assert persons("Tổng giám đốc WHO Tedros Amanuel Gebrehiwotyes cho biết như vậy.") == [
        "Tedros Amanuel Gebrehiwotyes"]


def test_no_person_from_a_long_latin_company_word():
    assert persons("Đại diện Saigonholiday Group cho biết như vậy.") == []
    assert persons("Công ty Vinainspection cho biết như vậy.") == []
