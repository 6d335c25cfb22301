"""Round names38 (issue 8, item 4): nouns that end with a place word but name people, before a name written
without a title: "giang hồ" (the underworld: "trùm giang hồ X"; "hồ" is a lake), "hàng xóm" (a neighbour; "xóm"
a hamlet) and "người nhà" (a family member; "nhà" a house). Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_name_after_the_underworld_noun_is_a_person():
    assert persons("Nổi tiếng là vụ trộm xác của trùm giang hồ Lò Văn Khải (tức Năm Khải) và đồng bọn.") \
        == ["Lò Văn Khải"]
    assert persons("Nổi tiếng là trùm giang hồ Lò Văn Khải và đồng bọn.") == ["Lò Văn Khải"]


def test_a_name_after_a_neighbour_or_a_family_member_is_a_person():
    assert persons("Hàng xóm Lò Văn Khải cho biết đã nghe tiếng nổ.") == ["Lò Văn Khải"]
    assert persons("Anh hàng xóm Đinh Công Sở chạy sang giúp.") == ["Đinh Công Sở"]
    assert persons("Người nhà Lò Thị Mai đã báo công an.") == ["Lò Thị Mai"]


def test_a_street_a_lake_or_a_hamlet_before_a_name_still_names_a_place():
    assert persons("Đoạn đường Lò Văn Khải (tức Quốc lộ 9) đang được sửa.") == []
    assert persons("Rác được đổ xuống hồ Đinh Công Sở mỗi đêm.") == []
    assert persons("Người dân xóm Lò Văn Khải đã góp tiền làm đường.") == []


def test_names_after_a_kindergarten_teacher_are_persons_not_a_list_of_schools():
    text = "Tại cơ quan công an, hai giáo viên mầm non Lò Thị Hồng Mai và Đinh Thị Hoa đã thừa nhận sai phạm."
    assert persons(text) == ["Lò Thị Hồng Mai", "Đinh Thị Hoa"]
    assert persons("Cô giáo mầm non Lò Thị Mai đã bị đình chỉ.") == ["Lò Thị Mai"]


def test_names_after_a_school_type_still_name_schools():
    assert persons("Hai trường mầm non Lò Thị Mai và Đinh Thị Hoa đã khai giảng.") == []
