"""Round bounds48: a title that is its own unit's head ("Trưởng ban", "Trưởng phòng", "Tổ trưởng") followed by its
unit's name all in lower case, closed by punctuation or a verb of saying, keeps that name (it was cut to the bare
title). Neutral made-up examples."""
from helpers import posts


def test_an_own_head_title_keeps_its_unit_s_lower_case_name():
    got = posts("T\n\nÔng Nguyễn Văn An, Trưởng ban phụ huynh của trường cho biết, các cháu đã về nhà.")
    assert got == {"Nguyễn Văn An": ["Trưởng ban phụ huynh của trường"]}
    got = posts("T\n\nÔng Nguyễn Văn An, Trưởng phòng công chức-viên chức, Sở Nội vụ tỉnh Tây Lô, xác nhận việc này.")
    assert got == {"Nguyễn Văn An": ["Trưởng phòng công chức-viên chức, Sở Nội vụ tỉnh Tây Lô"]}


def test_a_verb_or_no_closer_after_the_bare_title_is_not_taken():
    got = posts("T\n\nÔng Nguyễn Văn An, Trưởng phòng ký công văn, gửi các trường.")
    assert got == {"Nguyễn Văn An": ["Trưởng phòng"]}
