"""Leftovers of stop 38 (issue 8, round left38b): one neutral made-up example per rule."""
from helpers import held, mentions


def test_a_staff_title_written_with_another_dash_is_still_the_lexicons_title():
    # sentence.py's phrase trie: a dash between two words of a lexicon phrase matches any dash, spaced or not
    text = ("T\n\nÔng Lò Văn Tám, công chức tư pháp – hộ tịch xã Sông Mây cho biết như vậy. Ông Hà Văn Mười, cán bộ "
            "địa chính-xây dựng xã Bình Lư, nói thêm.")
    assert held(text) == {"Lò Văn Tám": ["công chức tư pháp – hộ tịch xã Sông Mây"],
                          "Hà Văn Mười": ["cán bộ địa chính-xây dựng xã Bình Lư"]}


def test_a_field_and_a_province_written_with_an_unspaced_dash_are_still_their_concept_and_place():
    # the same trie: "kinh tế-xã hội" is the lexicon's field "kinh tế - xã hội"
    text = "T\n\nTỉnh Sông Mây bàn các giải pháp phát triển kinh tế-xã hội năm tới."
    assert mentions(text, "concept") == ["phát triển kinh tế-xã hội"]


def test_a_given_name_pair_before_a_verb_stays_a_person():
    assert mentions("T\n\nAnh Trường Giang cho biết như vậy.", "person") == ["Trường Giang"]
