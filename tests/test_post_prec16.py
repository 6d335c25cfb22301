"""Person–post precision, round 191 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_name_that_hands_over_a_decision_is_not_the_one_it_appoints():
    got = posts("T\n\nSáng 8.2, ông Lò Văn Tám - Phó trưởng Ban Tổ chức Trung ương đã trao quyết định chỉ định "
                "Thứ trưởng Bộ Xây dựng làm Phó bí thư tỉnh Sông Lô nhiệm kỳ 2015 - 2020 cho ông Vi Văn Mười.")
    assert got["Lò Văn Tám"] == ["Phó trưởng Ban Tổ chức Trung ương"]
    got = posts("T\n\nBà Vi Thị Mười công bố quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {}
    # a name that is handed the decision, or receives it, is the one appointed
    got = posts("T\n\nÔng Lò Văn Tám được trao quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Nội vụ"]}
    got = posts("T\n\nÔng Lò Văn Tám nhận quyết định bổ nhiệm làm Giám đốc Sở Nội vụ.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Nội vụ"]}
