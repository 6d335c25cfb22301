"""Round prec31 (issue 8, person–post precision on articles nobody annotated; sample seed 439): a ministry's second
field after a dash goes on in lower case even after two capitalised words ("Sở Tài Nguyên - Môi trường"); a
reporter's note that closes a bracketed aside ("… tỉnh X - PV)") and the authors' line that ends an article with no
full stop ("… TP.HCM Lê A - Trần B") are no words of the name before them. Neutral made-up sentences."""

from __future__ import annotations

from helpers import body_post_labels as _labels
from helpers import held


def test_a_ministrys_second_field_after_a_dash_goes_on_in_lower_case():
    _, posts = _labels("Ông Lâm Văn Quế, Giám đốc Sở Tài Nguyên - Môi trường, thừa nhận tình trạng ô nhiễm.")
    assert posts == {"Giám đốc Sở Tài Nguyên - Môi trường"}
    _, posts = _labels("Ông Lâm Văn Quế, Giám đốc Sở Lao động Thương Binh - Xã hội tỉnh Hà Lâm, cho biết.")
    assert posts == {"Giám đốc Sở Lao động Thương Binh - Xã hội tỉnh Hà Lâm"}


def test_a_proper_name_after_a_dash_still_takes_no_lower_case_word():
    _, posts = _labels("Ông Lâm Văn Quế, Giám đốc Công ty Hòa Phát - Sơn Hà thực hiện việc này.")
    assert posts == {"Giám đốc Công ty Hòa Phát - Sơn Hà"}


def test_a_reporters_note_closes_the_aside_not_the_name():
    _, posts = _labels("Ông Trần Văn Bảo nói việc này đã lâu (ông Lâm Văn Quế từng giữ chức Chủ tịch UBND tỉnh Hà Lâm "
                       "- PV), giờ chỉ còn hồ sơ.")
    assert posts == {"Chủ tịch UBND tỉnh Hà Lâm"}
    assert held("Việc bổ nhiệm là đúng (ông Lê Văn Khanh là em trai bà Lâm Thị Quế, Bí thư Phước Từ - PV) theo quy "
                "định.") == {"Lâm Thị Quế": ["Bí thư Phước Từ"]}
    assert held("Việc bổ nhiệm là đúng (ông Lê Văn Khanh là em trai bà Lâm Thị Quế, Bí thư Tỉnh ủy Phước Từ – PV) "
                "theo quy định.") == {"Lâm Thị Quế": ["Bí thư Tỉnh ủy Phước Từ"]}


def test_the_authors_line_that_ends_the_article_is_no_part_of_the_body():
    bodies, posts = _labels("Giá cả vẫn tăng. PGS-TS Lâm Văn Quế, Ủy viên Hội đồng Tư vấn - Ủy ban Mặt trận Tổ quốc "
                            "TP.HCM Hồng Sơn - Thu Hà")
    assert posts == {"Ủy viên Hội đồng Tư vấn - Ủy ban Mặt trận Tổ quốc TP.HCM"}
    assert not any("Thu Hà" in b for b in bodies)


def test_a_dashed_name_that_ends_the_article_with_a_full_stop_stays():
    _, posts = _labels("Giá cả vẫn tăng. Ông Lâm Văn Quế là Giám đốc Công ty TNHH Sông Lam - Hồng Hà.")
    assert posts == {"Giám đốc Công ty TNHH Sông Lam - Hồng Hà"}
