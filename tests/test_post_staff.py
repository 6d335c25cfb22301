"""A unit's staff member right after a name: "cán bộ" + the unit is the name's post (round posts48b)."""

from kg.extract.post_staff import in_context, is_staff
from tests.helpers import held


def test_staff_member_in_brackets_after_a_name() -> None:
    text = ("Tin tức\n\nTrung úy Nguyễn Văn An (cán bộ Đội Cảnh sát giao thông Công an huyện Hòa Lâm) đã bị tạm "
            "đình chỉ công tác.")
    assert held(text).get("Nguyễn Văn An") == ["cán bộ Đội Cảnh sát giao thông Công an huyện Hòa Lâm"]


def test_staff_member_after_a_comma() -> None:
    text = "Tin tức\n\nBà Trần Thị Bình, cán bộ UBND xã Tân Lạc, cho biết hồ sơ đã được tiếp nhận."
    assert held(text).get("Trần Thị Bình") == ["cán bộ UBND xã Tân Lạc"]


def test_staff_word_with_no_name_before_is_no_post() -> None:
    text = ("Tin tức\n\nÔng Lê Văn Cường, Chủ tịch UBND xã Tân Lạc cho biết, tại thôn Đông, cán bộ Sở Xây dựng "
            "đang kiểm tra.")
    assert held(text).get("Lê Văn Cường") == ["Chủ tịch UBND xã Tân Lạc"]


def test_staff_word_with_no_unit_after_is_no_post() -> None:
    text = "Tin tức\n\nÔng Phạm Văn Dũng, cán bộ hưu trí ở thôn Đông, cho biết ông rất vui."
    assert "cán bộ" not in " ".join(held(text).get("Phạm Văn Dũng", []))


def test_in_context_is_a_cheap_textual_test() -> None:
    text = "Ông Nguyễn Văn An (cán bộ Phòng Y tế huyện Hòa Lâm) cho biết"
    a = text.index("cán bộ")
    assert is_staff("cán bộ") and is_staff("Cán bộ") and not is_staff("Chủ tịch")
    assert in_context(text, a, a + len("cán bộ"), 0)
    text = "Hội nghị cán bộ chủ chốt Sở Y tế"
    a = text.index("cán bộ")
    assert not in_context(text, a, a + len("cán bộ"), 0)


def test_a_body_run_into_its_clause_heads_no_staff_post() -> None:
    text = ("Tin tức\n\nBà Lò Thị Mơ - thủ quỹ Trung tâm đã hoàn lại 12 triệu đồng, ông Vi Khê An - cán bộ "
            "Trung tâm nộp lại 15 triệu đồng.")
    assert "cán bộ" not in " ".join(held(text).get("Vi Khê An", []))


def test_a_lower_case_accented_word_is_no_name() -> None:
    text = "Ông Nguyễn Văn An đến ở, cán bộ Sở Y tế cho biết"
    a = text.index("cán bộ")
    assert not in_context(text, a, a + len("cán bộ"), 0)  # "ở" is no name's last word


def test_staff_member_after_a_bodys_name_is_another_person() -> None:
    # "ông A, Giám đốc Sở X, cán bộ Phòng Y": the comma before "cán bộ" follows a body's name, not a person's — a
    # list of members, the staff are not A
    text = "Tin tức\n\nĐoàn công tác gồm ông Lò Văn Mơ, Giám đốc Sở Alpha, cán bộ Phòng Y tế huyện Beta."
    assert held(text).get("Lò Văn Mơ") == ["Giám đốc Sở Alpha"]
