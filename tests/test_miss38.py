"""Round miss38: a bare title before the short name of a person the article names in full elsewhere. One neutral
made-up example per rule."""
from helpers import posts


def test_a_title_before_a_short_name_is_the_post_of_the_one_full_name_ending_with_it():
    got = posts("T\n\nÔng Lò Văn Tám yêu cầu các sở báo cáo. Chủ tịch Tám nói sẽ xử lý nghiêm.")
    assert got == {"Lò Văn Tám": ["Chủ tịch"]}
    got = posts("T\n\nÔng Lò Văn Tám đến thăm. Trước đó, Bộ trưởng Tám đã làm việc với Sở Y tế.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng"]}


def test_the_short_name_s_title_folds_into_the_fuller_post_of_the_same_title():
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch UBND tỉnh Tây Lô cho biết. Sau đó Chủ tịch Tám yêu cầu báo cáo.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND tỉnh Tây Lô"]}


def test_no_post_when_two_full_names_end_with_the_short_name_or_none_does():
    assert posts("T\n\nÔng Lò Văn Tám và bà Hà Thị Tám đến. Bộ trưởng Tám cho hay sẽ kiểm tra.") == {}
    assert posts("T\n\nBà Hà Thị Chín đến. Bộ trưởng Tám cho hay sẽ kiểm tra.") == {}


def test_a_title_before_a_body_or_a_place_is_no_short_name():
    got = posts("T\n\nÔng Lò Văn Thành đến. Bí thư Thành ủy cho biết sẽ kiểm tra.")
    assert "Lò Văn Thành" not in got
    got = posts("T\n\nÔng Lò Văn Tám đến. Ông Hà Văn Nội cũng đến. Chủ tịch Hà Nội cho biết sẽ kiểm tra.")
    assert "Hà Văn Nội" not in got


def test_a_person_before_the_title_of_another_s_short_name_does_not_take_it():
    got = posts("T\n\nBà Hà Thị Chín, Bộ trưởng Tám cho hay sẽ kiểm tra. Ông Lò Văn Tám đến sau.")
    assert "Hà Thị Chín" not in got


def test_a_title_after_the_short_name_and_a_comma_is_not_its_post():
    got = posts("T\n\nĐại biểu Hà Thị Chín phát biểu. Theo đại biểu Chín, Chánh án TAND tỉnh Tây Lô cũng cần "
                "được bảo vệ.")
    assert got == {"Hà Thị Chín": ["Đại biểu"]}
