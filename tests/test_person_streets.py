"""Streets named like persons (round falsep46): a name after a junction word ("nút A", "điểm giao A - B", "góc
đường A – B"), in a list of streets a route noun opens a few words before "gồm", "như" or "là", or after "số nhà N,"
is a street, not a person; a person named beside them stays. Made-up names and places."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_name_after_a_junction_word_is_a_street():
    text = ("Thành phố sẽ xây cầu vượt tại các nút Kim Sơn - Phú Lâm và nút Trần Văn Khải. "
            "Hàng cây chạy dài đến điểm giao Lạc Long - Lê Minh Đạo. "
            "Chốt bảo vệ đặt ở góc đường Hòa Bình – Đặng Văn Tiến.")
    assert persons(text) == []


def test_a_junction_street_stays_a_street_with_a_title_far_before():
    text = "Đại biểu này dẫn chứng khu phố có chốt bảo vệ ở góc đường Hòa Bình – Đặng Văn Tiến."
    assert persons(text) == []


def test_an_item_of_a_route_list_opened_from_afar_is_a_street():
    text = ("Các tuyến đường ra vào cảng Tân An (quận 9) gồm Đồng Văn Lượng, Mai Quang Tiến, Phan Văn Kiên "
            "thường xuyên ùn tắc. Thành phố nâng cấp các tuyến đường Bình Minh, 30/4, Trịnh Văn Khang. Nhiều tuyến "
            "đường có vỉa hè bị lấn chiếm để mở quán như Hòa Bình, Lạc Long, Phạm Văn Kiên.")
    assert persons(text) == []


def test_a_name_after_a_house_number_and_a_comma_is_a_street():
    text = "Cô giáo Lê Thị Hoa (ở số nhà 15, Trần Đức Vinh, phường Tân Hòa) đã trình báo công an."
    assert persons(text) == ["Lê Thị Hoa"]


def test_persons_beside_streets_stay():
    text = ("Ông Nguyễn Văn An, Giám đốc Sở Giao thông, cho biết các tuyến đường như Lạc Long sẽ được mở rộng. "
            "Các tuyến đường này do ông Trần Văn Bình phụ trách. Góc nhìn của Lê Văn Cường về nút giao Kim Sơn "
            "được nhiều người đồng tình.")
    assert persons(text) == ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"]
