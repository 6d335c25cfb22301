"""Round posts49 (issue 8 item 1): the post string on fresh random articles — one neutral made-up example per rule."""
from helpers import held


def test_a_bare_title_joins_the_fuller_post_whose_body_has_the_syllable_nguyen():
    # "nguyên" inside a body's or a place's name ("Sở Tài nguyên …", "tỉnh Thái Nguyên") is no former lead: the
    # bare title the same official is given later is one post with the fuller form
    text = ("T\n\nBộ trưởng Bộ Tài nguyên và Môi trường Lò Văn Tám chủ trì hội nghị. Theo Bộ trưởng Lò Văn Tám, mục "
            "tiêu là tham vấn. Chủ tịch UBND tỉnh Thái Nguyên Hà Văn Mười dự họp. Chủ tịch Hà Văn Mười đề nghị thêm.")
    assert held(text) == {"Lò Văn Tám": ["Bộ trưởng Bộ Tài nguyên và Môi trường"],
                          "Hà Văn Mười": ["Chủ tịch UBND tỉnh Thái Nguyên"]}


def test_a_former_post_stays_apart_from_a_current_one_of_a_body_named_with_nguyen():
    # the former lead still counts where it opens the label
    text = ("T\n\nÔng Lò Văn Tám, nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Sông Mây, nay là Giám đốc Sở Tài "
            "nguyên và Môi trường tỉnh Bình Lư, cho biết như vậy.")
    assert sorted(held(text)["Lò Văn Tám"]) == ["Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Lư",
                                               "nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Sông Mây"]


def test_a_former_form_naming_the_body_joins_the_fuller_former_post():
    # post_former_forms: "từng là Chủ tịch X" (a former holding) is a form of "nguyên Chủ tịch HĐQT Tổng công ty X"
    text = ("T\n\nÔng Lò Văn Tám, nguyên Chủ tịch Hội đồng quản trị Tổng công ty Sông Mây, bị khởi tố. Ông Tám từng là "
            "Chủ tịch HĐQT Sông Mây nhiều năm.")
    assert held(text) == {"Lò Văn Tám": ["nguyên Chủ tịch Hội đồng quản trị Tổng công ty Sông Mây"]}


def test_a_bare_title_joins_the_only_former_post_of_that_title():
    # post_former_forms: "dưới thời ông làm Chủ tịch" tells when the former post was held
    text = ("T\n\nBị can Lò Văn Tám, nguyên Chủ tịch HĐQT Tổng công ty Sông Mây, bị khởi tố. Dự án được duyệt dưới "
            "thời ông Lò Văn Tám làm Chủ tịch. Theo hồ sơ, năm 2004 HĐQT gồm các ông Hà Văn Mười - Tổng giám đốc; Lò "
            "Văn Tám - Chủ tịch. Ông Hà Văn Mười, nguyên Tổng giám đốc Tổng công ty Sông Mây, cũng bị khởi tố.")
    assert held(text) == {"Lò Văn Tám": ["nguyên Chủ tịch HĐQT Tổng công ty Sông Mây"],
                          "Hà Văn Mười": ["nguyên Tổng giám đốc Tổng công ty Sông Mây"]}


def test_a_bare_title_said_to_be_held_now_or_beside_two_former_posts_stays_apart():
    # guards: "nay là" (present_words.tsv) may name another post; two former posts of the title: which one is unknown
    text = "T\n\nÔng Lò Văn Tám, nguyên Giám đốc Sở Tư pháp tỉnh Sông Mây, hiện là Giám đốc."
    assert sorted(held(text)["Lò Văn Tám"]) == ["Giám đốc", "nguyên Giám đốc Sở Tư pháp tỉnh Sông Mây"]
    text = ("T\n\nÔng Lò Văn Tám, nguyên Giám đốc Sở Tư pháp, nguyên Giám đốc Sở Nội vụ tỉnh Sông Mây, bị kỷ luật. "
            "Khi đó Giám đốc Lò Văn Tám đã ký.")
    assert sorted(held(text)["Lò Văn Tám"]) == ["Giám đốc", "nguyên Giám đốc Sở Nội vụ tỉnh Sông Mây",
                                               "nguyên Giám đốc Sở Tư pháp"]
