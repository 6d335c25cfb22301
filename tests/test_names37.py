"""Round names37 (issue 8, item 4): a name glued by a hyphen to a former title, streets in a long list with a
stretch in parentheses, and a street after a house number and a comma. Made-up names and places only."""

from helpers import mentions, posts

from kg.extract.tokens import tokenize


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_hyphen_glued_to_a_former_title_ends_the_name():
    text = "Kỷ luật các ông: Lò Văn Khải-nguyên Trưởng phòng Nội vụ; Đinh Công Sở-nguyên Phó Chủ tịch UBND xã."
    assert persons(text) == ["Lò Văn Khải", "Đinh Công Sở"]


def test_a_hyphen_glued_to_a_former_title_gives_the_post():
    text = "Ông Lò Văn Khải-nguyên Chủ tịch UBND xã Tân Lập cho biết như vậy."
    assert posts("Tiêu đề\n\n" + text) == {"Lò Văn Khải": ["Chủ tịch UBND xã Tân Lập"]}


def test_a_transliterated_name_with_a_hyphen_stays_one_token():
    assert [t.text for t in tokenize("Tác phẩm của Lê-nin")] == ["Tác", "phẩm", "của", "Lê-nin"]


def test_streets_of_a_long_list_with_a_stretch_in_parentheses_are_no_persons():
    text = ("Đèn trang trí được lắp tại 12 tuyến đường với tổng kinh phí hơn 9 tỷ đồng gồm các đường: Hòa Sơn, "
            "Lạc Long Quân (đoạn từ Trần Văn Mạnh đến Lý Tự Tân), Hàm Yên, Vân Đồn, Phạm Hữu Lộc, Đặng Văn Toại, "
            "Ngô Hữu Thành, Trần Quang Bích.")
    assert persons(text) == []


def test_a_street_after_a_house_number_and_a_comma_is_no_person():
    assert persons("Bà Lò Thị Mai bán hàng trước nhà số 14, Trần Quang Bích (phường Tân Lập, quận 9).") \
        == ["Lò Thị Mai"]
    assert persons("Căn hộ ở số 208, Phạm Hữu Lộc, quận 9 đang được hoàn thiện.") == []


def test_a_person_after_a_numbered_document_and_a_comma_stays():
    assert persons("Theo công văn số 95, Phó Thủ tướng Lê Văn Khải đã chỉ đạo.") == ["Lê Văn Khải"]


def test_three_word_items_of_a_list_after_a_plural_level_word_are_places():
    text = "Đoàn đã đến thăm các phường Trần Quang Bích, Phạm Hữu Lộc, Đặng Văn Toại và Hòa Sơn."
    assert persons(text) == []
    assert persons("Tại hai xã Lò Văn Khải, Đinh Công Sở, người dân đã thu hoạch xong.") == []


def test_a_person_after_a_singular_level_word_s_place_or_in_a_list_of_officials_stays():
    assert persons("UBND xã Tân Lập, Đinh Công Sở cho biết sẽ kiểm tra.") == ["Đinh Công Sở"]
    assert persons("Các đồng chí Lò Văn Khải, Đinh Công Sở dự họp.") == ["Lò Văn Khải", "Đinh Công Sở"]
