"""Leftovers of stop 38 (issue 8, round left38b): one neutral made-up example per rule."""
from helpers import held, mentions


def test_a_staff_title_written_with_another_dash_is_still_the_lexicons_title():
    # sentence.py's phrase trie: a dash between two words of a lexicon phrase matches any dash, spaced or not
    text = ("T\n\nÔng Lò Văn Tám, công chức tư pháp – hộ tịch xã Sông Mây cho biết như vậy. Ông Hà Văn Mười, cán bộ "
            "địa chính-xây dựng xã Bình Lư, nói thêm.")
    assert held(text) == {"Lò Văn Tám": ["công chức tư pháp – hộ tịch xã Sông Mây"],
                          "Hà Văn Mười": ["cán bộ địa chính-xây dựng xã Bình Lư"]}


def test_a_department_after_an_occupation_is_no_person():
    # person_bodies.py: a one-word body head no family name shares ("Khoa") + a lower-case syllable ending no name
    text = ("T\n\nCác bác sỹ Khoa Hồi sức tích cực - Bệnh viện Đa khoa tỉnh Sông Mây cho biết, sức khỏe bệnh nhân "
            "đã ổn. Bác sĩ Lò Văn Tám, Khoa Nội tổng hợp, nói thêm.")
    assert mentions(text, "person") == ["Lò Văn Tám"]


def test_a_given_name_pair_before_a_verb_stays_a_person():
    assert mentions("T\n\nAnh Trường Giang cho biết như vậy.", "person") == ["Trường Giang"]
