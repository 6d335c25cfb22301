"""A capitalised connective after a bare title opens the next clause (a headline run on into the text): it is no
name of the post's body, and the title is not the post of the person the connective introduces (stop 37; neutral
made-up examples)."""

from helpers import held


def test_theo_ong_after_a_bare_title_is_no_name_and_no_post():
    got = held("T\n\nDoanh nghiệp đối thoại với Thủ tướng Theo ông Trần Văn Khang, Chủ tịch HĐQT Công ty Bình An, "
               "thủ tục còn rườm rà.")
    assert got == {"Trần Văn Khang": ["Chủ tịch HĐQT Công ty Bình An"]}


def test_a_body_name_run_before_the_holder_is_kept():
    got = held("T\n\nChủ tịch Hiệp hội Chè Bình An Lê Văn Tâm phát biểu tại hội nghị.")
    assert got == {"Lê Văn Tâm": ["Chủ tịch Hiệp hội Chè Bình An"]}
