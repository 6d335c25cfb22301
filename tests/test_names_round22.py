"""Names the extractor did not read, round 22 (scripts/data/names_sample_359.tsv): a foreign leader named by the
family name alone after a head of state's or government's title, and streets listed after "tuyến đường … như" are
no persons. Made-up names only."""

from helpers import mentions, run


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def person_labels(text: str) -> list[str]:
    return sorted(e.label for e in run("Tiêu đề\n\n" + text).links.entities.values() if e.kind == "person")


def test_a_lone_foreign_family_name_after_a_head_of_state_title():
    assert persons("Hai bên chuẩn bị chuyến thăm của Tổng thống Morvalek tới Hà Nội.") == ["Morvalek"]
    assert persons("Thủ tướng Bradisso đã đến Hà Nội sáng nay.") == ["Bradisso"]
    assert persons("Ông Lê Văn Khải hội kiến Phó Tổng thống Quendrix.") == ["Lê Văn Khải", "Quendrix"]


def test_a_lone_foreign_family_name_after_a_title_and_its_country():
    assert persons("Tổng thống Chile Morvalek cho biết sẽ tới Hà Nội.") == ["Morvalek"]


def test_the_lone_family_name_is_the_full_names_person_when_the_article_gives_it():
    text = "Tổng thống Chile Tomas Morvalek đến Hà Nội. Tổng thống Morvalek nói rằng ông rất vui."
    assert person_labels(text) == ["Tomas Morvalek"]


def test_no_lone_family_name_from_a_country_a_company_or_a_vietnamese_word():
    assert persons("Chủ tịch nước đã mời Tổng thống Argentina thăm Việt Nam.") == []
    assert persons("Chủ tịch Velkaron châu Á đến thăm nhà máy.") == []  # a company's chairman: no head-title
    assert "Theo" not in persons("Doanh nghiệp dự buổi đối thoại với Thủ tướng Theo ông Khải, đây là dịp tốt.")
    assert persons("Thủ tướng Chính phủ đã ký quyết định.") == []


def test_streets_listed_after_a_street_word_and_a_few_words_then_nhu():
    assert persons("Xung quanh các tuyến đường thuộc quận 5 như Lương Văn Khải, Đào Duy Khánh điểm bán hàng "
                   "mọc lên dày đặc.") == []
    assert persons("Các tuyến đường ở quận Hòa Khánh gồm Lương Văn Khải, Đào Duy Khánh đều ngập.") == []


def test_a_person_after_a_street_word_without_a_list_stays_a_person():
    assert persons("Trên đường đi công tác ở huyện, Lương Văn Khải cho biết đường rất xấu.") == ["Lương Văn Khải"]
    assert persons("Con đường học vấn của những người như Đào Duy Khánh cho biết nhiều điều.") == ["Đào Duy Khánh"]


def test_a_name_after_ban_quan_ly_names_what_the_board_manages():
    # "hoàng thành" (an imperial citadel) opens the site's name, "Hoàng" a family name too
    assert persons("Việc Ban quản lý Hoàng Thành Cổ Lâm cho sơn lại là sai.") == []
    assert persons("Ban Quản lý Đào Duy Khánh Viên đã báo cáo.") == []


def test_an_honorific_after_the_board_keeps_its_person():
    assert persons("Đại diện Ban quản lý, ông Lương Văn Khải cho biết dự án sẽ xong.") == ["Lương Văn Khải"]
    assert persons("Trưởng Ban quản lý chợ Đồng Khánh, bà Đào Thị Khánh cho biết chợ sẽ mở cửa.") == ["Đào Thị Khánh"]


def test_a_bare_name_that_ends_a_place_headed_body_elsewhere_is_the_things():
    text = ("Hoàng Thành Cổ Lâm đón khách\n\nChủ tịch UBND tỉnh Lê Văn Khải cho rằng việc Ban quản lý Hoàng Thành "
            "Cổ Lâm cho sơn lại là sai. Du khách tới Hoàng Thành Cổ Lâm rất đông.")
    assert [m for m in mentions(text, "person") if "Cổ Lâm" in m] == []


def test_a_vouched_person_stays_though_a_body_ends_with_the_name():
    text = ("Tiêu đề\n\nÔng Đào Duy Khánh là người sáng lập Công ty TNHH Đào Duy Khánh. Sau đó Đào Duy Khánh "
            "phải trả nợ.")
    assert mentions(text, "person").count("Đào Duy Khánh") >= 2
