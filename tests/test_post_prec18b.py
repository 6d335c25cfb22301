"""Person–post precision, leftovers of rounds 191 and 199 of issue 8: one neutral made-up example per rule."""
from helpers import posts


def test_an_organising_committee_is_a_field_after_a_head():
    # name_stops: "tổ chức" (organise) is a verb, and a department's field right after a body's head
    got = posts("T\n\nÔng Lò Văn Tám - Phó Chủ tịch UBND tỉnh Sông Lô, Trưởng ban tổ chức cho biết, lễ hội mở màn.")
    assert got == {"Lò Văn Tám": ["Phó Chủ tịch UBND tỉnh Sông Lô", "Trưởng ban tổ chức"]}
    got = posts("T\n\nBà Lò Thị Chín, Trưởng phòng tổ chức cán bộ, cho biết.")
    assert got == {"Lò Thị Chín": ["Trưởng phòng tổ chức cán bộ"]}


def test_a_party_committees_unit_noun_alone_is_its_agency():
    got = posts("T\n\nÔng Lò Văn Tám, Phó bí thư Đảng ủy cơ quan và ông Vi Văn Chín, Vụ trưởng Vụ Kế hoạch phát biểu.")
    assert got == {"Lò Văn Tám": ["Phó bí thư Đảng ủy cơ quan"], "Vi Văn Chín": ["Vụ trưởng Vụ Kế hoạch"]}
    got = posts("T\n\nBà Lò Thị Chín, Bí thư Đảng ủy cơ quan, cho biết.")
    assert got == {"Lò Thị Chín": ["Bí thư Đảng ủy cơ quan"]}


def test_a_byline_holds_no_post_named_before_it():
    # stopnames, byline-after: "(thực hiện)" after a name makes it the reporter's byline
    got = posts("T\n\n“Chúng ta không để đánh đồng cả chính sách” Thứ trưởng Lò Văn Tám Vi Thanh (thực hiện)")
    assert "Vi Thanh" not in got


def test_two_names_and_two_posts_are_read_respectively():
    # "A và B … làm POST và POST": the first post is not the second name's
    got = posts("T\n\nNăm 2011, ông Lò Văn Tám và Vi Văn Chín được Ngân hàng huyện Sông Lô hợp đồng làm tổ trưởng và"
                " tổ phó tổ vay vốn.")
    assert got.get("Vi Văn Chín") != ["tổ trưởng"]
    assert got.get("Lò Văn Tám") == ["tổ trưởng"]
    # one post: both names hold it
    got = posts("T\n\nÔng Lò Văn Tám và ông Vi Văn Chín được bổ nhiệm làm Phó giám đốc Sở Y tế.")
    assert got == {"Lò Văn Tám": ["Phó giám đốc Sở Y tế"], "Vi Văn Chín": ["Phó giám đốc Sở Y tế"]}
