"""Round givers49 (issue 8, item 2): each body of a list of givers gives, also when a gloss in brackets follows a
body or a level word the next body's mention leaves out comes before it (conferral_list_gap.py). Made-up examples."""

from test_awards_posts import _confs


def _givers(text: str) -> list[str]:
    return sorted(c["giver"] or "" for c in _confs("Tin Alpha\n\n" + text))


def test_a_body_glossed_in_brackets_gives_beside_the_next():
    assert _givers("Cục Văn hóa cơ sở (Bộ Văn hóa, Thể thao và Du lịch) và UBND tỉnh Alpha đã trao tặng Bằng khen "
                   "cho 20 đội.") == ["Cục Văn hóa cơ sở", "UBND tỉnh Alpha"]


def test_the_bodies_inside_the_brackets_give_nothing():
    givers = _givers("Sở Nội vụ (Bộ Nội vụ) và UBND tỉnh Alpha đã trao tặng Bằng khen cho 20 đội.")
    assert "Bộ Nội vụ" not in givers and givers == ["Sở Nội vụ", "UBND tỉnh Alpha"]


def test_a_person_glossed_in_brackets_is_no_body_of_the_list():  # a guard: passes on the base too
    assert _givers("Ông Nguyễn Văn An (Giám đốc Sở Nội vụ tỉnh Beta) và UBND tỉnh Alpha đã trao tặng Bằng khen cho "
                   "20 đội.") == ["UBND tỉnh Alpha"]


def test_a_level_word_before_the_next_body_keeps_the_list():
    assert _givers("Tối 19/5, T.Ư Hội LHTN Việt Nam, T.Ư Hội Nông dân Việt Nam tổ chức lễ trao giải thưởng Nông dân "
                   "Sông Xanh năm 2017.") == ["Hội LHTN Việt Nam", "Hội Nông dân Việt Nam"]
