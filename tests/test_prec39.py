"""Round prec39: a bare title right after "của" that a comma chains to a name's posts is another's ("ý kiến của đại
biểu, Bộ trưởng Bộ X A": the delegates are others). Neutral made-up examples."""
from helpers import posts


def test_a_bare_title_after_of_is_no_post_of_the_name_past_the_comma():
    got = posts("T\n\nTrả lời ý kiến của đại biểu, Bộ trưởng Bộ Thủy lợi Lò Văn Tám cho biết đã sửa đê.")
    assert got == {"Lò Văn Tám": ["Bộ trưởng Bộ Thủy lợi"]}
    got = posts("T\n\nTrả lời chất vấn của ĐB, Giám đốc Sở Thủy lợi tỉnh Tây Lô Hà Thị Chín nêu rõ giải pháp.")
    assert got == {"Hà Thị Chín": ["Giám đốc Sở Thủy lợi tỉnh Tây Lô"]}


def test_a_stacked_title_after_of_is_the_name_s_own():
    # only a title that also names a body's members as a group ("đại biểu") is the group's after "của"
    got = posts("T\n\nTheo chia sẻ của Thứ trưởng, Tổng Giám đốc Quỹ Bảo hiểm Tây Lô Hà Thị Chín, quỹ đã chi trả đủ.")
    assert sorted(got["Hà Thị Chín"]) == ["Thứ trưởng", "Tổng Giám đốc Quỹ Bảo hiểm Tây Lô"]


def test_a_former_title_or_one_without_of_still_chains():
    got = posts("T\n\nTờ báo đăng bài của nguyên Đại sứ, Trưởng Phái đoàn Việt Nam tại Liên hợp quốc Lò Văn Tám.")
    assert got == {"Lò Văn Tám": ["Trưởng Phái đoàn Việt Nam tại Liên hợp quốc", "Đại sứ"]}
    got = posts("T\n\nSáng nay, Bộ trưởng, Chủ nhiệm Văn phòng Tây Lô Lò Văn Tám cho biết đã ký.")
    assert got == {"Lò Văn Tám": ["Chủ nhiệm Văn phòng Tây Lô", "Bộ trưởng"]}
