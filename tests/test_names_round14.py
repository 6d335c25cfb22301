"""Names without a title or honorific, round 14: an age or a birth year after a comma, and person nouns of
travel, business, film, crafts and criminal cases before a name. Made-up names and places only."""

from helpers import mentions


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_an_age_or_a_birth_year_after_a_comma_makes_a_two_word_name_a_person():
    assert persons("Công an đã bắt Lò Khiêm, 38 tuổi, trú tại bản Nà Phiêng.") == ["Lò Khiêm"]
    assert persons("Người bị nạn là Ksor Blông, sinh năm 1987, trú tại buôn Ia Rơ.") == ["Ksor Blông"]
    assert persons("Người bị nạn là Peter Wainscott, sinh năm 1961, quốc tịch Anh.") == ["Peter Wainscott"]
    assert persons("Công an tạm giữ Lò Sính, SN 1990, để điều tra.") == ["Lò Sính"]
    # a place before the comma, or no number after the age word: no person
    assert persons("Đoàn đã đến Hà Nam, sinh năm 1980 là mốc quan trọng.") == []
    assert persons("Đoàn đã đến Sơn Bình, 35 tuổi đời.") == []
    assert persons("Con đường Lý Khiêm, sinh ra từ dự án cũ, đã xuống cấp.") == []


def test_a_person_noun_of_travel_business_film_or_a_criminal_case_anchors_a_name():
    assert persons("Chúng tôi đã gặp tỷ phú Warren Halbrook tại hội nghị.") == ["Warren Halbrook"]
    assert persons("Hành khách Lucinda Ferreira phản ánh sự việc với cảng vụ.") == ["Lucinda Ferreira"]
    assert persons("Đoàn phim của đạo diễn Marcus Feldt đã rời đi.") == ["Marcus Feldt"]
    assert persons("Cơ quan điều tra đã bắt nghi can Lò Khiêm tại nhà.") == ["Lò Khiêm"]
    assert persons("Bị cáo Lò Sính khai nhận toàn bộ hành vi.") == ["Lò Sính"]
    # a country or a province after the noun is where the travellers come from
    assert persons("Nhiều du khách Hàn Quốc đã đến thăm.") == []
    assert persons("Nhiều du khách Nam Định đã đến thăm.") == []
    # a school, a street or an award named after someone stays no person
    assert persons("Học sinh Trường THPT Lê Lợi đạt giải.") == []
    assert persons("Nạn nhân sống trên đường Nguyễn Trãi đã được đưa đi cấp cứu.") == []
    assert persons("Du khách đến quảng trường Lê Văn Sỹ rất đông.") == []


def test_a_western_double_name_joined_by_a_hyphen_stays_one_name():
    assert persons("Ông Jean-Marc Dufresne cảnh báo nguy cơ.") == ["Jean-Marc Dufresne"]
    assert persons("Bà Helga Brandt-Wessel không đồng ý.") == ["Helga Brandt-Wessel"]
    assert persons("Đảng này có Bí thư toàn quốc Jean-Marc Dufresne tham gia.") == ["Jean-Marc Dufresne"]
    # a Vietnamese name glued to the title after it, and two countries, still split at the hyphen
    assert persons("Ông Lê Văn Khiêm-Ủy viên Ban Thường vụ phát biểu.") == ["Lê Văn Khiêm"]
    assert persons("Quan hệ Việt Nam-Cuba được tăng cường.") == []


def test_tokens_keep_a_hyphen_between_latin_words_only_after_a_foreign_word():
    from kg.extract.tokens import tokenize

    assert [t.text for t in tokenize("Jean-Marc Dufresne")] == ["Jean-Marc", "Dufresne"]
    assert [t.text for t in tokenize("Lâm-Ủy viên")] == ["Lâm", "-", "Ủy", "viên"]
    assert [t.text for t in tokenize("Nam-Cuba")] == ["Nam", "-", "Cuba"]
    assert [t.text for t in tokenize("Jean - Marc")] == ["Jean", "-", "Marc"]
