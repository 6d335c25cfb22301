"""Places and things named after a person, where an anchor (a title after the name, a title before a one-word
place head, a title before a level word) would make the name a person's (issue 8, item 4). Made-up examples."""

from __future__ import annotations

from test_person_caps import _persons_and_pairs


def test_street_before_a_title_is_no_person() -> None:
    persons, pairs = _persons_and_pairs("Về việc mở rộng tuyến đường Lâm Quang Khải, Giám đốc Sở Giao thông vận tải "
                                        "khẳng định sẽ hoàn thành trong năm.")
    assert persons == []
    assert pairs == []


def test_school_named_after_someone_after_a_title_is_no_person() -> None:
    assert _persons_and_pairs("Hiệu trưởng Trường Hồ Văn Kiệt phát biểu tại lễ khai giảng.")[0] == []
    assert _persons_and_pairs("Hiệu trưởng Trường THPT Hồ Văn Kiệt phát biểu tại lễ khai giảng.")[0] == []


def test_ward_named_after_someone_then_a_district_or_its_head() -> None:
    persons, pairs = _persons_and_pairs("Bà Lương Thị Nhạn, Bí thư kiêm Chủ tịch phường Đào Duy Hòa, quận 9 "
                                        "chia sẻ kinh nghiệm.")
    assert persons == ["Lương Thị Nhạn"]
    persons, _ = _persons_and_pairs("Trưởng Công an phường Đào Duy Hòa, ông Kha Văn Lộc cho biết đã xử lý.")
    assert persons == ["Kha Văn Lộc"]


def test_canal_named_after_someone_is_no_person() -> None:
    assert _persons_and_pairs("Đoạn từ vàm kênh Trịnh Văn Lụa đến cầu Bến Đá bị sạt lở nặng.")[0] == []


def test_persons_with_an_honorific_or_a_title_stay_persons() -> None:
    persons, pairs = _persons_and_pairs("Ông Lâm Quang Khải, Giám đốc Sở Giao thông vận tải cho biết sẽ làm.")
    assert persons == ["Lâm Quang Khải"]
    assert pairs == ["Lâm Quang Khải — Giám đốc Sở Giao thông vận tải"]
    persons, _ = _persons_and_pairs("Chủ tịch UBND huyện Kha Văn Lộc cho biết đã chỉ đạo xử lý.")
    assert persons == ["Kha Văn Lộc"]
    persons, _ = _persons_and_pairs("Giáo viên Trường THPT Hồ Văn Kiệt, ông Kha Văn Lộc cho biết sẽ làm.")
    assert persons == ["Kha Văn Lộc"]


def test_ward_the_document_also_names_as_a_place() -> None:
    persons, pairs = _persons_and_pairs("Chủ tịch UBND phường Đào Duy Hòa cho biết sẽ xử lý. Vụ việc xảy ra tại "
                                        "phường Đào Duy Hòa, thành phố Bắc Thủy.")
    assert persons == []
    assert pairs == []


def test_chairman_named_after_the_level_stays_a_person() -> None:
    persons, _ = _persons_and_pairs("Chủ tịch UBND xã Kha Văn Lộc cho biết sẽ xử lý. Vụ việc xảy ra tại xã Tân "
                                    "Phúc, huyện Bắc Thủy.")
    assert persons == ["Kha Văn Lộc"]
    persons, _ = _persons_and_pairs("Chủ tịch UBND xã Kha Văn Lộc cho biết sẽ xử lý. Ông Kha Văn Lộc cho biết "
                                    "thêm, xã Kha Văn Lộc có nhiều hộ nghèo.")
    assert persons == ["Kha Văn Lộc"]


def test_a_level_word_opening_the_next_clause_keeps_the_person() -> None:
    persons, pairs = _persons_and_pairs("Theo chỉ đạo của Chủ tịch UBND TP Kha Văn Lộc, TP phải cương quyết xử lý.")
    assert persons == ["Kha Văn Lộc"]
    assert pairs == ["Kha Văn Lộc — Chủ tịch UBND TP"]
