"""Person–post recall from the person side, round 251 of issue 8 (articles nobody annotated): one neutral made-up
example per rule."""
from helpers import held


def test_a_post_after_age_and_residence_in_parentheses_after_a_comma():
    got = held("T\n\nBà Vi nói về ông Đàm Văn Tư (45 tuổi, trú tại xã Tân Lập, huyện Mỹ Lộc, nguyên Giám đốc "
               "chi nhánh ngân hàng ABC) nên bà không bình luận.")
    assert got == {"Đàm Văn Tư": ["nguyên Giám đốc chi nhánh ngân hàng ABC"]}
    # a relative named in the residence's aside holds the post, not the person before it
    got = held("T\n\nBà Vi nói về ông Đàm Văn Tư (45 tuổi, trú tại xã Tân Lập, con ông Lò Văn Khải, Giám đốc "
               "Công ty ABC) nên bà không bình luận.")
    assert "Đàm Văn Tư" not in got
