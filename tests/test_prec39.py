"""Round prec39: a bare title right after "của" that a comma chains to a name's posts is another's ("ý kiến của đại
biểu, Bộ trưởng Bộ X A": the delegates are others). Neutral made-up examples."""
from helpers import posts


def test_a_bare_title_after_of_is_no_post_of_the_name_past_the_comma():
    got = posts("T\n\nTrả lời ý kiến của đại biểu, Bộ trưởng Bộ Thủy lợi Lò Văn Tám cho biết đã sửa đê.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Thủy lợi"]}
    got = posts("T\n\nNói về trách nhiệm của Bộ trưởng, Đại biểu Hà Thị Chín đề nghị làm rõ.")
    assert got == {"Hà Thị Chín": ["Đại biểu"]}


def test_a_former_title_or_one_without_of_still_chains():
    got = posts("T\n\nTờ báo đăng bài của nguyên Đại sứ, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc Lò Văn Tám.")
    assert got == {"Lò Văn Tám": ["Trưởng Phái đoàn Việt Nam tại Liên hợp quốc", "Đại sứ"]}
    got = posts("T\n\nSáng nay, Bộ trưởng, Chủ nhiệm Văn phòng Tây Lô Lò Văn Tám cho biết đã ký.")
    assert got == {"Lò Văn Tám": ["Chủ nhiệm Văn phòng Tây Lô", "Bộ trưởng"]}
