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

