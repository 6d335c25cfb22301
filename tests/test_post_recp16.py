"""Person–post recall from the person side, round 251 of issue 8 (articles nobody annotated): one neutral made-up
example per rule."""
from helpers import held, mentions


def test_a_post_after_age_and_residence_in_parentheses_after_a_comma():
    got = held("T\n\nBà Vi nói về ông Đàm Văn Tư (45 tuổi, trú tại xã Tân Lập, huyện Mỹ Lộc, nguyên Giám đốc "
               "chi nhánh ngân hàng ABC) nên bà không bình luận.")
    assert got == {"Đàm Văn Tư": ["nguyên Giám đốc chi nhánh ngân hàng ABC"]}
    # a relative named in the residence's aside holds the post, not the person before it
    got = held("T\n\nBà Vi nói về ông Đàm Văn Tư (45 tuổi, trú tại xã Tân Lập, con ông Lò Văn Khải, Giám đốc "
               "Công ty ABC) nên bà không bình luận.")
    assert "Đàm Văn Tư" not in got


def test_a_semicolon_inside_a_headed_list_of_bare_names_does_not_end_it():
    got = held("T\n\nHội đồng gồm nhà văn Lò Văn Tám, Chủ tịch; các ủy viên gồm: TS. Hà Văn Lũy, TS. Mạc Văn Kha; "
               "PGS.TS Đàm Văn Tư, nhà báo Vi Thị Hoa và GS.TS Nông Văn Dền.")
    for name in ("Hà Văn Lũy", "Mạc Văn Kha", "Đàm Văn Tư", "Vi Thị Hoa", "Nông Văn Dền"):
        assert got[name] == ["ủy viên"], name
    assert got["Lò Văn Tám"] == ["Chủ tịch"]


def test_a_province_before_a_name_after_a_post_is_no_part_of_the_name():
    # a two-word name after a two-word province: not a four-word name that opens with the province
    text = "T\n\nTrao đổi với báo chí, giám đốc Sở Quy hoạch - kiến trúc Hà Nội Lò Tám cho biết sẽ làm ngay."
    assert "Lò Tám" in mentions(text, "person")
    assert held(text) == {"Lò Tám": ["giám đốc Sở Quy hoạch - kiến trúc Hà Nội"]}
    # a three-word name that opens with a province's name stays whole
    assert "Hà Nam Ninh" in mentions("T\n\nÔng Hà Nam Ninh cho biết sẽ làm ngay.", "person")


def test_tro_ly_an_assistant_to_a_leader_is_a_post_title():
    got = held("T\n\nDự có ông Lò Văn Tám, Ủy viên Trung ương Đảng; ông Hà Văn Lũy, Trợ lý Tổng Bí thư; đại diện "
               "lãnh đạo Văn phòng.")
    assert got == {"Lò Văn Tám": ["Ủy viên Trung ương Đảng"], "Hà Văn Lũy": ["Trợ lý Tổng Bí thư"]}
    assert held("T\n\nVề phía Việt Nam có Trợ lý Bộ trưởng Ngoại giao Mạc Văn Kha.") == {
        "Mạc Văn Kha": ["Trợ lý Bộ trưởng Ngoại giao"]}
    # a bare "Trợ lý" (an assistant referee, a coach's assistant) names no post
    assert held("T\n\nTrợ lý Lò Thị Tám là trọng tài duy nhất được chọn.") == {}
