"""Names the extractor missed or misread, round names36: a full name whose family name is a rarer one that is also a
common word ("Văn", "Đậu", "Vàng": ``rare_surnames.tsv``); a foreign name after the bare rank word "Tướng"/"tướng";
a hyphenated transliteration before a passive auxiliary ("X Y-in được"); a school named after a person after a
place word and its qualifier ("trường tiểu học chính X"). Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_rarer_family_name_before_a_middle_name_opens_a_full_name():
    assert persons("Công an đã bắt Đậu Thị Mơ (trú tại xã Tân Khê) để điều tra.") == ["Đậu Thị Mơ"]
    assert persons("Trước đó, Văn Thị Hoa đi dự đám cưới tại thôn Hòa Khê.") == ["Văn Thị Hoa"]
    assert persons("Hai đại biểu là ông Lê Anh Mơ và Văn Thị Bạch Khuê cùng dự.") == ["Lê Anh Mơ", "Văn Thị Bạch Khuê"]


def test_an_anchor_vouches_for_a_rarer_family_name_without_a_middle_name():
    assert persons("Đại tướng Văn Tiến Mơ khi nói về chiến dịch đã viết như vậy.") == ["Văn Tiến Mơ"]
    assert persons("Giám đốc Sở Tư pháp Tân Khê Viên Hồng Mơ nhấn mạnh sẽ triển khai.") == ["Viên Hồng Mơ"]


def test_a_rarer_family_name_is_no_person_in_a_body_a_place_or_unanchored():
    assert persons("Trước đó, Văn Đình Khuê đi dự đám cưới tại thôn Hòa Khê.") == []
    assert persons("Giám đốc Sở Văn Hóa Thể Thao cho biết sẽ kiểm tra.") == []
    assert persons("Học sinh trường Châu Văn Mơ cho biết đã nghỉ học.") == []
    assert persons("Ông Vũ Văn Văn Mơ, bà Cao Thị Khuê cùng dự.") == ["Vũ Văn Văn Mơ", "Cao Thị Khuê"]


def test_a_foreign_name_after_the_bare_rank_word():
    assert persons("Hai nước do ông Hoàng Văn Mơ và Tướng Aung Lan gây dựng.") == ["Hoàng Văn Mơ", "Aung Lan"]
    assert persons("Ông là đối thủ đáng gờm của tướng Willam Harmore trên chiến trường.") == ["Willam Harmore"]


def test_the_lower_case_rank_word_ending_a_post_or_a_full_rank_is_no_bare_rank():
    assert persons("Các tướng lĩnh đã đến thăm Tân Khê.") == []
    assert persons("Cuộc gặp với đại tướng Hoàng Văn Mơ diễn ra sáng nay.") == ["Hoàng Văn Mơ"]


def test_a_hyphenated_transliteration_before_a_passive_auxiliary_is_a_subject():
    assert persons("Sau cuộc bầu cử, Lee Dong-in được bầu làm tổng thống.") == ["Lee Dong-in"]
    assert persons("Sau đó, Xa-rin Pô-tin bị bắt tại sân bay.") == ["Xa-rin Pô-tin"]
    assert persons("Đập Don Sa-kong được xây dựng trên sông.") == []
    assert persons("Tuyến Hòa Khê-Tân Lĩnh được nối thông.") == []


def test_a_school_named_after_a_person_after_a_qualified_place_word():
    assert persons("Đoàn đến điểm trường tiểu học chính Lê Văn Mơ để phát quà.") == []
    assert persons("Học sinh trường tiểu học cũ Lê Văn Mơ được khen thưởng.") == []
    assert persons("Bộ trưởng Bộ Tài chính Đinh Văn Mơ cho biết sẽ kiểm tra.") == ["Đinh Văn Mơ"]
