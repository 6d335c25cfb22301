"""Names the extractor did not read, round 23 (scripts/data/names_sample_373.tsv): a heading's name glued to a
sentence that opens with the same name, and a bare two-word name as a clause's subject where the article names the
same person elsewhere; streets, companies, schools and places named after someone stay no persons; a monk's
religious name opens with "Thích" (surnames.tsv). Made-up names only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_name_written_twice_in_one_run_is_one_name():
    found = persons("Vương Khải Vương Khải bị đưa ra xét xử sau khi rời chức.")
    assert found == ["Vương Khải"]
    assert persons("Bạch Minh Tấn Bạch Minh Tấn bị đưa ra xét xử.") == ["Bạch Minh Tấn"]


def test_no_doubled_name_from_a_province_a_company_or_a_level():
    assert persons("Hà Nam Hà Nam đã tổ chức hội nghị.") == []
    assert persons("Công ty Vương Khải Vương Khải đã phá sản.") == []
    assert persons("Tại phường Vương Khải Vương Khải đã có mưa.") == []


def test_a_bare_two_word_name_as_subject_where_the_article_vouches_for_it():
    text = "Ông Vương Khải là Phó Chủ tịch tỉnh từ năm 2010. Năm 2016, Vương Khải đã bị bắt."
    assert persons(text) == ["Vương Khải", "Vương Khải"]
    text = "Ca sĩ Đào Khánh đến Huế. Đào Khánh sẽ hát hai bài."
    assert persons(text) == ["Đào Khánh", "Đào Khánh"]


def test_no_bare_repeat_without_a_vouching_person():
    assert persons("Vương Khải đã bị bắt vào năm 2016.") == []
    assert persons("Năm 2016, Vương Khải đã bị bắt.") == []


def test_no_bare_repeat_for_a_street_company_school_or_place_named_after_the_person():
    assert persons("Ông Trần Khải dự lễ. Tuyến đường Trần Khải đã được mở rộng.") == ["Trần Khải"]
    assert persons("Ông Trần Khải dự lễ. Công ty Trần Khải đã phá sản.") == ["Trần Khải"]
    assert persons("Ông Trần Khải dự lễ. Trường Trần Khải đã khai giảng.") == ["Trần Khải"]
    assert persons("Ông Trần Khải dự lễ. Ở xã Trần Khải đã có mưa lớn.") == ["Trần Khải"]
    assert persons("Ông Trần Khải dự lễ. Phố Trần Khải đã được lát đá.") == ["Trần Khải"]


def test_a_bare_repeat_after_a_function_word_but_not_after_a_noun():
    text = "Em Lương Khải nhận giải nhất. Sản phẩm của Lương Khải đã được trưng bày."
    assert persons(text) == ["Lương Khải", "Lương Khải"]
    text = ("Đại diện người dân Đồng Khải cho biết họ muốn đối thoại. Sau đó, người dân Đồng Khải đã bao vây trụ sở. "
            "Xí nghiệp gạch Đồng Khải đã đóng cửa.")
    assert persons(text).count("Đồng Khải") <= 1


def test_a_monks_religious_name_opens_with_thich():
    assert persons("Hòa thượng Thích Minh Khải, Phó Chủ tịch Hội đồng Trị sự, phát biểu.") == ["Thích Minh Khải"]
    assert persons("Người nhà đã báo cho sư trụ trì là Thích Đạo Khánh (Lê Văn Khánh) biết.") == [
        "Thích Đạo Khánh", "Lê Văn Khánh"]
    assert persons("Ông Lê Văn Khánh (pháp hiệu Thích Đạo Khánh) đã bán chuông.") == ["Lê Văn Khánh", "Thích Đạo Khánh"]


def test_no_person_in_the_buddhas_name_or_a_statue_named_after_him():
    assert persons("Chùa có bộ Thích Ca Liên Hoa và một bộ tượng khác.") == []
    assert persons("Tăng ni thực hiện lời dạy của Đức Phật Thích Ca Mâu Ni, đoàn kết.") == []
