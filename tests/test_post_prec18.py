"""Person–post precision, round 211 of issue 8 (articles nobody annotated): one neutral made-up example per rule."""
from helpers import posts


def test_a_delegations_head_keeps_the_delegations_name():
    # "Trưởng đoàn đại biểu …": the delegation's name follows in lower case, then its body; "cấp cao" (high-level)
    # between the delegation and the body above it
    got = posts("T\n\nĐại tướng Lò Văn Tám, Trưởng đoàn đại biểu Quân sự cấp cao Quân đội nhân dân Việt Nam và"
                " ông Vi Văn Chín, Trưởng đoàn đại biểu Quân sự cấp cao Quân đội Hoàng gia Lào đã hội đàm.")
    assert got == {"Lò Văn Tám": ["Trưởng đoàn đại biểu Quân sự cấp cao Quân đội nhân dân Việt Nam"],
                   "Vi Văn Chín": ["Trưởng đoàn đại biểu Quân sự cấp cao Quân đội Hoàng gia Lào"]}
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng đoàn đại biểu Bộ Công Thương cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Trưởng đoàn đại biểu Bộ Công Thương"]}
    # the National Assembly's delegation stays as it was
    got = posts("T\n\nÔng Lò Văn Tám, Trưởng đoàn đại biểu Quốc hội tỉnh Sông Lô cho biết như vậy.")
    assert got == {"Lò Văn Tám": ["Trưởng đoàn đại biểu Quốc hội tỉnh Sông Lô"]}


def test_a_post_after_a_short_name_a_preposition_governs_opens_the_main_clause():
    # "Theo ông Tám, Bí thư Tỉnh ủy X nói …": the secretary speaks, Tám is the source — not Tám's post
    first = "T\n\nÔng Lò Văn Tám là Chủ tịch Hiệp hội Doanh nghiệp tỉnh Sông Lô. "
    got = posts(first + "Theo ông Tám, Bí thư Tỉnh ủy Sông Lô nói như vậy là không đúng.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hiệp hội Doanh nghiệp tỉnh Sông Lô"]}
    first = "T\n\nÔng Lò Văn Tám phát biểu tại hội nghị. "
    assert posts(first + "Nói về việc ứng cử của ông Tám, Tổng thư ký cho biết ông đủ điều kiện.") == {}
    assert posts(first + "Đồng quan điểm với ông Tám, Phó chủ tịch UBND phường Sông Lô cũng cho biết vậy.") == {}
    # an apposition closed by a comma, a short name no preposition governs, a full name: the name's post
    got = posts(first + "Theo ông Tám, Chủ tịch UBND xã Sông Lô, việc này đã xong.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND xã Sông Lô"]}
    got = posts(first + "Sau đó ông Tám, Giám đốc Xí nghiệp in ấn, in ra rồi đưa tôi đi.")
    assert got == {"Lò Văn Tám": ["Giám đốc Xí nghiệp in ấn"]}
    got = posts("T\n\nTheo ông Lò Văn Tám, Chủ tịch UBND xã Sông Lô cho biết việc này đã xong.")
    assert got == {"Lò Văn Tám": ["Chủ tịch UBND xã Sông Lô"]}
