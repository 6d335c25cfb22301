"""Names the extractor missed, round names45 (ordinary people named without a title): a five-word name of two
listed family names, a middle name and two given syllables ("bà Phan Lê Thị X Y"); a consort's court rank ("bà Cửu giai
Tài nhân") read as a name. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_two_family_names_a_middle_name_and_two_given_syllables_are_one_name():
    assert persons("Theo phản ánh của bà Phan Lê Thị Mơ Khê - Giám đốc công ty.") == ["Phan Lê Thị Mơ Khê"]
    assert persons("Phan Lê Thị Mơ Khê bị khởi tố hôm qua.") == ["Phan Lê Thị Mơ Khê"]
    assert persons("Sáng qua, anh Đỗ Vũ Văn Mơ Khải đã tới.") == ["Đỗ Vũ Văn Mơ Khải"]


def test_a_place_before_a_full_name_stays_out_of_it():
    assert persons("Phó Chủ tịch UBND tỉnh Quảng Ninh Vũ Thị Mơ Khê cho biết.") == ["Vũ Thị Mơ Khê"]
    assert persons("Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Mơ cho biết.") == ["Nguyễn Văn Mơ"]
    assert persons("Sáng qua, ông Trần Lê Văn Mơ Thị đã tới.") == []  # a middle name never ends a name


def test_a_consorts_court_rank_is_no_name():
    assert persons("Bia mộ bà Cửu giai Tài nhân họ Khúc nằm trên đồi Mơ Khê.") == []
    assert persons("Sau khi xác định lăng mộ bà Tài Nhân Cửu Giai Lê Thị thụy Mơ Khê, đoàn đã về.") == []
    assert persons("Đó là lăng bà Cửu Giai Tài nhân Lê Thị thụy Mơ Khê.") == []
    assert persons("Lăng bà Quý Phi nằm gần đó.") == []


def test_a_name_after_a_court_rank_or_holding_its_words_stays():
    assert persons("Bà Tài nhân Lê Thị Mơ được an táng ở đây.") == ["Lê Thị Mơ"]
    assert persons("Ông Hoàng Quý Phi cho biết.") == ["Hoàng Quý Phi"]
    assert persons("Ông Nguyễn Tài Nhân cho biết.") == ["Nguyễn Tài Nhân"]
