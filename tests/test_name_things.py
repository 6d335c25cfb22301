"""Names that are no person's though a title, a verb or a shape vouches for them: an account on a social network,
a bus stop, a company's name after its long type; and one body written with a spaced-dash abbreviation. Made-up
names and places only."""

from helpers import mentions, posts, run

from kg.extract import lexicon


def persons(text: str) -> list[str]:
    return mentions("Tiêu đề\n\n" + text, "person")


def test_a_name_after_a_social_network_is_an_account_not_a_person():
    assert persons("Trên tài khoản Facebook Sunny Vinta đã đăng nhiều hình ảnh quảng cáo.") == []
    text = 'Clip do người dân quay. Nguồn FB Khúc Minh Quân "Việc này đã được xử lý", bà Lò Thị Mai cho biết.'
    assert persons(text) == ["Lò Thị Mai"]


def test_a_name_after_a_bus_shelter_is_a_stop_not_a_person():
    assert persons("Vé tháng được bán tại bến Hòa Tây và nhà chờ Đoàn Minh Khuê từ ngày 6/2.") == []


def test_a_name_after_a_company_type_that_the_document_writes_after_cong_ty_is_the_company():
    text = ("Tiêu đề\n\nBà Lò Thị Mai, vợ ông Khúc Minh Quân, Giám đốc Công ty TNHH Thương mại dịch vụ Đoàn Gia "
            "Thịnh (huyện Tây Hòa) đã đến xin sửa máy. Bà Mai cho biết Công ty Đoàn Gia Thịnh sẽ bảo hành thêm.")
    assert "Đoàn Gia Thịnh" not in mentions(text, "person")
    assert posts(text)["Khúc Minh Quân"] == ["Giám đốc Công ty TNHH Thương mại dịch vụ Đoàn Gia Thịnh"]


def test_a_spaced_dash_abbreviation_and_a_dashed_field_name_one_body():
    assert lexicon.expand("Sở TN - MT tỉnh Hòa Tây") == "Sở Tài nguyên và Môi trường tỉnh Hòa Tây"
    res = run("Tiêu đề\n\nÔng Khúc Minh Quân, Giám đốc Sở Tài nguyên - Môi trường tỉnh Hòa Tây, đã trả lời. "
              "Ông Khúc Minh Quân, Giám đốc Sở TN - MT tỉnh Hòa Tây: Không có mốc nào sai.")
    assert len([e for e in res.links.entities.values() if e.kind == "body" and "Sở" in e.label]) == 1
