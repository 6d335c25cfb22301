"""Round posts53b (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import posts


def test_a_bare_title_keeps_its_unit_when_the_unit_s_head_is_written_in_lower_case():
    # unit_kinds.tsv lower-head "cảnh sát", "kênh", "viễn thông": the unit a bare title heads, its head in lower case
    # and its name after it, closed by a verb of saying or punctuation, is part of the post (not a bare "Giám đốc")
    got = posts("T\n\nThượng tá Lò Văn Tám - Giám đốc cảnh sát PCCC tỉnh Sông Mây cho biết đám cháy đã được dập tắt.")
    assert got == {"Lò Văn Tám": ["Giám đốc cảnh sát PCCC tỉnh Sông Mây"]}
    got = posts("T\n\nDự buổi lễ có ông Hà Văn Mười, Phó Giám đốc kênh Truyền hình Nông nghiệp; đại diện các sở.")
    assert got == {"Hà Văn Mười": ["Phó Giám đốc kênh Truyền hình Nông nghiệp"]}
    got = posts("T\n\nÔng Hà Văn Mười, Giám đốc viễn thông Khai Mây, cho biết mạng đã ổn định.")
    assert got == {"Hà Văn Mười": ["Giám đốc viễn thông Khai Mây"]}


def test_a_lower_case_unit_head_takes_no_clause_after_it():
    # guard (passes on the old code too): the unit's name is not closed — a clause runs on after it — so the title
    # stays bare rather than take the clause
    got = posts("T\n\nÔng Hà Văn Mười, Giám đốc cảnh sát PCCC tỉnh Sông Mây trực tiếp chỉ huy lực lượng chữa cháy.")
    assert got == {"Hà Văn Mười": ["Giám đốc"]}


def test_a_deputy_of_an_office_written_without_chanh_is_a_title():
    # posts.tsv "Phó Văn phòng": the deputy head of an office, written without "Chánh", opens a post like "Phó phòng"
    got = posts("T\n\nÔng Lò Văn Tám, Phó Văn phòng Sở Tài chính tỉnh Sông Mây, cho biết hồ sơ đã đủ.")
    assert got == {"Lò Văn Tám": ["Phó Văn phòng Sở Tài chính tỉnh Sông Mây"]}
    got = posts("T\n\nÔng Hà Văn Mười từng giữ các chức vụ như: Phó Văn phòng Ủy ban Khai Mây, Chánh Văn phòng Ủy ban "
                "Khai Mây.")
    assert sorted(got["Hà Văn Mười"]) == ["Chánh Văn phòng Ủy ban Khai Mây", "Phó Văn phòng Ủy ban Khai Mây"]
