"""Post constructions from the person–post misses of the development splits (tests/data/posts_dev_misses_before.md):
one neutral made-up example per construction, none from an article."""

from helpers import posts


def test_a_birth_record_with_its_birthplace_between_the_name_and_its_post():
    got = posts("T\n\nÔng Vi Văn Khải sinh năm 1950, tại xã Tân Lập, huyện Đồng Hỷ, tỉnh Thái Nguyên, "
                "đại biểu Quốc hội khóa II, là một nhà giáo.")
    assert got == {"Vi Văn Khải": ["đại biểu Quốc hội khóa II"]}
    got = posts("T\n\nLò Văn Mạnh sinh ngày 3/4/1970, nơi sinh Lạng Sơn, nơi đăng ký hộ khẩu thường trú: Số 12, ngõ 5, "
                "phường Tân Thịnh, thành phố Thái Nguyên ; nguyên Giám đốc Công ty Cổ phần Vật tư Nông nghiệp.")
    assert got == {"Lò Văn Mạnh": ["nguyên Giám đốc Công ty Cổ phần Vật tư Nông nghiệp"]}


def test_a_relative_named_in_the_birth_record_keeps_the_post_after_it():
    got = posts("T\n\nÔng Vi Văn Khải sinh năm 1950, tại xã Tân Lập, con ông Lò Văn Mạnh, Giám đốc Sở Y tế.")
    assert got == {"Lò Văn Mạnh": ["Giám đốc Sở Y tế"]}


def test_a_long_lower_case_field_after_a_head_final_title_before_its_parent_body_in_parentheses():
    got = posts("T\n\nÔng Vi Văn Khải, nguyên Cục trưởng kiểm soát chất lượng giống cây trồng (Bộ Nông nghiệp) "
                "phát biểu.")
    assert got["Vi Văn Khải"] == ["nguyên Cục trưởng kiểm soát chất lượng giống cây trồng"]
    # without the parent in parentheses a long lower-case run stays out of the post
    got = posts("T\n\nÔng Vi Văn Khải, nguyên Cục trưởng kiểm soát chất lượng giống cây trồng, phát biểu.")
    assert got["Vi Văn Khải"] == ["nguyên Cục trưởng"]


def test_the_abbreviation_db_and_dai_bieu_are_one_post():
    got = posts("T\n\nĐại biểu Lò Văn Mạnh phát biểu tại tổ. Sau đó, ĐB Lò Văn Mạnh cho rằng cần làm rõ.")
    assert got == {"Lò Văn Mạnh": ["Đại biểu"]}
