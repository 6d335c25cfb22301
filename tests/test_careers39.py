"""Careers in biographies and obituaries, round careers39: the pronoun subject of a career sentence takes its posts,
a pronoun after two persons in a list takes none; made-up examples (invented persons and places)."""

from test_awards_posts import _posts


def test_a_pronoun_after_a_year_without_a_comma_takes_the_posts():
    posts = _posts("T\n\nÔng Vũ Văn Tâm sinh năm 1950 tại huyện Đông Khê. Năm 1975 ông là Phó Chủ tịch UBND huyện "
                   "Đông Khê. Năm 1980 ông làm Chủ tịch UBND huyện Đông Khê rồi Bí thư Huyện ủy Đông Khê.")
    assert posts == {"Vũ Văn Tâm": {"Phó Chủ tịch UBND huyện Đông Khê", "Chủ tịch UBND huyện Đông Khê",
                                    "Bí thư Huyện ủy Đông Khê"}}


def test_a_pronoun_after_an_opening_time_clause_takes_every_item():
    posts = _posts("T\n\nĐồng chí Lương Văn Tú sinh năm 1950. Năm 2001, trong thời kỳ khó khăn ở Hòa Yên đồng chí được "
                   "cử làm Phó Trưởng ban Tổ chức Tỉnh ủy Hòa Yên; Chủ tịch Hội Nông dân tỉnh Hòa Yên.")
    assert posts == {"Lương Văn Tú": {"Phó Trưởng ban Tổ chức Tỉnh ủy Hòa Yên", "Chủ tịch Hội Nông dân tỉnh Hòa Yên"}}


def test_a_kin_word_or_a_function_word_before_the_pronoun_is_no_subject():
    assert _posts("T\n\nÔng Quách Văn Lợi sinh năm 1950. Năm 1990, vợ ông là Trưởng phòng Y tế huyện Đông Khê.") == {}
    assert _posts("T\n\nÔng Quách Văn Lợi sinh năm 1950. Năm 1990, các đồng chí được cử làm Trưởng phòng Y tế huyện "
                  "Đông Khê.") == {}


def test_dam_nhan_opens_a_career_list_after_a_pronoun():
    posts = _posts("T\n\nÔng Kiều Văn Sỹ sinh năm 1966. Trong quá trình công tác, ông lần lượt đảm nhận các chức vụ "
                   "Trưởng phòng Tổng hợp, Chánh Văn phòng UBND tỉnh Hòa Yên.")
    assert posts == {"Kiều Văn Sỹ": {"Trưởng phòng Tổng hợp", "Chánh Văn phòng UBND tỉnh Hòa Yên"}}


def test_a_pronoun_after_two_persons_in_a_list_takes_no_post():
    assert _posts("T\n\nÔng Đỗ Văn Hạnh và ông Mai Văn Tài đến dự. Trước đó, ông là Phó Giám đốc Sở Y tế tỉnh "
                  "Hòa Yên.") == {}
    # the other pronoun's honorific leaves one person in play
    posts = _posts("T\n\nBà Tạ Thị Nga và ông Hà Văn Khải dự lễ. Trước đó, ông là Giám đốc Sở Công thương tỉnh "
                   "Hòa Yên.")
    assert posts == {"Hà Văn Khải": {"Giám đốc Sở Công thương tỉnh Hòa Yên"}}


def _former(text: str) -> dict[str, bool]:
    """The vi label of each post holding → whether it is former."""
    from helpers import run

    from kg.extract.facts import Lit
    out = {}
    for f in run(text).facts:
        if f.cls == "PostHolding":
            label = next(v.value for p, v in f.props if p == "rdfs:label" and isinstance(v, Lit))
            out[label.split(" — ")[1]] = any(p == "vnr:former" for p, _v in f.props)
    return out


def test_every_item_of_a_career_told_with_tung_is_former():
    assert _former("T\n\nÔng Lê Minh Khoa từng giữ các chức vụ: Phó Chủ tịch UBND huyện Đông Khê, Bí thư Huyện ủy "
                   "Đông Khê, Giám đốc Sở Công thương tỉnh Hòa Yên.") == {
        "Phó Chủ tịch UBND huyện Đông Khê": True, "Bí thư Huyện ủy Đông Khê": True,
        "Giám đốc Sở Công thương tỉnh Hòa Yên": True}
    # a word that brings the time forward ends the past; a post before the cue is the present one
    assert _former("T\n\nBà Hồ Thị Lan, Chủ tịch UBND tỉnh Hòa Yên, từng là Bí thư Huyện ủy Đông Khê, Phó Bí thư "
                   "Tỉnh ủy Hòa Yên, nay là Bí thư Tỉnh ủy Hòa Yên.") == {
        "Chủ tịch UBND tỉnh Hòa Yên": False, "Bí thư Huyện ủy Đông Khê": True, "Phó Bí thư Tỉnh ủy Hòa Yên": True,
        "Bí thư Tỉnh ủy Hòa Yên": False}


def test_a_companion_after_cung_is_passed_over_for_the_subject_named_before():
    posts = _posts("T\n\nÔng Vũ Văn Tâm sinh năm 1950. Năm 1979, ông đã cùng Phó Chủ tịch Lê Văn Ánh đi thăm huyện "
                   "Đông Khê. Năm 1980, ông được cử làm Trưởng ban Dân vận Huyện ủy Đông Khê.")
    assert posts["Vũ Văn Tâm"] == {"Trưởng ban Dân vận Huyện ủy Đông Khê"}
    assert "Trưởng ban Dân vận Huyện ủy Đông Khê" not in posts.get("Lê Văn Ánh", set())
    # the one person in play: "với" after no pronoun keeps him the antecedent
    posts = _posts("T\n\nPhóng viên trò chuyện với ông Lê Văn Ánh. Năm 1990, ông được cử làm Trưởng ban Dân vận Huyện "
                   "ủy Đông Khê.")
    assert posts == {"Lê Văn Ánh": {"Trưởng ban Dân vận Huyện ủy Đông Khê"}}


def test_the_posts_of_another_named_inside_a_past_career_are_not_former():
    former = _former("T\n\nÔng Hà Văn Khải từng là thư ký cho Bí thư Tỉnh ủy Hòa Yên Lê Văn Ánh.")
    assert former == {"Bí thư Tỉnh ủy Hòa Yên": False}
