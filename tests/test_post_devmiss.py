"""Post constructions from the person–post misses of the development splits (tests/data/posts_dev_misses_before.md):
one neutral made-up example per construction, none from an article."""

from helpers import held, posts, run


def test_a_birth_record_with_its_birthplace_between_the_name_and_its_post():
    got = held("T\n\nÔng Vi Văn Khải sinh năm 1950, tại xã Tân Lập, huyện Đồng Hỷ, tỉnh Thái Nguyên, "
                "đại biểu Quốc hội khóa II, là một nhà giáo.")
    assert got == {"Vi Văn Khải": ["đại biểu Quốc hội khóa II"]}
    got = held("T\n\nLò Văn Mạnh sinh ngày 3/4/1970, nơi sinh Lạng Sơn, nơi đăng ký hộ khẩu thường trú: Số 12, ngõ 5, "
                "phường Tân Thịnh, thành phố Thái Nguyên ; nguyên Giám đốc Công ty Cổ phần Vật tư Nông nghiệp.")
    assert got == {"Lò Văn Mạnh": ["nguyên Giám đốc Công ty Cổ phần Vật tư Nông nghiệp"]}


def test_a_relative_named_in_the_birth_record_keeps_the_post_after_it():
    got = posts("T\n\nÔng Vi Văn Khải sinh năm 1950, tại xã Tân Lập, con ông Lò Văn Mạnh, Giám đốc Sở Y tế.")
    assert got == {"Lò Văn Mạnh": ["Giám đốc Sở Y tế"]}


def test_a_long_lower_case_field_after_a_head_final_title_before_its_parent_body_in_parentheses():
    got = held("T\n\nÔng Vi Văn Khải, nguyên Cục trưởng kiểm soát chất lượng giống cây trồng (Bộ Nông nghiệp) "
                "phát biểu.")
    assert got["Vi Văn Khải"] == ["nguyên Cục trưởng kiểm soát chất lượng giống cây trồng"]
    # without the parent in parentheses a long lower-case run stays out of the post
    got = held("T\n\nÔng Vi Văn Khải, nguyên Cục trưởng kiểm soát chất lượng giống cây trồng, phát biểu.")
    assert got["Vi Văn Khải"] == ["nguyên Cục trưởng"]


def test_the_abbreviation_db_and_dai_bieu_are_one_post():
    got = posts("T\n\nĐại biểu Lò Văn Mạnh phát biểu tại tổ. Sau đó, ĐB Lò Văn Mạnh cho rằng cần làm rõ.")
    assert got == {"Lò Văn Mạnh": ["Đại biểu"]}


def test_a_foreign_name_spelled_with_and_without_accents_is_one_person():
    got = posts("T\n\nĐại tướng Martín Olivares, Bộ trưởng Bộ Quốc phòng Peru, tiếp đoàn. "
                "Sau đó, Đại tướng Martin Olivares, Ủy viên Hội đồng Nhà nước, chủ trì tiệc chiêu đãi.")
    assert len(got) == 1
    assert sorted(next(iter(got.values()))) == ["Bộ trưởng Bộ Quốc phòng Peru", "Ủy viên Hội đồng Nhà nước"]
    # Vietnamese names that differ by a tone mark are two people
    got = posts("T\n\nÔng Lò Văn Hùng, Giám đốc Sở Y tế, và ông Lò Văn Hưng, Giám đốc Sở Tài chính, dự họp.")
    assert sorted(got) == ["Lò Văn Hùng", "Lò Văn Hưng"]


def test_a_bodys_short_form_after_a_bare_title_names_that_body():
    got = posts("T\n\nVụ án xảy ra tại Công ty Cổ phần Vật tư Nông nghiệp (VTNN) và các đơn vị liên quan. Cơ quan "
                "điều tra bắt Lò Văn Mạnh, nguyên Tổng giám đốc VTNN. Ông Lò Văn Mạnh từng giữ chức Tổng giám đốc "
                "Công ty Cổ phần Vật tư Nông nghiệp từ năm 2010.")
    assert got == {"Lò Văn Mạnh": ["Tổng giám đốc Công ty Cổ phần Vật tư Nông nghiệp"]}  # one post: one body


def test_a_short_form_that_spells_no_initials_in_another_case_in_a_headline():
    res = run("Khởi tố Tổng giám đốc AGRIVN Lò Văn Mạnh\n\nVụ án xảy ra tại Công ty Cổ phần Vật tư Nông nghiệp "
              "(AgriVN), Cty Cổ phần Xây lắp Bắc Hà (BHC) và các đơn vị liên quan.")
    (post,) = [e for e in res.links.entities.values() if e.kind == "post"]
    assert post.key == "tổng giám đốc|công ty cổ phần vật tư nông nghiệp"


def test_a_lower_case_field_after_a_head_final_title_then_the_body_it_belongs_to():
    got = posts("T\n\nBà Lò Thị Mai, Trưởng ban từ thiện Hội Người cao tuổi Mường La đã trao quà cho các cháu.")
    assert got == {"Lò Thị Mai": ["Trưởng ban từ thiện Hội Người cao tuổi Mường La"]}
    got = posts("T\n\nBà Lò Thị Mai, Trưởng ban từ thiện, cho biết.")  # "từ thiện" (charity) is a noun
    assert got == {"Lò Thị Mai": ["Trưởng ban từ thiện"]}
    # a person's name after the field is no body's ("Trưởng phòng kế toán Lò Văn Mạnh": the post is his)
    got = posts("T\n\nHôm qua, Trưởng phòng kế toán Lò Văn Mạnh đã trao quà cho các cháu.")
    assert got == {"Lò Văn Mạnh": ["Trưởng phòng kế toán"]}
