"""Person–post constructions left over from earlier rounds of issue 8 (item 1), fourth round: one neutral made-up
example per rule."""
from helpers import posts, run

from kg.extract import lexicon


def test_cp_after_a_company_head_is_joint_stock_not_government():
    # "Công ty CP X" is a joint-stock company (cổ phần); "Văn phòng CP" stays the Government's office
    assert lexicon.expand("Cty CP Thép Sông Lô") == "Công ty cổ phần Thép Sông Lô"
    assert lexicon.expand("Tổng công ty CP Hòa Vân") == "Tổng công ty cổ phần Hòa Vân"
    assert lexicon.expand("Văn phòng CP") == "Văn phòng Chính phủ"
    res = run("T\n\nÔng Lò Văn Tám, Giám đốc Công ty CP Thép Sông Lô, cho biết năm nay tốt.")
    bodies = [e.key for e in res.links.entities.values() if e.kind == "body"]
    assert bodies == ["công ty cổ phần thép sông lô"]


def test_tong_and_a_whole_abbreviated_federation_is_one_body():
    # "Tổng LĐLĐVN" = "Tổng Liên đoàn Lao động Việt Nam", like "Tổng LĐLĐ Việt Nam"
    res = run("T\n\nÔng Lò Văn Tám, Phó Chủ tịch Tổng LĐLĐVN, cho biết năm nay tốt.")
    assert [(e.kind, e.key) for e in res.links.entities.values() if e.kind in ("body", "post")] == [
        ("body", "tổng liên đoàn lao động việt nam"), ("post", "phó chủ tịch|tổng liên đoàn lao động việt nam")]


def test_an_honorary_chairman_is_one_post_and_an_institute_named_after_a_person_no_holder():
    got = posts("T\n\nÔng Lò Văn Tám - Chủ tịch danh dự Hội Khuyến học tỉnh Sông Lô, Chủ tịch Hội Cựu giáo chức"
                " tỉnh Sông Lô, đã tới dự.")
    assert got == {"Lò Văn Tám": ["Chủ tịch danh dự Hội Khuyến học tỉnh Sông Lô",
                                  "Chủ tịch Hội Cựu giáo chức tỉnh Sông Lô"]}
    # "Viện <a person's name>": the institute is named after the person, who holds nothing
    got = posts("T\n\nBà Vi Thị Chín (nguyên Phó Chủ tịch nước, Chủ tịch danh dự Viện Lò Văn Tám) chia sẻ.")
    assert got == {"Vi Thị Chín": ["Phó Chủ tịch nước", "Chủ tịch danh dự Viện Lò Văn Tám"]}
    # a compound that ends with "viện" names no institute: the name after it is its head's
    got = posts("T\n\nChủ tịch Thượng viện Lò Văn Tám cảm ơn Thủ tướng Quốc vụ viện Vi Văn Chín.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Thượng viện"], "Vi Văn Chín": ["Thủ tướng Quốc vụ viện"]}


def test_a_foreign_official_after_a_place_the_document_names_alone_holds_the_title_before_the_list_goes_on():
    # the family name "Vu" is no Vietnamese one; the place is "Lạc Xuyên" (written alone after "tỉnh"), so the
    # last three words are the Tỉnh trưởng's name, and the next title is the next person's only
    got = posts("T\n\nVề phía bạn có Tỉnh trưởng Lạc Xuyên Vu Vĩ Minh, Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu"
                " Long và lãnh đạo các sở của tỉnh Lạc Xuyên.")
    assert got == {"Vu Vĩ Minh": ["Tỉnh trưởng Lạc Xuyên"], "Hồng Tiểu Long": ["Đại sứ Trung Quốc tại Việt Nam"]}
    got = posts("T\n\nDự có Bí thư Tỉnh ủy Lạc Xuyên Bành Thanh Lâm, Đại sứ Trung Quốc tại Việt Nam Hồng Tiểu Long."
                " Tỉnh Lạc Xuyên có nhiều doanh nghiệp.")
    assert got == {"Bành Thanh Lâm": ["Bí thư Tỉnh ủy Lạc Xuyên"],
                   "Hồng Tiểu Long": ["Đại sứ Trung Quốc tại Việt Nam"]}


def test_a_photo_credit_after_a_dash_ends_the_body_of_a_post():
    # "… - Ảnh: X": the credit is no part of the body's or the place's name
    got = posts("T\n\nÔng Lò Văn Tám, Chủ tịch Hiệp hội Thủy sản tỉnh Sông Lô - Ảnh: Vi Hòa Bình. Ông nói thêm.")
    assert got == {"Lò Văn Tám": ["Chủ tịch Hiệp hội Thủy sản tỉnh Sông Lô"]}
    got = posts("T\n\nÔng Lò Văn Tám, Giám đốc Sở Y tế tỉnh Bà Rịa - Vũng Tàu, cho biết.")
    assert got == {"Lò Văn Tám": ["Giám đốc Sở Y tế tỉnh Bà Rịa - Vũng Tàu"]}
