"""Persons in articles with few titles, round persons40: names written in capitals after a title, a rank, a person
noun or any honorific; names that a company, a boat, a work, a named place or a road's stretch bears; a Hmong family
name that reads as a conjunction. Made-up examples (invented persons and places)."""

from kg.pipeline import process


def _persons(text: str) -> list[str]:
    r = process("t", "Tin tổng hợp\n\n" + text)
    return sorted(e.label for e in r.links.entities.values() if e.kind == "person")


def test_a_name_in_capitals_after_a_title_and_its_body_is_a_person():
    assert _persons("Chủ tịch UBND tỉnh Hòa Yên ĐINH VĂN THỤ phát biểu tại kỳ họp.") == ["Đinh Văn Thụ"]
    assert _persons("Phó Giám đốc Sở Tài nguyên và Môi trường LÊ VĂN KHUÊ cho biết dự án đã dừng.") == ["Lê Văn Khuê"]


def test_a_name_in_capitals_after_an_abbreviated_title_or_a_title_in_capitals():
    assert _persons("ĐBQH LÒ VĂN PHÚC: Cần sửa luật đất đai") == ["Lò Văn Phúc"]
    assert _persons("BỘ TRƯỞNG PHÙNG VĂN NHÃ: Không để học sinh bỏ học") == ["Phùng Văn Nhã"]


def test_a_name_in_capitals_after_a_person_noun_or_a_familiar_honorific():
    assert _persons("Kỹ sư LÊ THÀNH ĐẠT, chuyên gia về thoát nước, nhận định.") == ["Lê Thành Đạt"]
    assert _persons("Chị ĐỖ THỊ NGÂN, xã Thanh Hà, huyện Tiên Lãng.") == ["Đỗ Thị Ngân"]


def test_a_headline_in_capitals_with_its_honorific():
    assert _persons("ÔNG TRẦN QUỐC BẢO: Tôi sẽ từ chức nếu sai") == ["Trần Quốc Bảo"]


def test_capitals_without_an_anchor_or_naming_a_place_are_no_person():
    assert _persons("Dự án sẽ hoàn thành trong năm nay. LÊ THANH PHONG") == []  # a byline
    assert _persons("Mưa lớn gây ngập nhiều tuyến phố. Ảnh: TRẦN LÊ KHA") == []  # a photo credit
    assert _persons("Bí thư Thành ủy HÀ NỘI phát biểu.") == []  # a province, not "Hà" a family name


def test_a_name_after_a_company_or_a_boat_head_with_its_type_words_is_no_person():
    assert _persons("Năm 2008, ông Khải thành lập công ty cổ phần Cao Hưng Phát chuyên đóng tàu.") == []
    assert _persons("Tàu cá Nguyễn Văn Hòa bị chìm khi đang neo đậu.") == []


def test_a_name_a_place_bears_is_no_person():
    assert _persons("Sáng 7.2, viện nghiên cứu mang tên Phan Văn Khải ra mắt tại thị xã Đông Khê.") == []
    assert _persons("Ông dùng bằng cấp 3 mang tên Mai Xuân Sáng để được bổ nhiệm.") == ["Mai Xuân Sáng"]


def test_the_streets_of_a_road_stretch_are_no_persons():
    assert _persons("Đường Lê Văn Việt sẽ mở rộng (đoạn từ ngã tư Đông Khê đến Lã Xuân Hòa).") == []
    assert _persons("Nhất là đoạn từ Võ Văn Tiến tới cầu Đông Khê, xe rất đông.") == []


def test_a_hmong_family_name_that_reads_as_a_conjunction():
    assert _persons("Ông Và Chá Dơ - Phó Chủ tịch UBND xã Hòa Yên cho biết mận đã bán hết.") == ["Và Chá Dơ"]
    assert _persons("Ông Lầu Nênh Dà, bản Hòa Yên 2, đang thu hái mận.") == ["Lầu Nênh Dà"]
    assert _persons("Ông Lầu Nênh Và, bản Hòa Yên 2, đang thu hái mận.") == ["Lầu Nênh Và"]
    assert _persons("Ông Nguyễn Văn Tám và bà Lê Thị Chín đến dự.") == ["Lê Thị Chín", "Nguyễn Văn Tám"]


def test_a_typo_in_a_caption_in_capitals_folds_into_the_text_s_spelling():
    r = process("t", "Tin tổng hợp\n\nBộ trưởng Trần Chí Lương cho biết dự án đã xong. Xin cám ơn ông. Bộ trưởng KH&ĐT "
                     "TRẦN CHI LƯƠNG: Cần mở rộng sân bay")
    people = [e for e in r.links.entities.values() if e.kind == "person"]
    assert [e.label for e in people] == ["Trần Chí Lương"]
    assert sorted(r.doc.text[m.start : m.end] for m in people[0].mentions) == ["TRẦN CHI LƯƠNG", "Trần Chí Lương"]
