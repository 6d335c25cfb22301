"""Round prec40c: the stacked-title wrongs prec40b left. A verb of approving, thanking, praising or proposing after
the name closes a governed phrase as a verb of saying does ("kiến nghị của đại biểu, POST A hoan nghênh"); a
lower-case title after "là" is a predicate ("… là trưởng thôn, POST A"); after "thay mặt B," a post of B itself is
a party the name acts for; a name's last syllable and a following "Ủy viên" form no "Chính ủy". Neutral made-up
examples."""
from helpers import posts


def test_a_post_governed_before_the_subject_of_a_verb_of_approving_is_another_s():
    got = posts("T\n\nNghe kiến nghị của nữ đại biểu Quốc hội, Chủ tịch nước Lò Văn Tám hoan nghênh tinh thần đó.")
    assert got == {"Lò Văn Tám": ["Chủ tịch nước"]}
    got = posts("T\n\nTrước ý kiến của Giám đốc Sở Thủy lợi, Chủ tịch UBND tỉnh Tây Lô Hà Thị Chín cảm ơn các sở.")
    assert got == {"Hà Thị Chín": ["Chủ tịch UBND tỉnh Tây Lô"]}


def test_a_lower_case_title_after_the_copula_is_a_predicate_not_the_name_s_post():
    got = posts("T\n\nÔng nói về tỷ lệ đảng viên là trưởng thôn, Bí thư Huyện ủy Tây Lô Lò Văn Tám cho biết thêm.")
    assert got == {"Lò Văn Tám": ["Bí thư Huyện ủy Tây Lô"]}


def test_a_post_of_the_body_the_name_acts_for_is_not_its_own():
    got = posts("T\n\nThay mặt Chính phủ, Thủ tướng Chính phủ, Bộ trưởng Bộ Thủy lợi Lò Văn Tám cảm ơn các sở.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Thủy lợi"]}


def test_a_stacked_post_of_another_body_stays_the_name_s_own():
    got = posts("T\n\nThay mặt Ban cán sự Đảng, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Tây Lô Lò Văn Tám phát biểu.")
    assert sorted(got["Lò Văn Tám"]) == ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Tây Lô"]


def test_a_name_glued_to_a_member_title_forms_no_commissar_title():
    got = posts("T\n\nÔng Lò Văn Chính Ủy viên Ban Thường vụ Tỉnh ủy Tây Lô")
    assert "Lò Văn" not in got
    assert got["Lò Văn Chính"] == ["Ủy viên Ban Thường vụ Tỉnh ủy Tây Lô"]
    got = posts("T\n\nĐại tá Lò Văn Tám, Chính ủy Sư đoàn 9, phát biểu.")
    assert got == {"Lò Văn Tám": ["Chính ủy Sư đoàn 9"]}


def test_a_pronoun_does_not_stand_for_a_person_its_sentence_names_after_it():
    got = posts("T\n\nĐồng chí Lò Văn Tám sinh năm 1920 tại Tây Lô. Năm 1950, đồng chí đón Hà Văn Chín về nước. "
                "Năm 1951, đồng chí được bầu làm Chủ tịch Hội Nông dân, dưới sự chỉ đạo của Hà Văn Chín, đồng chí "
                "đã mở nhiều lớp học.")
    assert "Chủ tịch Hội Nông dân" not in got.get("Hà Văn Chín", [])
