"""Round prec37 (issue 8, person–post precision on articles nobody annotated; sample seed 443): a manner word
("thường trực") between a title and a body whose name is written in lower case leaves the body the title's
("Phó giám đốc thường trực Sở nông nghiệp X"); a department ("Cục") may be named in lower case, and a lower-case
name right after a title runs up to eight words when a comma, a parenthesis or the sentence's end closes it
("Cục trưởng Cục kiểm soát hoạt động bảo vệ môi trường,"); a former title alone ("lúc còn là bộ trưởng") joins the
same official's former post of that title that names its body. Neutral made-up sentences."""

from __future__ import annotations

from helpers import held


def test_a_standing_deputys_body_written_in_lower_case_stays_his():
    assert held("Ông Lâm Văn Quế - Phó giám đốc thường trực Sở nông nghiệp Hà Lâm phát biểu tại buổi lễ.") == {
        "Lâm Văn Quế": ["Phó giám đốc thường trực Sở nông nghiệp Hà Lâm"]}
    assert held("Bà Đào Thị Mến, Phó Chủ tịch thường trực Hội nông dân tỉnh Hà Lâm, cho biết.") == {
        "Đào Thị Mến": ["Phó Chủ tịch thường trực Hội nông dân tỉnh Hà Lâm"]}


def test_a_department_named_in_lower_case_keeps_its_whole_name():
    assert held("Ông Lâm Văn Quế, Cục trưởng Cục kiểm soát hoạt động bảo vệ môi trường, cho biết.") == {
        "Lâm Văn Quế": ["Cục trưởng Cục kiểm soát hoạt động bảo vệ môi trường"]}
    assert held("Ông Lâm Văn Quế, Phó Cục trưởng Cục quản lý thị trường, nói.") == {
        "Lâm Văn Quế": ["Phó Cục trưởng Cục quản lý thị trường"]}


def test_a_clause_after_the_department_is_no_part_of_its_name():
    assert held("Ông Lâm Văn Quế, Cục trưởng Cục này cho biết số liệu mới.") == {"Lâm Văn Quế": ["Cục trưởng Cục"]}
    assert held("Ông Lâm Văn Quế, Cục trưởng Cục nhiều năm liền nhận nhiệm vụ khó khăn trong công tác, nói.") == {
        "Lâm Văn Quế": ["Cục trưởng Cục"]}


def test_a_former_title_alone_joins_the_former_post_that_names_its_body():
    assert held("Văn bản do ông Lâm Văn Quế lúc còn là bộ trưởng ký. Ông Lâm Văn Quế, nguyên bộ trưởng Bộ Nông Lâm, đã "
                "bị kỷ luật.") == {"Lâm Văn Quế": ["nguyên bộ trưởng Bộ Nông Lâm"]}
    assert held("Ông Lâm Văn Quế, nguyên Chủ tịch UBND tỉnh Hà Lâm, nguyên Bí thư Tỉnh ủy. Khi còn là Chủ tịch, ông "
                "Quế đã ký.") == {"Lâm Văn Quế": ["nguyên Chủ tịch UBND tỉnh Hà Lâm", "nguyên Bí thư Tỉnh ủy"]}


def test_a_current_title_alone_does_not_join_a_former_post():
    assert held("Ông Lâm Văn Quế, nguyên Chủ tịch UBND tỉnh Hà Lâm, nay là Chủ tịch Hội Nông dân. Chủ tịch Lâm Văn Quế "
                "cho biết.") == {"Lâm Văn Quế": ["nguyên Chủ tịch UBND tỉnh Hà Lâm", "Chủ tịch Hội Nông dân"]}


def test_a_lower_case_departments_name_joins_a_second_field_with_va():
    assert held("Ông Lâm Văn Quế, Cục trưởng Cục kỹ thuật an toàn và môi trường công nghiệp, cho biết.") == {
        "Lâm Văn Quế": ["Cục trưởng Cục kỹ thuật an toàn và môi trường công nghiệp"]}


def test_a_standing_deputy_without_a_body_keeps_the_manner_word():
    assert held("Ông Lâm Văn Quế, Phó Giám đốc thường trực, cho biết.") == {"Lâm Văn Quế": ["Phó Giám đốc thường trực"]}
