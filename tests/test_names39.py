"""Round names39 (issue 8, item 4): names without a title, by construction. A Central Highlands name word that glues
a consonant and an apostrophe to its letters ("B’Krông", "H’long", "K'Bồng") is a name word, and alone after an
honorific or a person noun it is a whole name; "đối tượng" (a suspect) before a name marks a person as an honorific
does, whatever the family name. Made-up names and places only."""

from helpers import mentions, run


def persons(text: str) -> list[str]:
    """Labels of the person nodes of a made-up report."""
    res = run("Tiêu đề\n\n" + text)
    return sorted(e.label for e in res.links.entities.values() if e.kind == "person")


def test_a_glued_family_name_ends_a_highlands_name():
    assert persons("Ông Y Khôn H’lam, Phó Chủ tịch UBND xã Ea Sô, cho biết.") == ["Y Khôn H’lam"]
    assert persons("Ông Y Sar B'Krơi cho biết đường đã thông.") == ["Y Sar B'Krơi"]
    assert persons("Công an đã bắt Y Tin B’Mưng (SN 1972, nguyên cán bộ xã) để điều tra.") == ["Y Tin B’Mưng"]


def test_a_lone_glued_name_after_an_honorific_or_a_noun_is_a_whole_name():
    assert persons("Anh K'Brơi (trú thôn 4, xã Lộc Sơn) phát hiện tảng đá lớn.") == ["K'Brơi"]
    assert persons("Nạn nhân K’Dơng đã được đưa đi cấp cứu.") == ["K’Dơng"]


def test_an_ede_given_name_alone_stays_a_short_form_of_the_full_name():
    assert persons("Bà H'Mai Niê cho biết. Sau đó bà H'Mai nói thêm.") == ["H'Mai Niê"]


def test_highlands_places_and_peoples_with_a_glued_word_are_no_persons():
    assert persons("Ông Lò Văn Khải là Giám đốc viễn thông Đắk R’xum – Ea Sô.") == ["Lò Văn Khải"]
    assert persons("Đắk R’xum đã triển khai nhiều dự án.") == []
    assert persons("Dự án ở xã Ea R’bơn, huyện Cư M'xa được khởi công.") == []
    assert mentions("Tiêu đề\n\nLễ mừng lúa mới của dân tộc K’ho và người M’nông.", "person") == []


def test_a_suspect_noun_anchors_a_name_without_a_listed_family_name():
    assert persons("Đối tượng Tơ Ngăn Đoạch (32 tuổi) bị bắt giữ.") == ["Tơ Ngăn Đoạch"]
    assert persons("Công an đã bắt đối tượng Tơ Ngăn Đoạch để điều tra.") == ["Tơ Ngăn Đoạch"]


def test_a_suspect_noun_before_a_policy_group_or_a_lone_given_name_names_no_one():
    assert persons("Chính sách dành cho đối tượng Mẹ Việt Nam Anh hùng được thực hiện tốt.") == []
    assert persons("Các đối tượng Hùng, Tuấn đã bị bắt.") == []


def test_a_bracketed_age_or_birth_year_vouches_for_a_name_without_a_listed_family_name():
    assert persons("Xe do Tơ Ngăn Đoạch (SN 1990) điều khiển.") == ["Tơ Ngăn Đoạch"]
    assert persons("Công an bắt giữ Tơ Ngăn Đoạch (32 tuổi, trú xã Ia Mơ) và thu giữ tang vật.") == ["Tơ Ngăn Đoạch"]


def test_a_bracketed_age_after_a_school_or_a_house_number_names_no_one():
    assert persons("Trường THCS Tân Phong (32 tuổi) có nhiều học sinh.") == []
    assert persons("Tại Công ty Tân Minh Phát (SN 12) có nhiều lao động.") == []


def test_a_latin_given_name_before_a_vietnamese_name_after_a_person_noun():
    assert persons("Khách sạn được Tập đoàn Sao Mai của doanh nhân Teddy Thưởng Trương thuê lại.") \
        == ["Teddy Thưởng Trương"]
    assert persons("Doanh nhân Teddy Trương Thưởng cho biết sẽ mở rộng đầu tư.") == ["Teddy Trương Thưởng"]


def test_a_latin_word_before_a_place_after_a_person_noun_names_no_one():
    assert persons("Bệnh nhân Covid Hà Nội Mới đã khỏi bệnh.") == []


def test_a_body_head_after_a_profession_names_a_department_not_a_person():
    assert persons("Các bác sĩ Khoa Nhi đã cứu sống bệnh nhân.") == []
    assert persons("Các bác sỹ Khoa Hồi sức tích cực - Bệnh viện Đa khoa tỉnh đã cứu sống bệnh nhân.") == []


def test_a_family_name_or_a_foreign_name_after_an_honorific_is_still_a_person():
    assert persons("Ông Đoàn Văn Tâm cho biết.") == ["Đoàn Văn Tâm"]
    assert persons("Ông Ban Ki-moon cho biết.") == ["Ban Ki-moon"]
    assert persons("Tại hội nghị, ông Trường Khê được bầu làm Tổng Bí thư.") == ["Trường Khê"]
